namespace Homeward.Domain.Instruments.Scoring;

/// <summary>One scored answer that counts: its score in 0..1 and the two weights it carries.</summary>
public sealed record ItemScore(string Field, string Dimension, double Score, double Weight, double CompositeWeight);

/// <summary>A dimension's score in 0..1, or null when no scored question of the dimension was answered.</summary>
public sealed record DimensionScore(string Dimension, double? Score, int ItemCount);

/// <summary>
/// The scores of one submission under one version of an instrument's weights. Derived from the raw answers and
/// never stored in their place, so a new version of the weights can score the same answers again.
/// </summary>
public sealed record InstrumentScores(string? InstrumentVersion, IReadOnlyList<ItemScore> Items,
    IReadOnlyList<DimensionScore> Dimensions, double? Composite)
{
    public double? ScoreOf(string dimension) => Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Score;
}
