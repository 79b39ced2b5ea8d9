using Homeward.Domain.Plans;

namespace Homeward.Domain.Communities;

/// <summary>The handbook's three forms of community-based project.</summary>
public enum ProjectType
{
    /// <summary>A collective project of returnees.</summary>
    CollectiveOfReturnees,
    /// <summary>A new community project of returnees and non-migrants together.</summary>
    ReturneesAndNonMigrants,
    /// <summary>Returnees included in a community project that already exists.</summary>
    InclusionInExisting,
}

public enum ProjectStatus { Planned, Ongoing, Completed, Suspended, Cancelled }

/// <summary>A community-based project in a place of return, with its participants, participatory steps and results.</summary>
public class CommunityProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public ProjectType Type { get; set; }
    public Dimension Dimension { get; set; }
    public required string Sector { get; set; }
    public required string Objectives { get; set; }
    public Guid LocationId { get; set; }
    /// <summary>The community profile the project grew from, when there is one.</summary>
    public Guid? ProfileId { get; set; }
    public decimal Budget { get; set; }
    public decimal Spent { get; set; }
    public string Currency { get; set; } = "EUR";
    public string? Partners { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public ProjectStatus Status { get; set; } = ProjectStatus.Planned;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Optimistic concurrency: a stale edit is refused.</summary>
    public int Version { get; set; }
}
