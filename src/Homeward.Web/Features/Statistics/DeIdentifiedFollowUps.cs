using System.Runtime.CompilerServices;
using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.FollowUps;
using Homeward.Web.Features.Monitoring;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Statistics;

/// <summary>
/// One follow-up visit as monitoring sees it: the case and returnee under the same keyed pseudonyms as the case export
/// (so the two files join), the visit's schedule and whether it took place, and no findings, notes or dates.
/// </summary>
public sealed record DeIdentifiedFollowUp(
    string Case, string Returnee, string Sex, string AgeGroupAtReturn, string? Country, string? Region, string? Office,
    int MonthsAfterReturn, bool Scheduled, string DueQuarter, string Status, string? DoneQuarter, int? DaysAfterDue, FollowUpMode? Mode)
{
    public static readonly object?[] Header =
    [
        "case", "returnee", "sex", "age_group", "country", "region", "office", "months_after_return", "scheduled", "due_quarter", "status",
        "done_quarter", "days_after_due", "mode",
    ];

    public static readonly object?[] Hashtags =
    [
        "#affected+id+pseudonym", "#affected+id+returnee", "#meta+sex", "#meta+age_group", "#country+code", "#adm1+name", "#org+office",
        "#meta+months_after_return", "#meta+scheduled", "#date+due", "#status+followup", "#date+done", "#indicator+days_after_due", "#meta+mode",
    ];

    public object?[] Cells() =>
    [
        Case, Returnee, Sex, AgeGroupAtReturn, Country, Region, Office, MonthsAfterReturn, Scheduled ? "yes" : "no", DueQuarter, Status,
        DoneQuarter, DaysAfterDue, Mode?.ToString(),
    ];
}

/// <summary>
/// The de-identified follow-up export: every follow-up visit of every office's cases whose returnee consents to
/// anonymised statistics, for the completion and timeliness of follow-up. Read 500 cases at a time with their visits
/// while the answer is written, so its size (two million rows at a national programme) never sits in memory. Each
/// export is an <c>Export</c> audit line.
/// </summary>
[ScopedService]
public sealed class DeIdentifiedFollowUps(HomewardDbContext db, StatisticalFacts statistics) : IDeIdentifiedDataset<DeIdentifiedFollowUp>
{
    private const int CasesPerPage = 500;

    public object?[] Header => DeIdentifiedFollowUp.Header;
    public object?[] Hashtags => DeIdentifiedFollowUp.Hashtags;
    public object?[] Cells(DeIdentifiedFollowUp row) => row.Cells();

    public async Task AuditAsync(string format, CancellationToken ct)
    {
        db.RecordAccess(AuditActions.Export, "Statistics", null, $"de-identified follow-ups ({format})");
        await db.SaveChangesAsync(ct);
    }

    public async IAsyncEnumerable<DeIdentifiedFollowUp> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var places = await ReturnPlaces.LoadAsync(db, ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Guid? after = null;
        while (true)
        {
            var cases = await (
                    from c in statistics.ConsentingCases().AsNoTracking()
                    join p in db.Persons on c.PrincipalPersonId equals p.Id
                    where after == null || c.Id.CompareTo(after.Value) > 0
                    orderby c.Id
                    select new { c.Id, PersonId = p.Id, c.OfficeId, c.ReturnLocationId, c.ReturnDate, p.Sex, p.DateOfBirth })
                .Take(CasesPerPage).ToListAsync(ct);
            if (cases.Count == 0) yield break;
            var ids = cases.Select(c => c.Id).ToList();
            var visits = (await db.FollowUps.AsNoTracking().Where(v => ids.Contains(v.CaseId))
                    .Select(v => new { v.CaseId, v.MonthsAfterReturn, v.DueOn, v.DoneOn, v.Mode })
                    .ToListAsync(ct))
                .ToLookup(v => v.CaseId);
            foreach (var c in cases)
            {
                if (!visits.Contains(c.Id)) continue;
                var (casePseudonym, returnee) = (await db.Protection.PseudonymAsync(db, "C", c.Id, ct), await db.Protection.PseudonymAsync(db, "P", c.PersonId, ct));
                var place = places.Of(c.ReturnLocationId);
                var ageGroup = Generalised.AgeGroupOn(c.DateOfBirth, c.ReturnDate);
                foreach (var v in visits[c.Id].OrderBy(v => v.DueOn).ThenBy(v => v.MonthsAfterReturn))
                    yield return new DeIdentifiedFollowUp(
                        casePseudonym, returnee, c.Sex.ToString(), ageGroup, place.Country, place.Region, offices.GetValueOrDefault(c.OfficeId),
                        v.MonthsAfterReturn, v.MonthsAfterReturn > 0, Generalised.Quarter(v.DueOn)!,
                        v.DoneOn is not null ? "done" : v.DueOn < today ? "overdue" : "upcoming",
                        Generalised.Quarter(v.DoneOn), v.DoneOn is { } done ? done.DayNumber - v.DueOn.DayNumber : null, v.Mode);
            }
            after = cases[^1].Id;
        }
    }
}
