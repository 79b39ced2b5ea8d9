using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Plans;
using Homeward.Domain.Programmes;
using Homeward.Domain.Referrals;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// What each computed indicator counts, read from the case, plan, assistance, follow-up and survey records of the
/// consenting cases: one <see cref="Observation"/> per thing counted. Community projects, their participants and
/// capacity strengthening come from <see cref="ParticipantObservations"/>, children from <see cref="ChildObservations"/>. The queries are plain projections, the same on
/// SQLite and PostgreSQL; a row counts only when its case is among the consenting cases' facts (checked in memory:
/// cheaper than joining every table to the consents again); grouping, medians and suppression happen in
/// <see cref="IndicatorCalculator"/>.
/// </summary>
[ScopedService]
public sealed class IndicatorObservations(HomewardDbContext db, ParticipantObservations participants, ChildObservations children)
{
    public async Task<List<Observation>> ForAsync(IndicatorKind kind, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<Guid, CaseFacts> facts, ProgrammeSettings settings, DateOnly today, CancellationToken ct)
    {
        switch (kind)
        {
            case IndicatorKind.ReturneesRegistered:
                return facts.Values.Select(f => new Observation(f, f.RegisteredOn, 1)).ToList();
            case IndicatorKind.PlansAgreed:
                return facts.Values.Where(f => f.PlanAgreedOn is not null).Select(f => new Observation(f, f.PlanAgreedOn!.Value, 1)).ToList();
            case IndicatorKind.PlansAgreedWithinDeadline:
                return facts.Values.Where(f => f.PlanAgreedOn is not null)
                    .Select(f => new Observation(f, f.PlanAgreedOn!.Value, f.PlanAgreedOn <= PlanDeadline.DueOn(f.ReturnDate, settings.PlanDeadlineDays) ? 1 : 0))
                    .ToList();
            case IndicatorKind.MedianDaysReturnToPlan:
                return facts.Values.Where(f => f.PlanAgreedOn is not null)
                    .Select(f => new Observation(f, f.PlanAgreedOn!.Value, f.PlanAgreedOn!.Value.DayNumber - f.ReturnDate.DayNumber)).ToList();
            case IndicatorKind.AssistanceDeliveries:
            case IndicatorKind.AssistanceValue:
                return await DeliveriesAsync(facts, settings, ct);
            case IndicatorKind.BudgetExecution:
                return await BudgetExecutionAsync(facts, settings, ct);
            case IndicatorKind.FollowUpsDone:
                return await FollowUpsAsync(facts, today, ct);
            case IndicatorKind.CasesClosed:
            {
                var own = new OwnCategories();
                return facts.Values.Where(f => f.ClosedOn is not null && f.ClosureReason is not null)
                    .Select(f => new Observation(f, f.ClosedOn!.Value, 1, Own: own.Of((Disaggregation.ClosureReason, f.ClosureReason!.Value.ToString()))))
                    .ToList();
            }
            case IndicatorKind.ReferralsSent:
            case IndicatorKind.ReferralsAccepted:
            case IndicatorKind.ReferralsCompleted:
            case IndicatorKind.MedianDaysReferralToFirstContact:
                return await ReferralsAsync(kind, facts, ct);
            case IndicatorKind.CommunityProjectsUnderWay:
                return await participants.ProjectsUnderWayAsync(today, ct);
            case IndicatorKind.CommunityProjectParticipants:
                return await participants.ProjectParticipantsAsync(facts, ct);
            case IndicatorKind.CapacityStrengtheningParticipants:
                return await participants.CapacityParticipantsAsync(ct);
            case IndicatorKind.ChildrenWithBestInterestsAssessment:
            case IndicatorKind.ChildrenAssessedShare:
                return await children.ForAsync(kind, facts, ct);
            default:
                return await SustainabilityAsync(kind, parameters, facts, ct);
        }
    }

    private async Task<List<Observation>> DeliveriesAsync(IReadOnlyDictionary<Guid, CaseFacts> facts, ProgrammeSettings settings, CancellationToken ct)
    {
        var dimensions = await LineDimensionsAsync(ct);
        var deliveries = await (from d in db.AssistanceDeliveries
                                where d.Currency == settings.Currency
                                select new { d.CaseId, d.DeliveredOn, d.Amount, d.Method, d.BudgetLineKey }).AsNoTracking().ToListAsync(ct);
        var own = new OwnCategories();
        return deliveries.Where(d => facts.ContainsKey(d.CaseId))
            .Select(d => new Observation(facts[d.CaseId], d.DeliveredOn, (double)d.Amount, Own: own.Of(
                (Disaggregation.AssistanceForm, FormOf(d.Method)),
                (Disaggregation.AssistanceDimension, dimensions.TryGetValue(d.BudgetLineKey, out var dim) ? dim.ToString() : "Unknown"))))
            .ToList();
    }

    private async Task<List<Observation>> BudgetExecutionAsync(IReadOnlyDictionary<Guid, CaseFacts> facts, ProgrammeSettings settings, CancellationToken ct)
    {
        var planned = await (from l in db.BudgetLines
                             join p in db.Plans on l.PlanId equals p.Id
                             where p.Status == PlanStatus.Agreed && l.Approval != BudgetApproval.Rejected && l.Currency == settings.Currency
                             select new { p.CaseId, l.LineKey, l.Dimension, l.EstimatedCost }).AsNoTracking().ToListAsync(ct);
        var delivered = await (from d in db.AssistanceDeliveries
                               where d.Currency == settings.Currency
                               select new { d.CaseId, d.BudgetLineKey, d.Amount }).AsNoTracking().ToListAsync(ct);
        var deliveredByLine = delivered.GroupBy(d => (d.CaseId, d.BudgetLineKey)).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
        var own = new OwnCategories();
        return planned.Where(l => facts.TryGetValue(l.CaseId, out var f) && f.PlanAgreedOn is not null)
            .GroupBy(l => (l.CaseId, l.Dimension))
            .Select(g => new Observation(facts[g.Key.CaseId], facts[g.Key.CaseId].PlanAgreedOn!.Value,
                (double)g.Sum(l => deliveredByLine.GetValueOrDefault((l.CaseId, l.LineKey))), (double)g.Sum(l => l.EstimatedCost),
                own.Of((Disaggregation.AssistanceDimension, g.Key.Dimension.ToString()))))
            .Where(o => o.Denominator > 0)
            .ToList();
    }

    private async Task<List<Observation>> FollowUpsAsync(IReadOnlyDictionary<Guid, CaseFacts> facts, DateOnly today, CancellationToken ct)
    {
        var visits = await (from v in db.FollowUps
                            where v.DueOn <= today
                            select new { v.CaseId, v.DueOn, v.DoneOn }).AsNoTracking().ToListAsync(ct);
        return visits.Where(v => facts.ContainsKey(v.CaseId))
            .Select(v => new Observation(facts[v.CaseId], v.DueOn, v.DoneOn is null ? 0 : 1)).ToList();
    }

    /// <summary>Referrals of the consenting cases (every office's: the referral scope does not apply to aggregates), each counted on its own date.</summary>
    private async Task<List<Observation>> ReferralsAsync(IndicatorKind kind, IReadOnlyDictionary<Guid, CaseFacts> facts, CancellationToken ct)
    {
        var referrals = await (from r in db.Referrals.IgnoreQueryFilters()
                               where r.SentAt != null
                               select new
                               {
                                   r.CaseId, r.Status, r.SentAt, r.RespondedAt, r.FirstContactOn,
                                   CompletedAt = r.Updates.Where(u => u.Step == ReferralStep.Completed).Select(u => (DateTime?)u.At).Max(),
                               }).AsNoTracking().ToListAsync(ct);
        var observations = new List<Observation>();
        foreach (var r in referrals.Where(r => facts.ContainsKey(r.CaseId)))
        {
            var f = facts[r.CaseId];
            var sent = DateOnly.FromDateTime(r.SentAt!.Value);
            switch (kind)
            {
                case IndicatorKind.ReferralsSent:
                    observations.Add(new Observation(f, sent, 1));
                    break;
                case IndicatorKind.ReferralsAccepted when r.RespondedAt is { } responded && r.Status is ReferralStatus.Accepted or ReferralStatus.InProgress
                    or ReferralStatus.Completed or ReferralStatus.NotCompleted:
                    observations.Add(new Observation(f, DateOnly.FromDateTime(responded), 1));
                    break;
                case IndicatorKind.ReferralsCompleted when r.Status == ReferralStatus.Completed && (r.CompletedAt ?? r.RespondedAt) is { } completed:
                    observations.Add(new Observation(f, DateOnly.FromDateTime(completed), 1));
                    break;
                case IndicatorKind.MedianDaysReferralToFirstContact when r.FirstContactOn is { } contact:
                    observations.Add(new Observation(f, contact, contact.DayNumber - sent.DayNumber));
                    break;
            }
        }
        return observations;
    }

    /// <summary>The RSS rounds of each consenting returnee: round 0 is their first survey, then one round per later survey.</summary>
    private async Task<List<Observation>> SustainabilityAsync(IndicatorKind kind, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<Guid, CaseFacts> facts, CancellationToken ct)
    {
        var submissions = from s in db.InstrumentSubmissions
                          join i in db.Instruments on s.InstrumentId equals i.Id
                          join c in db.Cases.IgnoreQueryFilters() on s.CaseId equals c.Id
                          where i.Kind == AssessmentKind.SustainabilityBaseline && (s.PersonId == null || s.PersonId == c.PrincipalPersonId)
                          select s;
        var surveyed = await submissions.Select(s => new { s.Id, s.CaseId, s.AnsweredOn, s.SubmittedAt }).AsNoTracking().ToListAsync(ct);
        // A submission re-scored under newer weights counts with its latest scores. Only the figures asked for are read:
        // at a national programme that is hundreds of thousands of scores, each with several dimensions.
        var scoresOfSurveys = db.SubmissionScores.Where(x => submissions.Select(s => s.Id).Contains(x.SubmissionId));
        var scores = (await scoresOfSurveys.AsNoTracking().Select(x => new { x.Id, x.SubmissionId, x.ScoredAt, x.Composite }).ToListAsync(ct))
            .GroupBy(x => x.SubmissionId).ToDictionary(g => g.Key, g => g.MaxBy(x => x.ScoredAt)!);

        var score = parameters.GetValueOrDefault(IndicatorLibrary.ScoreParameter, IndicatorLibrary.Composite);
        var composite = string.Equals(score, IndicatorLibrary.Composite, StringComparison.OrdinalIgnoreCase);
        var dimension = composite ? [] : await (
                from d in db.SubmissionDimensionScores.AsNoTracking()
                join x in scoresOfSurveys on d.SubmissionScoreId equals x.Id
                where d.Dimension.ToLower() == score.ToLower()
                select new { d.SubmissionScoreId, d.Score })
            .ToDictionaryAsync(d => d.SubmissionScoreId, d => (double?)d.Score, ct);
        double? ScoreOf(Guid submission) => !scores.TryGetValue(submission, out var s) ? null
            : composite ? s.Composite : dimension.GetValueOrDefault(s.Id);
        double? CompositeOf(Guid submission) => scores.TryGetValue(submission, out var s) ? s.Composite : null;

        var rounds = surveyed.Where(s => facts.ContainsKey(s.CaseId)).GroupBy(s => s.CaseId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.AnsweredOn).ThenBy(s => s.SubmittedAt).Select(s => (s.Id, s.AnsweredOn)).ToList());
        var observations = new List<Observation>();
        foreach (var (caseId, surveys) in rounds)
        {
            var f = facts[caseId];
            switch (kind)
            {
                case IndicatorKind.RssMeanScore:
                    var round = IntParameter(parameters, IndicatorLibrary.RoundParameter, 0);
                    if (round < surveys.Count && ScoreOf(surveys[round].Id) is { } value)
                        observations.Add(new Observation(f, surveys[round].AnsweredOn, value));
                    break;
                case IndicatorKind.RssChange:
                    var from = IntParameter(parameters, IndicatorLibrary.FromRoundParameter, 0);
                    var to = IntParameter(parameters, IndicatorLibrary.ToRoundParameter, 1);
                    if (from < surveys.Count && to < surveys.Count && ScoreOf(surveys[from].Id) is { } before && ScoreOf(surveys[to].Id) is { } after)
                        observations.Add(new Observation(f, surveys[to].AnsweredOn, after - before));
                    break;
                case IndicatorKind.RssCompositeImproved:
                    var withComposite = surveys.Where(s => CompositeOf(s.Id) is not null).ToList();
                    if (withComposite.Count >= 2 && CompositeOf(surveys[0].Id) is { } baseline)
                        observations.Add(new Observation(f, withComposite[^1].AnsweredOn, CompositeOf(withComposite[^1].Id) > baseline ? 1 : 0));
                    break;
            }
        }
        return observations;
    }

    /// <summary>One shared set per combination of an observation's own categories (a few dozen, for hundreds of thousands of deliveries).</summary>
    private sealed class OwnCategories
    {
        private readonly Dictionary<string, IReadOnlyDictionary<Disaggregation, string>> _sets = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<Disaggregation, string> Of(params (Disaggregation By, string Category)[] categories)
        {
            var key = string.Join('\u001f', categories.Select(c => $"{c.By}={c.Category}"));
            if (!_sets.TryGetValue(key, out var set))
                _sets[key] = set = categories.ToDictionary(c => c.By, c => c.Category);
            return set;
        }
    }

    private async Task<Dictionary<Guid, Dimension>> LineDimensionsAsync(CancellationToken ct) =>
        (await (from l in db.BudgetLines
                join p in db.Plans on l.PlanId equals p.Id
                select new { l.LineKey, l.Dimension, p.VersionNumber }).AsNoTracking().ToListAsync(ct))
        .GroupBy(l => l.LineKey).ToDictionary(g => g.Key, g => g.OrderByDescending(l => l.VersionNumber).First().Dimension);

    public static int IntParameter(IReadOnlyDictionary<string, string> parameters, string name, int fallback) =>
        parameters.TryGetValue(name, out var text) && int.TryParse(text, out var n) ? n : fallback;

    public static string FormOf(DeliveryMethod method) => method == DeliveryMethod.InKind ? "InKind" : "Cash";
}
