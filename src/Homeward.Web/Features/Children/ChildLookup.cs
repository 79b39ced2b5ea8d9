using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>A case in the caller's scope, one member of its household, and the whole household.</summary>
public sealed record FoundChild(Case Case, Person Person, IReadOnlyList<Person> Household);

/// <summary>
/// Finds a household member of a case through the scoped cases set, so a child's records are reached only through a
/// case the caller may see. Null when the case is out of sight or the person is not in its household.
/// </summary>
[ScopedService]
public sealed class ChildLookup(HomewardDbContext db)
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task<FoundChild?> FindAsync(Guid caseId, Guid personId, bool track, CancellationToken ct)
    {
        var c = await (track ? db.Cases : db.Cases.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        var household = await HouseholdAsync(c, ct);
        return household.FirstOrDefault(p => p.Id == personId) is { } person ? new FoundChild(c, person, household) : null;
    }

    public Task<List<Person>> HouseholdAsync(Case c, CancellationToken ct) =>
        db.Persons.AsNoTracking()
            .Where(p => p.Id == c.PrincipalPersonId || (c.HouseholdId != null && p.HouseholdId == c.HouseholdId))
            .OrderBy(p => p.DateOfBirth).ToListAsync(ct);
}
