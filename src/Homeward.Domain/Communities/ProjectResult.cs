namespace Homeward.Domain.Communities;

public enum ResultLevel { Output, Outcome }

/// <summary>An output or outcome the project aims for, its target and what was achieved so far.</summary>
public class ProjectResult
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public ResultLevel Level { get; set; }
    public required string Description { get; set; }
    public required string Unit { get; set; }
    public decimal Target { get; set; }
    public decimal? Achieved { get; set; }

    /// <summary>Achieved as a share of the target, or null before anything is measured.</summary>
    public decimal? Progress => Achieved is { } a && Target > 0 ? Math.Round(a / Target, 2) : null;
}
