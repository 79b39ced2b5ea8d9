namespace Homeward.Domain.Structural;

public enum StakeholderType { GovernmentBody, CivilSociety, PrivateSector, Diaspora, InternationalOrganisation }

public enum StakeholderLevel { Local, National, International }

public enum Rating { Low, Medium, High }

/// <summary>An organisation in the stakeholder map: what it can do, what it needs, and how closely to engage it.</summary>
public class Stakeholder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public StakeholderType Type { get; set; }
    public StakeholderLevel Level { get; set; }
    public required string Sector { get; set; }
    public string? Capacity { get; set; }
    public string? Needs { get; set; }
    public string? Contact { get; set; }
    public Rating Willingness { get; set; }
    public Rating Influence { get; set; }
    public Rating Interest { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Optimistic concurrency: a stale edit is refused.</summary>
    public int Version { get; set; }

    public EngagementPriority Priority => Engagement.PriorityOf(Influence, Interest);
}
