using Homeward.Domain.Plans;

namespace Homeward.Domain.Feasibility;

/// <summary>
/// One row of a programme's feasibility grid: an approach in one dimension, what it is useful for, the plan activity
/// it becomes, and the criteria that must hold for it to be feasible for a returnee.
/// </summary>
public class FeasibilityApproach
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Dimension Dimension { get; set; }
    public required string Name { get; set; }
    public string? UsefulFor { get; set; }
    public AssistanceType AssistanceType { get; set; }
    public int SortOrder { get; set; }
    public List<FeasibilityCriterion> Criteria { get; set; } = [];
}

/// <summary>The level a criterion is checked at (see the domain primer, "Feasibility grid").</summary>
public enum CriterionLevel
{
    Individual,
    Community,
    Structural,
}

/// <summary>How a criterion is evaluated: by the case manager's tick, or automatically from the case.</summary>
public enum CriterionRule
{
    /// <summary>Ticked by the case manager for this returnee.</summary>
    Manual,
    /// <summary>Holds when the case carries a vulnerability flag.</summary>
    VulnerabilityFlag,
    /// <summary>Holds when the case carries no vulnerability flag (no protection risk identified).</summary>
    NoVulnerabilityFlag,
    /// <summary>Holds when a service of <see cref="FeasibilityCriterion.ServiceType"/> with a free place serves the returnee's place.</summary>
    ServiceWithCapacity,
    /// <summary>Holds when an assessment of <see cref="FeasibilityCriterion.AssessmentKind"/> was recorded on the case.</summary>
    AssessmentRecorded,
    /// <summary>Holds when a labour market assessment of the returnee's place (or a place above it) names <see cref="FeasibilityCriterion.Skill"/> in demand.</summary>
    LabourMarketDemand,
}

public class FeasibilityCriterion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ApproachId { get; set; }
    public CriterionLevel Level { get; set; }
    public required string Text { get; set; }
    public CriterionRule Rule { get; set; }
    public ServiceMap.ServiceType? ServiceType { get; set; }
    public Assessments.AssessmentKind? AssessmentKind { get; set; }
    /// <summary>For <see cref="CriterionRule.LabourMarketDemand"/>: the skill or trade looked for.</summary>
    public string? Skill { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A case manager's judgement that a manual criterion holds, or does not, for one returnee.</summary>
public class FeasibilityTick
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid CriterionId { get; set; }
    public bool Holds { get; set; }
    public required string TickedBy { get; set; }
    public DateTime TickedAt { get; set; } = DateTime.UtcNow;
}
