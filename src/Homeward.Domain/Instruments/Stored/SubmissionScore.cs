namespace Homeward.Domain.Instruments.Stored;

/// <summary>
/// The scores of a submission under one version of an instrument's weights: the version it was answered with,
/// then one more for each explicit re-scoring under another version. Earlier score sets are never replaced.
/// </summary>
public class SubmissionScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SubmissionId { get; set; }
    /// <summary>The version of the instrument whose weights and answer scores were used.</summary>
    public Guid InstrumentId { get; set; }
    public required string InstrumentVersion { get; set; }
    public DateTime ScoredAt { get; set; } = DateTime.UtcNow;
    public required string ScoredBy { get; set; }
    /// <summary>In 0..1; null when no scored question was answered.</summary>
    public double? Composite { get; set; }
    public List<SubmissionDimensionScore> Dimensions { get; set; } = [];
}
