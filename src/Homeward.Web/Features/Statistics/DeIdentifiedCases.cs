using System.Globalization;
using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.Locations;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Statistics;

/// <summary>
/// One case as M&amp;E officers see it: stable pseudonyms instead of ids, no name, contact, document or free text, and
/// quasi-identifiers coarsened (age band, month, region).
/// </summary>
public sealed record DeIdentifiedCase(
    string Case, string Returnee, string Office, CaseStage Stage, string ReturnMonth, ReturnType ReturnType, string HostCountry,
    string? Region, string Sex, string? AgeBandAtReturn, int HouseholdSize, bool Vulnerable, int Assessments, bool PlanAgreed,
    decimal AssistanceDelivered, int FollowUpsDone, ClosureReason? ClosureReason, string? ClosedMonth);

/// <summary>
/// The record-level de-identified export for monitoring and evaluation: every office's cases of returnees who consent to
/// anonymised statistics (a withdrawal takes them out of the next export), with pseudonyms that stay the same from one
/// export to the next so that rounds can be compared. Each export is audited.
/// </summary>
[ScopedService]
public sealed class DeIdentifiedCases(HomewardDbContext db)
{
    private const int PageSize = 1000;

    public async Task<IReadOnlyList<DeIdentifiedCase>> ExportAsync(string format, CancellationToken ct = default)
    {
        var regions = await RegionsAsync(ct);
        var rows = new List<DeIdentifiedCase>();
        Guid? after = null;
        while (true)
        {
            var page = await PageAsync(after, ct);
            if (page.Count == 0) break;
            var ids = page.Select(p => p.Id).ToList();
            // Summed here: SQLite cannot sum decimals.
            var delivered = (await db.AssistanceDeliveries.Where(d => ids.Contains(d.CaseId)).Select(d => new { d.CaseId, d.Amount }).ToListAsync(ct))
                .GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
            foreach (var c in page)
                rows.Add(new DeIdentifiedCase(
                    await db.Protection.PseudonymAsync(db, "C", c.Id, ct), await db.Protection.PseudonymAsync(db, "P", c.PersonId, ct),
                    c.Office, c.Stage, Month(c.ReturnDate), c.ReturnType, c.HostCountry,
                    c.ReturnLocationId is { } place ? regions.GetValueOrDefault(place) : null, c.Sex.ToString(), AgeBand(c.BirthYear, c.ReturnDate.Year),
                    c.HouseholdSize, c.VulnerabilityFlag, c.AssessmentCount, c.PlanAgreedOn is not null, delivered.GetValueOrDefault(c.Id),
                    c.FollowUpsDone, c.ClosureReason, c.ClosedAt is { } closed ? Month(DateOnly.FromDateTime(closed)) : null));
            after = page[^1].Id;
        }
        db.RecordAccess(AuditActions.Export, "Statistics", null, $"de-identified cases ({format}): {rows.Count} rows");
        await db.SaveChangesAsync(ct);
        return rows;
    }

    private sealed record Row(Guid Id, Guid PersonId, string Office, CaseStage Stage, DateOnly ReturnDate, ReturnType ReturnType, string HostCountry,
        Guid? ReturnLocationId, Domain.People.Sex Sex, int? BirthYear, int HouseholdSize, bool VulnerabilityFlag, int AssessmentCount,
        DateOnly? PlanAgreedOn, int FollowUpsDone, ClosureReason? ClosureReason, DateTime? ClosedAt);

    /// <summary>Every office's cases (not the caller's scope: nothing identifying leaves this class), by id.</summary>
    private Task<List<Row>> PageAsync(Guid? after, CancellationToken ct) => (
            from c in db.Cases.IgnoreQueryFilters()
            join p in db.Persons on c.PrincipalPersonId equals p.Id
            join o in db.Offices on c.OfficeId equals o.Id
            where (after == null || c.Id.CompareTo(after.Value) > 0)
                && db.Consents.Any(x => x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null)
            orderby c.Id
            select new Row(c.Id, p.Id, o.Name, c.Stage, c.ReturnDate, c.ReturnType, c.HostCountry, c.ReturnLocationId, p.Sex, p.BirthYear,
                c.HouseholdId == null ? 1 : db.Persons.Count(m => m.HouseholdId == c.HouseholdId),
                c.VulnerabilityFlag, c.AssessmentCount, c.PlanAgreedOn, db.FollowUps.Count(v => v.CaseId == c.Id && v.DoneOn != null),
                c.ClosureReason, c.ClosedAt))
        .AsNoTracking().Take(PageSize).ToListAsync(ct);

    /// <summary>Each place's region ("Dakar" for a community of Pikine): districts and communities are too fine to publish.</summary>
    private async Task<Dictionary<Guid, string>> RegionsAsync(CancellationToken ct)
    {
        var places = await db.Locations.AsNoTracking().Select(l => new { l.Id, l.ParentId, l.Level, l.Name }).ToDictionaryAsync(l => l.Id, ct);
        var regions = new Dictionary<Guid, string>();
        foreach (var place in places.Values)
        {
            var current = place;
            while (current.Level > LocationLevel.Region && current.ParentId is { } parent && places.TryGetValue(parent, out var up)) current = up;
            if (current.Level == LocationLevel.Region) regions[place.Id] = current.Name;
        }
        return regions;
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Five-year bands ("25-29"); nothing when the birth year is unknown.</summary>
    private static string? AgeBand(int? birthYear, int year)
    {
        if (birthYear is not { } born || year - born is var age && age < 0) return null;
        var low = age / 5 * 5;
        return $"{low}-{low + 4}";
    }
}
