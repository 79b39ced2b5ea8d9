using Homeward.Domain.Cases;
using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Submissions;
using Homeward.Web.Features.Instruments;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Rounds of the Reintegration Sustainability Survey for the returnees whose reintegration is under way or done
/// (Monitoring and Closed cases with an agreed plan): a baseline when the plan was agreed, then a round at each of
/// <paramref name="roundMonths"/> after it (the demo: 6 and 12; the benchmark data: 3, 6 and 12) while that is past.
/// Each returnee starts at a level of their own and moves up or down by round, so some composites improve and some do
/// not. Answers go through the real checker and scorer, as a submission would.
/// </summary>
public sealed class DemoRssRounds(Random rng, DateOnly today, params int[] roundMonths)
{
    private const string RssFormId = "homeward_rss";
    private static readonly int[] DemoRoundMonths = [6, 12];
    private readonly int[] _roundMonths = [0, .. roundMonths.Length > 0 ? roundMonths : DemoRoundMonths];

    /// <summary>Adds the rounds to the batch: assessment records, submissions, their scores and timeline entries.</summary>
    public void Add(SyntheticCaseload.Batch batch, LoadedInstrument rss, IReadOnlyDictionary<Guid, string> caseManagerNames)
    {
        foreach (var c in batch.Cases.Where(c => c.Stage is CaseStage.Monitoring or CaseStage.Closed && c.PlanAgreedOn is not null))
        {
            var level = 0.25 + rng.NextDouble() * 0.5;
            var trend = (rng.NextDouble() - 0.4) * 0.3;
            var last = c.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : today;
            var assessor = c.CaseManagerId is { } m && caseManagerNames.TryGetValue(m, out var name) ? name : "Case manager";
            for (var round = 0; round < _roundMonths.Length; round++)
            {
                var on = c.PlanAgreedOn!.Value.AddMonths(_roundMonths[round]);
                if (on > last) break;
                var answers = Answers(rss.Instrument, round, Math.Clamp(level + trend * round + (rng.NextDouble() - 0.5) * 0.1, 0, 1));
                var check = SubmissionChecker.Check(rss.Instrument, answers, on);
                if (!check.IsValid) throw new InvalidOperationException($"Demo RSS answers refused: {string.Join("; ", check.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
                var records = SubmissionRecords.Build(rss, check, on, c.Id, c.PrincipalPersonId, c.CaseManagerId, assessor);
                batch.Assessments.Add(records.Record);
                batch.Submissions.Add(records.Submission);
                if (records.Score is { } score) batch.Scores.Add(score);
                c.AssessmentCount++;
                batch.Events.Add(new CaseEvent
                {
                    CaseId = c.Id, At = on.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc), ActorId = c.CaseManagerId, ActorName = assessor,
                    Kind = CaseEventKind.AssessmentRecorded, Summary = $"{rss.Summary.Title} (version {rss.Summary.Version}) recorded.",
                });
            }
        }
    }

    public static bool IsRss(InstrumentSummary instrument) => instrument.FormId == RssFormId;

    /// <summary>
    /// Each select of the form answered near the returnee's level (1 = the best-scored choice), now and then anywhere on its scale
    /// or "don't know"; the round by its position; other questions left to the form (relevance decides what counts).
    /// </summary>
    private AnswerSet Answers(Instrument instrument, int round, double level)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var q in instrument.Questions.Where(q => q.Repeat is null && q.Type == QuestionType.SelectOne && q.Choices is not null))
        {
            var choices = q.Choices!.Choices;
            if (q.Name == "round")
            {
                values[q.Name] = choices[Math.Min(round, choices.Count - 1)].Name;
                continue;
            }
            var scored = choices.Where(ch => ch.Score is not null).OrderByDescending(ch => ch.Score).ToList();
            if (scored.Count == 0)
            {
                values[q.Name] = choices[rng.Next(Math.Min(2, choices.Count))].Name;
                continue;
            }
            var unscored = choices.Where(ch => ch.Score is null).ToList();
            values[q.Name] = rng.Next(25) == 0 && unscored.Count > 0 ? unscored[0].Name
                : rng.Next(8) == 0 ? scored[rng.Next(scored.Count)].Name
                : scored[(int)Math.Clamp(Math.Round((1 - level) * (scored.Count - 1)), 0, scored.Count - 1)].Name;
        }
        return new AnswerSet(values);
    }
}
