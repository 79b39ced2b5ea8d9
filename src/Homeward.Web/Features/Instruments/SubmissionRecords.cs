using Homeward.Domain;
using System.Globalization;
using Homeward.Domain.Assessments;
using Homeward.Domain.Instruments.Scoring;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.Instruments.Submissions;

namespace Homeward.Web.Features.Instruments;

/// <summary>The records one checked submission makes: the assessment on the case, the submission, its scores (when the instrument is scored).</summary>
public sealed record SubmissionRecords(AssessmentRecord Record, InstrumentSubmission Submission, SubmissionScore? Score, bool Flagged)
{
    /// <summary>
    /// Scores the answers a <see cref="SubmissionChecker"/> took (<paramref name="check"/>, a valid one) and builds what is stored for them:
    /// one path for a single submission and for a file of them, so both score and record alike.
    /// </summary>
    public static SubmissionRecords Build(LoadedInstrument loaded, SubmissionCheck check, DateOnly answeredOn, Guid caseId, Guid personId,
        Guid? assessorId, string assessorName)
    {
        var instrument = loaded.Instrument;
        var summary = loaded.Summary;
        var values = check.Values;
        var scores = instrument.Dimensions.Count > 0 ? InstrumentScorer.Score(instrument, check, answeredOn) : null;
        var flagged = InstrumentConventions.IsFlagged(values);
        var record = new AssessmentRecord
        {
            CaseId = caseId, PersonId = personId, Kind = summary.Kind, ConductedOn = answeredOn, ConductedBy = assessorName,
            Findings = Shorten(InstrumentConventions.FindingsOf(instrument, values) ?? Describe(summary, scores), 4000),
            VulnerabilityFlagged = flagged,
        };
        var submission = new InstrumentSubmission
        {
            CaseId = caseId, PersonId = personId, InstrumentId = summary.Id, AssessmentRecordId = record.Id, AnsweredOn = answeredOn,
            AssessorId = assessorId, AssessorName = assessorName, AnswersJson = StoredAnswers.ToJson(values),
        };
        var score = scores is null ? null : ScoreOf(submission.Id, summary, scores, assessorName);
        return new SubmissionRecords(record, submission, score, flagged);
    }

    /// <summary>A flagged rapid screening calls for the full assessment as soon as possible: a task for the case manager, else none.</summary>
    public Notification? TaskFor(InstrumentSummary instrument, string caseReference, Guid? caseManagerId) =>
        Flagged && instrument.Kind == AssessmentKind.RapidVulnerabilityScreening && caseManagerId is { } manager
            ? new Notification
            {
                UserId = manager, Link = $"/cases/{Record.CaseId}/assessments",
                Text = $"{caseReference}: the rapid screening flagged a potential vulnerability. Do the full vulnerability assessment as soon as possible.",
            }
            : null;

    public static SubmissionScore ScoreOf(Guid submissionId, InstrumentSummary instrument, InstrumentScores scores, string scoredBy) => new()
    {
        SubmissionId = submissionId, InstrumentId = instrument.Id, InstrumentVersion = instrument.Version, ScoredBy = scoredBy,
        Composite = scores.Composite,
        Dimensions = scores.Dimensions.Select((d, i) => new SubmissionDimensionScore { Position = i, Dimension = d.Dimension, Score = d.Score, ItemCount = d.ItemCount }).ToList(),
    };

    /// <summary>The assessment record's findings when the instrument has no 'findings' question: its scores, if any.</summary>
    private static string? Describe(InstrumentSummary instrument, InstrumentScores? scores)
    {
        if (scores is null) return null;
        static string Format(double? score) => score?.ToString("0.00", CultureInfo.InvariantCulture) ?? "–";
        var parts = scores.Dimensions.Select(d => $"{d.Dimension} {Format(d.Score)}").Append($"composite {Format(scores.Composite)}");
        return $"Scores under version {instrument.Version}: {string.Join(", ", parts)}.";
    }

    private static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
