using Homeward.Data;
using Homeward.Domain.Consent;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Communities;

/// <summary>
/// Returns per place of return over a period, counted over every office's cases of returnees who consent to
/// anonymised statistics. Only counts per place leave this query, never a case, so community officers, who have no
/// case scope, can find where people return.
/// </summary>
[Infrastructure.ScopedService]
public sealed class ReturnCounts(HomewardDbContext db)
{
    public async Task<Dictionary<Guid, int>> ByPlaceAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.Cases.IgnoreQueryFilters()
            .Where(c => c.ReturnLocationId != null && c.ReturnDate >= from && c.ReturnDate <= to)
            .Where(c => db.Consents.Any(x => x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null))
            .GroupBy(c => c.ReturnLocationId!.Value)
            .Select(g => new { Place = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Place, r => r.Count);
    }

    /// <summary>
    /// Among recent returnees to the given places, the most who plan the same type of economic activity: the proxy for
    /// skill profiles in common (skills findings are sensitive free text and are not read here).
    /// </summary>
    public async Task<int> LargestSharedProfileAsync(IReadOnlyCollection<Guid> places, DateOnly from, CancellationToken ct = default)
    {
        var cases = db.Cases.IgnoreQueryFilters()
            .Where(c => c.ReturnLocationId != null && places.Contains(c.ReturnLocationId.Value) && c.ReturnDate >= from)
            .Where(c => db.Consents.Any(x => x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null))
            .Select(c => c.Id);
        var perType = await db.PlanActivities
            .Where(a => a.Dimension == Domain.Plans.Dimension.Economic)
            .Join(db.Plans.Where(p => cases.Contains(p.CaseId)), a => a.PlanId, p => p.Id, (a, p) => new { a.AssistanceType, p.CaseId })
            .Distinct()
            .GroupBy(x => x.AssistanceType)
            .Select(g => g.Count())
            .ToListAsync(ct);
        return perType.Count == 0 ? 0 : perType.Max();
    }
}
