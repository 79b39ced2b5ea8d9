using System.Runtime.CompilerServices;
using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Monitoring;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Statistics;

/// <summary>
/// One case as monitoring and evaluation see it: keyed pseudonyms instead of ids, no name, contact, document or free
/// text, and quasi-identifiers generalised (age group, quarter, region).
/// </summary>
public sealed record DeIdentifiedCase(
    string Case, string Returnee, string Sex, string AgeGroupAtReturn, string? Country, string? Region, string? Office, ReturnType ReturnType,
    string HostCountry, string ReturnQuarter, bool Vulnerable, CaseStage Stage, int HouseholdSize, int Assessments, string? PlanAgreedQuarter,
    int? DaysReturnToPlan, string? ClosureQuarter, ClosureReason? ClosureReason, int Deliveries, decimal AssistanceDelivered, int FollowUpsDue,
    int FollowUpsDone, int RssRounds, double? RssBaselineComposite, double? RssLatestComposite)
{
    /// <summary>Column names (first row) and HXL hashtags (second row) of the CSV and XLSX files, in the order of <see cref="Cells"/>.</summary>
    public static readonly object?[] Header =
    [
        "case", "returnee", "sex", "age_group", "country", "region", "office", "return_type", "host_country", "return_quarter", "vulnerability",
        "stage", "household_size", "assessments", "plan_agreed_quarter", "days_return_to_plan", "closure_quarter", "closure_reason", "deliveries",
        "assistance_delivered", "follow_ups_due", "follow_ups_done", "rss_rounds", "rss_baseline_composite", "rss_latest_composite",
    ];

    public static readonly object?[] Hashtags =
    [
        "#affected+id+pseudonym", "#affected+id+returnee", "#meta+sex", "#meta+age_group", "#country+code", "#adm1+name", "#org+office",
        "#meta+return_type", "#country+host", "#date+return", "#meta+vulnerability", "#status+stage", "#meta+household_size",
        "#output+assessment+num", "#date+plan", "#indicator+days_to_plan", "#date+closure", "#meta+closure_reason", "#output+assistance+num",
        "#output+assistance+value", "#output+followup+due", "#output+followup+done", "#indicator+rss+rounds", "#indicator+rss+baseline",
        "#indicator+rss+latest",
    ];

    public object?[] Cells() =>
    [
        Case, Returnee, Sex, AgeGroupAtReturn, Country, Region, Office, ReturnType.ToString(), HostCountry, ReturnQuarter, Vulnerable ? "yes" : "no",
        Stage.ToString(), HouseholdSize, Assessments, PlanAgreedQuarter, DaysReturnToPlan, ClosureQuarter, ClosureReason?.ToString(), Deliveries,
        AssistanceDelivered, FollowUpsDue, FollowUpsDone, RssRounds, RssBaselineComposite, RssLatestComposite,
    ];
}

/// <summary>
/// The one record-level de-identified export (JSON, CSV and XLSX, for the API and the statistics page): every office's
/// cases of returnees whose consent to anonymised statistics is in force (a withdrawal takes them out of the next export),
/// with pseudonyms that stay the same from one export to the next so that rounds can be compared. Read page by page while
/// the answer is written, so an export of any size holds one page in memory. Each export is an <c>Export</c> audit line.
/// </summary>
[ScopedService]
public sealed class DeIdentifiedCases(HomewardDbContext db, StatisticalFacts statistics) : IDeIdentifiedDataset<DeIdentifiedCase>
{
    private const int PageSize = 500;

    public object?[] Header => DeIdentifiedCase.Header;
    public object?[] Hashtags => DeIdentifiedCase.Hashtags;
    public object?[] Cells(DeIdentifiedCase row) => row.Cells();

    public async Task AuditAsync(string format, CancellationToken ct)
    {
        db.RecordAccess(AuditActions.Export, "Statistics", null, $"de-identified cases ({format})");
        await db.SaveChangesAsync(ct);
    }

    public async IAsyncEnumerable<DeIdentifiedCase> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var places = await ReturnPlaces.LoadAsync(db, ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Guid? after = null;
        while (true)
        {
            var page = await PageAsync(after, today, ct);
            if (page.Count == 0) yield break;
            var ids = page.Select(p => p.Id).ToList();
            // Summed here: SQLite cannot sum decimals.
            var delivered = (await db.AssistanceDeliveries.AsNoTracking().Where(d => ids.Contains(d.CaseId)).Select(d => new { d.CaseId, d.Amount }).ToListAsync(ct))
                .GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
            foreach (var r in page)
            {
                // Districts and communities are too fine to publish: the country's code and the region only.
                var place = places.Of(r.ReturnLocationId);
                yield return new DeIdentifiedCase(
                    await db.Protection.PseudonymAsync(db, "C", r.Id, ct), await db.Protection.PseudonymAsync(db, "P", r.PersonId, ct),
                    r.Sex.ToString(), Generalised.AgeGroupOn(r.DateOfBirth, r.ReturnDate), place.Country, place.Region, offices.GetValueOrDefault(r.OfficeId), r.ReturnType, r.HostCountry,
                    Generalised.Quarter(r.ReturnDate)!, r.VulnerabilityFlag, r.Stage, r.HouseholdSize, r.AssessmentCount, Generalised.Quarter(r.PlanAgreedOn),
                    r.PlanAgreedOn is { } agreed ? agreed.DayNumber - r.ReturnDate.DayNumber : null,
                    Generalised.Quarter(r.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : null), r.ClosureReason,
                    r.Deliveries, delivered.GetValueOrDefault(r.Id), r.Due, r.Done, r.Rounds, r.Baseline, r.Latest);
            }
            after = page[^1].Id;
        }
    }

    private sealed record Row(Guid Id, Guid PersonId, Guid OfficeId, Guid? ReturnLocationId, DateOnly ReturnDate, ReturnType ReturnType, string HostCountry,
        bool VulnerabilityFlag, CaseStage Stage, DateOnly? PlanAgreedOn, DateTime? ClosedAt, ClosureReason? ClosureReason, Domain.People.Sex Sex,
        DateOnly? DateOfBirth, int HouseholdSize, int AssessmentCount, int Deliveries, int Due, int Done, int Rounds, double? Baseline, double? Latest);

    /// <summary>Every office's consenting cases (not the caller's scope: nothing identifying leaves this class), by id.</summary>
    private Task<List<Row>> PageAsync(Guid? after, DateOnly today, CancellationToken ct) => (
            from c in statistics.ConsentingCases().AsNoTracking()
            join p in db.Persons on c.PrincipalPersonId equals p.Id
            where after == null || c.Id.CompareTo(after.Value) > 0
            orderby c.Id
            select new Row(c.Id, p.Id, c.OfficeId, c.ReturnLocationId, c.ReturnDate, c.ReturnType, c.HostCountry, c.VulnerabilityFlag, c.Stage,
                c.PlanAgreedOn, c.ClosedAt, c.ClosureReason, p.Sex, p.DateOfBirth,
                c.HouseholdId == null ? 1 : db.Persons.Count(m => m.HouseholdId == c.HouseholdId),
                c.AssessmentCount,
                db.AssistanceDeliveries.Count(d => d.CaseId == c.Id),
                db.FollowUps.Count(v => v.CaseId == c.Id && v.DueOn <= today),
                db.FollowUps.Count(v => v.CaseId == c.Id && v.DoneOn != null),
                (from s in db.InstrumentSubmissions join i in db.Instruments on s.InstrumentId equals i.Id
                 where s.CaseId == c.Id && i.Kind == AssessmentKind.SustainabilityBaseline select s.Id).Count(),
                // The first and the latest survey, each with its latest scores.
                (from s in db.InstrumentSubmissions join i in db.Instruments on s.InstrumentId equals i.Id
                 join sc in db.SubmissionScores on s.Id equals sc.SubmissionId
                 where s.CaseId == c.Id && i.Kind == AssessmentKind.SustainabilityBaseline
                 orderby s.AnsweredOn, s.SubmittedAt, sc.ScoredAt descending
                 select sc.Composite).FirstOrDefault(),
                (from s in db.InstrumentSubmissions join i in db.Instruments on s.InstrumentId equals i.Id
                 join sc in db.SubmissionScores on s.Id equals sc.SubmissionId
                 where s.CaseId == c.Id && i.Kind == AssessmentKind.SustainabilityBaseline
                 orderby s.AnsweredOn descending, s.SubmittedAt descending, sc.ScoredAt descending
                 select sc.Composite).FirstOrDefault()))
        .Take(PageSize).ToListAsync(ct);
}
