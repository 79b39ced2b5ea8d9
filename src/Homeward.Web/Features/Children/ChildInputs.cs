using System.Text.Json;
using Homeward.Domain.Children;

namespace Homeward.Web.Features.Children;

/// <summary>A time the child was heard (or could not be): required are the date, the step, and whether they were heard.</summary>
public sealed record ParticipationInput(DateOnly? HeardOn, ParticipationStep? Step, bool? Heard, ParticipationMethod? Method, string? Language,
    string? AdultPresent, string? ChildViews, string? NotHeardReason);

public sealed record ChildActivityInput(ChildActivityArea? Area, string? Description, string? ResponsibleParty, DateOnly? DueOn);

public sealed record ChildFindingInput(DateOnly? SeenOn, bool? InSchool, string? Findings);

/// <summary>
/// A best-interests assessment: the form (Short or Comprehensive), the date, the instrument's answers by question name
/// (choice names for selects), and the child's participation in it (its step is always the assessment, its date the assessment's).
/// </summary>
public sealed record BestInterestsInput(BestInterestsForm? Form, DateOnly? ConductedOn, Dictionary<string, JsonElement>? Answers, ParticipationInput? Participation);

public sealed record WaiverInput(string? Reason);
