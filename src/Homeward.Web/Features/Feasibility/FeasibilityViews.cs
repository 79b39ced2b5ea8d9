using Homeward.Domain.Assessments;
using Homeward.Domain.Feasibility;
using Homeward.Domain.Plans;
using Homeward.Domain.ServiceMap;

namespace Homeward.Web.Features.Feasibility;

public sealed record CriterionView(Guid Id, CriterionLevel Level, string Text, CriterionRule Rule, bool Holds, string Reason);

/// <summary>One approach of the grid for one returnee: feasible when every criterion holds, each with its reason.</summary>
public sealed record FeasibleSupportView(Guid ApproachId, Dimension Dimension, string Name, string? UsefulFor, AssistanceType AssistanceType,
    bool Feasible, IReadOnlyList<CriterionView> Criteria);

/// <summary>PUT /cases/{id}/feasible-support/criteria/{criterionId}: the case manager's judgement on a criterion ticked by hand.</summary>
public sealed record TickInput(bool? Holds);

/// <summary>The programme's grid as read and replaced through the API.</summary>
public sealed record GridApproachInput(string? Dimension, string? Name, string? UsefulFor, string? AssistanceType, IReadOnlyList<GridCriterionInput>? Criteria);

public sealed record GridCriterionInput(string? Level, string? Text, string? Rule, string? ServiceType, string? AssessmentKind, string? Skill = null);

public sealed record GridApproachView(Guid Id, Dimension Dimension, string Name, string? UsefulFor, AssistanceType AssistanceType, IReadOnlyList<GridCriterionView> Criteria);

public sealed record GridCriterionView(Guid Id, CriterionLevel Level, string Text, CriterionRule Rule, ServiceType? ServiceType, AssessmentKind? AssessmentKind, string? Skill);
