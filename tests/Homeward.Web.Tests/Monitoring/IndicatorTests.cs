using Homeward.Domain.Assistance;
using Homeward.Domain.Consent;
using Homeward.Domain.Plans;
using Homeward.Domain.Referrals;
using Homeward.Domain.Results;
using Homeward.Web.Features.Monitoring;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Web.Tests.Monitoring.IndicatorCells;
using static Homeward.Web.Tests.Monitoring.StatisticsData;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>
/// Every computed indicator against a recomputation from the raw rows, written here independently of the
/// application's code: the grand total, each sex, and one period, over a country of return made for the test.
/// </summary>
public abstract class IndicatorTests<TApp>(TApp app) where TApp : HomewardApp
{
    private sealed record Raw(
        Dictionary<Guid, Homeward.Domain.Cases.Case> Cases, Dictionary<Guid, Homeward.Domain.People.Person> People, HashSet<Guid> Consenting,
        List<ReintegrationPlan> Plans, List<AssistanceDelivery> Deliveries, List<Homeward.Domain.FollowUps.FollowUpVisit> Visits,
        List<(Guid CaseId, DateOnly On, DateTime SubmittedAt, double? Composite, Dictionary<string, double?> Dimensions)> Surveys, int DeadlineDays,
        List<Homeward.Domain.Referrals.Referral> Referrals);

    private static Task<Raw> ReadRawAsync(HomewardApp app, Place place) => app.WithDb(async db =>
    {
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => place.CaseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, Ct);
        var personIds = cases.Values.Select(c => c.PrincipalPersonId).ToList();
        var people = await db.Persons.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, Ct);
        var consents = await db.Consents.Where(x => personIds.Contains(x.PersonId)).ToListAsync(Ct);
        var consenting = cases.Values.Where(c => consents.Any(x => x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null))
            .Select(c => c.Id).ToHashSet();
        var plans = await db.Plans.Include(p => p.BudgetLines).Where(p => place.CaseIds.Contains(p.CaseId)).ToListAsync(Ct);
        var deliveries = await db.AssistanceDeliveries.Where(d => place.CaseIds.Contains(d.CaseId)).ToListAsync(Ct);
        var visits = await db.FollowUps.Where(v => place.CaseIds.Contains(v.CaseId)).ToListAsync(Ct);
        var submissions = await db.InstrumentSubmissions.Where(s => place.CaseIds.Contains(s.CaseId)).ToListAsync(Ct);
        var submissionIds = submissions.Select(s => s.Id).ToList();
        var scores = await db.SubmissionScores.Include(s => s.Dimensions).Where(s => submissionIds.Contains(s.SubmissionId)).ToListAsync(Ct);
        var surveys = submissions.Select(s =>
        {
            var latest = scores.Where(x => x.SubmissionId == s.Id).MaxBy(x => x.ScoredAt)!;
            return (s.CaseId, s.AnsweredOn, s.SubmittedAt, latest.Composite, latest.Dimensions.ToDictionary(d => d.Dimension, d => d.Score));
        }).ToList();
        var deadline = (await db.ProgrammeSettings.FirstAsync(Ct)).PlanDeadlineDays;
        var referrals = await db.Referrals.IgnoreQueryFilters().Include(r => r.Updates).Where(r => place.CaseIds.Contains(r.CaseId)).ToListAsync(Ct);
        return new Raw(cases, people, consenting, plans, deliveries, visits, surveys, deadline, referrals);
    });

    private async Task<IndicatorTable> ComputeAsync(IndicatorKind kind, StatisticsFilter filter, Dictionary<string, string>? parameters = null, params Disaggregation[] by)
    {
        app.RequireAvailable();
        await using var scope = app.Services.CreateAsyncScope();
        var calculator = scope.ServiceProvider.GetRequiredService<IndicatorCalculator>();
        return await calculator.ComputeAsync(kind, parameters ?? [], filter, by, PeriodLength.Quarter, Ct);
    }

    /// <summary>What the test expects of a group of consenting cases: the value, and how many returnees it counts.</summary>
    private delegate (double? Value, int People) Expected(Raw raw, IReadOnlyList<Guid> cases);

    private static (double?, int) Count(IEnumerable<Guid> counted) { var n = counted.Distinct().Count(); return (n, n); }
    private static double? Pct(double num, double den) => den > 0 ? Math.Round(100 * num / den, 1) : null;
    private static DateOnly Day(DateTime t) => DateOnly.FromDateTime(t);

    private static List<(Guid CaseId, DateOnly On, double? Score)> Rounds(Raw raw, Guid caseId, Func<double?, Dictionary<string, double?>, double?> pick) =>
        raw.Surveys.Where(s => s.CaseId == caseId).OrderBy(s => s.On).ThenBy(s => s.SubmittedAt).Select(s => (s.CaseId, s.On, pick(s.Composite, s.Dimensions))).ToList();

    /// <summary>The indicators of returnees' cases; those of projects, children and trainees are recomputed by <see cref="ParticipantIndicatorTests{TApp}"/>.</summary>
    public static TheoryData<string> Kinds => new(Enum.GetValues<IndicatorKind>().Except(ParticipantIndicatorTests<SqliteApp>.Kinds).Select(k => k.ToString()));

    private static Expected ExpectationOf(IndicatorKind kind) => kind switch
    {
        IndicatorKind.ReturneesRegistered => (raw, ids) => Count(ids),
        IndicatorKind.PlansAgreed => (raw, ids) => Count(ids.Where(id => raw.Cases[id].PlanAgreedOn is not null)),
        IndicatorKind.PlansAgreedWithinDeadline => (raw, ids) =>
        {
            var agreed = ids.Where(id => raw.Cases[id].PlanAgreedOn is not null).ToList();
            var inTime = agreed.Count(id => raw.Cases[id].PlanAgreedOn!.Value.DayNumber - raw.Cases[id].ReturnDate.DayNumber <= raw.DeadlineDays);
            return (Pct(inTime, agreed.Count), agreed.Count);
        },
        IndicatorKind.MedianDaysReturnToPlan => (raw, ids) =>
        {
            var days = ids.Where(id => raw.Cases[id].PlanAgreedOn is not null)
                .Select(id => (double)(raw.Cases[id].PlanAgreedOn!.Value.DayNumber - raw.Cases[id].ReturnDate.DayNumber)).Order().ToList();
            return (days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2, days.Count);
        },
        IndicatorKind.AssistanceDeliveries => (raw, ids) =>
        {
            var d = raw.Deliveries.Where(x => ids.Contains(x.CaseId)).ToList();
            return (d.Count, d.Select(x => x.CaseId).Distinct().Count());
        },
        IndicatorKind.AssistanceValue => (raw, ids) =>
        {
            var d = raw.Deliveries.Where(x => ids.Contains(x.CaseId)).ToList();
            return ((double)d.Sum(x => x.Amount), d.Select(x => x.CaseId).Distinct().Count());
        },
        IndicatorKind.BudgetExecution => (raw, ids) =>
        {
            var lines = raw.Plans.Where(p => ids.Contains(p.CaseId) && p.Status == PlanStatus.Agreed).SelectMany(p => p.BudgetLines.Select(l => (p.CaseId, l))).ToList();
            var planned = lines.Sum(x => x.l.EstimatedCost);
            var delivered = raw.Deliveries.Where(d => lines.Any(x => x.CaseId == d.CaseId && x.l.LineKey == d.BudgetLineKey)).Sum(d => d.Amount);
            return (Pct((double)delivered, (double)planned), lines.Select(x => x.CaseId).Distinct().Count());
        },
        IndicatorKind.FollowUpsDone => (raw, ids) =>
        {
            var due = raw.Visits.Where(v => ids.Contains(v.CaseId) && v.DueOn <= DateOnly.FromDateTime(DateTime.UtcNow)).ToList();
            return (Pct(due.Count(v => v.DoneOn is not null), due.Count), due.Select(v => v.CaseId).Distinct().Count());
        },
        IndicatorKind.CasesClosed => (raw, ids) => Count(ids.Where(id => raw.Cases[id].ClosedAt is not null)),
        IndicatorKind.RssMeanScore => (raw, ids) =>
        {
            var baseline = ids.Select(id => Rounds(raw, id, (c, _) => c)).Where(r => r.Count > 0 && r[0].Score is not null).Select(r => r[0].Score!.Value).ToList();
            return (baseline.Count == 0 ? null : Math.Round(baseline.Average(), 4), baseline.Count);
        },
        IndicatorKind.RssChange => (raw, ids) =>
        {
            var changes = ids.Select(id => Rounds(raw, id, (_, d) => d.GetValueOrDefault("economic")))
                .Where(r => r.Count > 1 && r[0].Score is not null && r[1].Score is not null).Select(r => r[1].Score!.Value - r[0].Score!.Value).ToList();
            return (changes.Count == 0 ? null : Math.Round(changes.Average(), 4), changes.Count);
        },
        IndicatorKind.RssCompositeImproved => (raw, ids) =>
        {
            var pairs = ids.Select(id => Rounds(raw, id, (c, _) => c).Where(r => r.Score is not null).ToList())
                .Where(r => r.Count > 1).ToList();
            return (Pct(pairs.Count(r => r[^1].Score > r[0].Score), pairs.Count), pairs.Count);
        },
        IndicatorKind.ReferralsSent => (raw, ids) => Records(raw.Referrals.Where(r => ids.Contains(r.CaseId) && r.SentAt is not null).Select(r => r.CaseId)),
        IndicatorKind.ReferralsAccepted => (raw, ids) => Records(raw.Referrals.Where(r => ids.Contains(r.CaseId) && r.RespondedAt is not null
            && r.Status is ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.Completed or ReferralStatus.NotCompleted).Select(r => r.CaseId)),
        IndicatorKind.ReferralsCompleted => (raw, ids) => Records(raw.Referrals.Where(r => ids.Contains(r.CaseId) && r.Status == ReferralStatus.Completed).Select(r => r.CaseId)),
        IndicatorKind.MedianDaysReferralToFirstContact => (raw, ids) =>
        {
            var contacted = raw.Referrals.Where(r => ids.Contains(r.CaseId) && r.FirstContactOn is not null).ToList();
            var days = contacted.Select(r => (double)(r.FirstContactOn!.Value.DayNumber - DateOnly.FromDateTime(r.SentAt!.Value).DayNumber)).Order().ToList();
            return (days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2,
                contacted.Select(r => r.CaseId).Distinct().Count());
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Records counted one each, over the returnees they belong to.</summary>
    private static (double?, int) Records(IEnumerable<Guid> caseIds) { var ids = caseIds.ToList(); return (ids.Count, ids.Distinct().Count()); }

    private static Dictionary<string, string> ParametersOf(IndicatorKind kind) => kind switch
    {
        IndicatorKind.RssChange => new() { ["score"] = "Economic", ["fromRound"] = "0", ["toRound"] = "1" },
        _ => [],
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryComputedIndicator_MatchesARecomputationFromTheRawRows(string name)
    {
        var kind = Enum.Parse<IndicatorKind>(name);
        var place = await CreateAsync(app);
        var raw = await ReadRawAsync(app, place);
        var expected = ExpectationOf(kind);
        var table = await ComputeAsync(kind, new StatisticsFilter(LocationId: place.CountryId), ParametersOf(kind), Disaggregation.Sex);

        var consenting = raw.Consenting.ToList();
        Assert.True(consenting.Count < place.CaseIds.Count, "the test data must include returnees who do not consent to statistics");
        AssertCell(table.Total, expected(raw, consenting), table.Threshold, $"{name}, total");
        foreach (var sex in new[] { "Female", "Male" })
        {
            var ofSex = consenting.Where(id => raw.People[raw.Cases[id].PrincipalPersonId].Sex.ToString() == sex).ToList();
            AssertCell(table.Find(null, sex), expected(raw, ofSex), table.Threshold, $"{name}, {sex}");
        }
    }

    [Fact]
    public async Task ReturneesRegistered_PerQuarter_MatchesTheRawRows_AndAPeriodFilterKeepsOnlyThatQuarter()
    {
        var place = await CreateAsync(app);
        var raw = await ReadRawAsync(app, place);
        var table = await ComputeAsync(IndicatorKind.ReturneesRegistered, new StatisticsFilter(LocationId: place.CountryId));
        foreach (var quarter in new[] { "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4" })
        {
            Assert.True(ReportingPeriod.TryParse(quarter, out var period));
            var registered = raw.Consenting.Where(id => period.Contains(Day(raw.Cases[id].OpenedAt))).ToList();
            AssertCell(table.Find(quarter), Count(registered), table.Threshold, quarter);
        }

        Assert.True(ReportingPeriod.TryParse("2025-Q2", out var q2));
        var filtered = await ComputeAsync(IndicatorKind.ReturneesRegistered, new StatisticsFilter(Period: q2, LocationId: place.CountryId));
        Assert.All(filtered.Cells, c => Assert.True(c.Period is null or "2025-Q2", $"period {c.Period} outside the filter"));
        Assert.Equal(table.Find("2025-Q2")?.Value, filtered.Total?.Value);
    }

    [Fact]
    public async Task Filters_ByOfficeSexAndAgeGroup_CountOnlyThoseReturnees()
    {
        var place = await CreateAsync(app);
        var raw = await ReadRawAsync(app, place);
        var erbil = await app.WithDb(db => db.Offices.Where(o => o.Name == "Erbil office").Select(o => o.Id).SingleAsync(Ct));
        var table = await ComputeAsync(IndicatorKind.ReturneesRegistered, new StatisticsFilter(LocationId: place.CountryId, OfficeId: erbil, Sex: Homeward.Domain.People.Sex.Male));
        AssertCell(table.Total, Count(raw.Consenting.Where(id => raw.Cases[id].OfficeId == erbil && raw.People[raw.Cases[id].PrincipalPersonId].Sex == Homeward.Domain.People.Sex.Male)), table.Threshold, "Erbil men");

        var byAge = await ComputeAsync(IndicatorKind.ReturneesRegistered, new StatisticsFilter(LocationId: place.CountryId, AgeGroup: "25-34"));
        var expected = raw.Consenting.Count(id =>
            raw.People[raw.Cases[id].PrincipalPersonId].AgeOn(raw.Cases[id].ReturnDate) is >= 25 and < 35);
        AssertCell(byAge.Total, (expected, expected), byAge.Threshold, "aged 25-34");

        var country = await ComputeAsync(IndicatorKind.ReturneesRegistered, new StatisticsFilter(Country: place.CountryCode), by: Disaggregation.Location);
        Assert.Equal(raw.Consenting.Count, (int)country.Total!.Value!.Value);
        Assert.Equal(raw.Consenting.Count, (int)country.Find(null, place.RegionName)!.Value!.Value);
    }

    [Fact]
    public async Task AnUnavailableDisaggregation_IsRefusedNamingBy()
    {
        var ex = await Assert.ThrowsAsync<Homeward.Domain.DomainRuleException>(() =>
            ComputeAsync(IndicatorKind.ReturneesRegistered, StatisticsFilter.None, by: Disaggregation.ClosureReason));
        Assert.Equal("by", ex.Field);
    }
}

public sealed class IndicatorTests_Sqlite(SqliteApp app) : IndicatorTests<SqliteApp>(app);
public sealed class IndicatorTests_Postgres(PostgresApp app) : IndicatorTests<PostgresApp>(app);
