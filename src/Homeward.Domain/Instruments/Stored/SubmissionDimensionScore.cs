namespace Homeward.Domain.Instruments.Stored;

/// <summary>One dimension's score in a <see cref="SubmissionScore"/>, in the instrument's order of dimensions.</summary>
public class SubmissionDimensionScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SubmissionScoreId { get; set; }
    public int Position { get; set; }
    public required string Dimension { get; set; }
    /// <summary>In 0..1; null when no scored question of the dimension was answered.</summary>
    public double? Score { get; set; }
    public int ItemCount { get; set; }
}
