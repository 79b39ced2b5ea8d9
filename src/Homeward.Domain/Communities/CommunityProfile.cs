namespace Homeward.Domain.Communities;

/// <summary>
/// A community people return to — one place of the location hierarchy or a group of places — and what a
/// participatory profiling found there: needs and resources, the impact of return, drivers, barriers, resilience.
/// </summary>
public class CommunityProfile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    /// <summary>The places the community covers; at least one.</summary>
    public List<CommunityPlace> Places { get; set; } = [];
    public int? Population { get; set; }
    public string? Needs { get; set; }
    public string? Resources { get; set; }
    public string? ReturnImpact { get; set; }
    public string? MigrationDrivers { get; set; }
    public string? ReintegrationBarriers { get; set; }
    public string? ResilienceSources { get; set; }
    public string? LabourMarket { get; set; }
    public string? ExistingInitiatives { get; set; }
    public string? Tensions { get; set; }

    /// <summary>When and how the profile was drawn up (participatory sessions), and who took part.</summary>
    public DateOnly? ProfiledOn { get; set; }
    public string? Method { get; set; }
    public string? SessionParticipants { get; set; }
    public int? ReturneesInSessions { get; set; }
    public int? NonMigrantsInSessions { get; set; }

    /// <summary>The favourable conditions for community-based projects that staff judge rather than compute.</summary>
    public ConditionJudgement LocalInterest { get; set; }
    public ConditionJudgement MotivatedReturnees { get; set; }
    public ConditionJudgement BasicInfrastructure { get; set; }
    public ConditionJudgement ServicesPresent { get; set; }
    public ConditionJudgement StabilityAndOpportunity { get; set; }
    public ConditionJudgement ActiveCivilSociety { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Optimistic concurrency: a stale edit is refused.</summary>
    public int Version { get; set; }
}

/// <summary>One place of the location hierarchy that a community profile covers.</summary>
public class CommunityPlace
{
    public Guid ProfileId { get; set; }
    public Guid LocationId { get; set; }
}
