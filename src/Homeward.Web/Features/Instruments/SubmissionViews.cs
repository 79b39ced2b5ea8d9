using Homeward.Domain.Assessments;
using Homeward.Domain.Instruments.Stored;

namespace Homeward.Web.Features.Instruments;

public sealed record InstrumentRef(Guid Id, string FormId, string Version, string Title, AssessmentKind Kind);

public sealed record DimensionScoreView(string Dimension, double? Score, int ItemCount);

/// <summary>The scores of a submission under one version of the instrument's weights.</summary>
public sealed record ScoreSetView(Guid InstrumentId, string InstrumentVersion, DateTime ScoredAt, string ScoredBy,
    IReadOnlyList<DimensionScoreView> Dimensions, double? Composite)
{
    public double? ScoreOf(string dimension) => Dimensions.FirstOrDefault(d => d.Dimension == dimension)?.Score;

    public static ScoreSetView From(SubmissionScore s) => new(s.InstrumentId, s.InstrumentVersion, s.ScoredAt, s.ScoredBy,
        s.Dimensions.OrderBy(d => d.Position).Select(d => new DimensionScoreView(d.Dimension, d.Score, d.ItemCount)).ToList(), s.Composite);
}

/// <summary>A submission's answers as stored: one answer per field, and one set of answers per instance of each repeat.</summary>
public sealed record SubmissionAnswers(IReadOnlyDictionary<string, string?> Values, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> Repeats);

/// <summary>
/// A completed instrument on a case: what was answered, when, by whom, and its score sets (the first under the version answered).
/// The answers of a sensitive instrument are null with <see cref="AnswersRestricted"/> for a reader without the sensitive data permission.
/// </summary>
public sealed record SubmissionView(Guid Id, Guid CaseId, Guid? PersonId, DateOnly AnsweredOn, DateTime SubmittedAt, InstrumentRef Instrument,
    string Assessor, Guid AssessmentId, bool VulnerabilityFlagged, string? WeightsNote, IReadOnlyList<ScoreSetView> Scores,
    SubmissionAnswers? Answers, bool AnswersRestricted)
{
    /// <summary>The most recent score set (a re-scoring under another version, if there is one).</summary>
    public ScoreSetView? LatestScores => Scores.MaxBy(s => s.ScoredAt);
}
