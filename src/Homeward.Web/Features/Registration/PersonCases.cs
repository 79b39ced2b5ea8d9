using Homeward.Data;
using Homeward.Domain.People;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Registration;

/// <summary>A case as the duplicate search shows it.</summary>
public sealed record CaseSummary(Guid Id, Guid PrincipalPersonId, string Reference, Guid OfficeId, Guid? ReturnLocationId, DateTime OpenedAt);

/// <summary>A person the caller may work with, and the cases in the caller's scope that make them reachable.</summary>
public sealed record ReachablePerson(Person Person, IReadOnlyList<Guid> CaseIds);

/// <summary>
/// Which cases a person belongs to: the cases of which they, or their household's principal returnee, are the
/// principal. A person is reachable only through a case in the caller's data scope.
/// </summary>
[ScopedService]
public sealed class PersonCases(HomewardDbContext db)
{
    /// <summary>The person (tracked, for changes) when one of their household's cases is in the caller's scope; else null.</summary>
    public async Task<ReachablePerson?> FindReachableAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var principals = await PrincipalIdsAsync(person.Id, person.HouseholdId, ct);
        var caseIds = await db.Cases.Where(c => principals.Contains(c.PrincipalPersonId)).Select(c => c.Id).ToListAsync(ct);
        return caseIds.Count == 0 ? null : new ReachablePerson(person, caseIds);
    }

    /// <summary>True when one of the household's cases is in the caller's scope.</summary>
    public async Task<bool> HouseholdIsReachableAsync(Guid householdId, CancellationToken ct = default)
    {
        var principal = await db.Households.Where(h => h.Id == householdId).Select(h => h.PrincipalPersonId).FirstOrDefaultAsync(ct);
        return principal is { } id && await db.Cases.AnyAsync(c => c.PrincipalPersonId == id, ct);
    }

    /// <summary>Each person's most recent case in any office (system view, for duplicate search), when they have one.</summary>
    public async Task<Dictionary<Guid, CaseSummary>> LatestCasesAsync(IReadOnlyCollection<(Guid Id, Guid? HouseholdId)> persons, CancellationToken ct = default)
    {
        var householdIds = persons.Where(p => p.HouseholdId is not null).Select(p => p.HouseholdId!.Value).Distinct().ToList();
        var householdPrincipal = await db.Households.Where(h => householdIds.Contains(h.Id) && h.PrincipalPersonId != null)
            .ToDictionaryAsync(h => h.Id, h => h.PrincipalPersonId!.Value, ct);
        var principalIds = persons.Select(p => p.Id).Concat(householdPrincipal.Values).Distinct().ToList();
        var cases = (await db.Cases.IgnoreQueryFilters().Where(c => principalIds.Contains(c.PrincipalPersonId))
                .Select(c => new CaseSummary(c.Id, c.PrincipalPersonId, c.Reference, c.OfficeId, c.ReturnLocationId, c.OpenedAt))
                .ToListAsync(ct))
            .ToLookup(c => c.PrincipalPersonId);

        var latest = new Dictionary<Guid, CaseSummary>();
        foreach (var p in persons)
        {
            var own = cases[p.Id];
            var household = p.HouseholdId is { } h && householdPrincipal.TryGetValue(h, out var principal) && principal != p.Id ? cases[principal] : [];
            if (own.Concat(household).MaxBy(c => c.OpenedAt) is { } last) latest[p.Id] = last;
        }
        return latest;
    }

    private async Task<List<Guid>> PrincipalIdsAsync(Guid personId, Guid? householdId, CancellationToken ct)
    {
        var ids = new List<Guid> { personId };
        if (householdId is { } h && await db.Households.Where(x => x.Id == h).Select(x => x.PrincipalPersonId).FirstOrDefaultAsync(ct) is { } principal)
            ids.Add(principal);
        return ids;
    }
}
