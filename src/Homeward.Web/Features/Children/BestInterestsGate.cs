using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>Before a family plan is agreed: each child needs a best-interests assessment, or a supervisor's reason why not.</summary>
[ScopedService]
public sealed class BestInterestsGate(HomewardDbContext db, ChildLookup lookup)
{
    /// <summary>The names of the household's children (under 18 on <paramref name="on"/>) with neither; the rule refuses the agreement while any is left.</summary>
    public async Task<IReadOnlyList<string>> ChildrenWithoutAssessmentAsync(Case c, DateOnly on, CancellationToken ct = default)
    {
        var children = (await lookup.HouseholdAsync(c, ct)).Where(p => ChildAge.IsChildOn(p, on)).ToList();
        if (children.Count == 0) return [];
        var ids = children.Select(p => p.Id).ToList();
        var assessed = await db.BestInterestsAssessments.AsNoTracking().Where(b => b.CaseId == c.Id && ids.Contains(b.PersonId)).Select(b => b.PersonId)
            .Union(db.BestInterestsWaivers.AsNoTracking().Where(w => w.CaseId == c.Id && ids.Contains(w.PersonId)).Select(w => w.PersonId))
            .ToListAsync(ct);
        return children.Where(p => !assessed.Contains(p.Id)).Select(p => p.FullName).ToList();
    }
}
