using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>Before a case with children is closed: each child's participation in the closure decision and a final best-interests review.</summary>
[ScopedService]
public sealed class ChildClosureGate(HomewardDbContext db, ChildLookup lookup)
{
    /// <summary>Whether the household has a child (under 18 today): the closure then needs a supervisor's approval.</summary>
    public async Task<bool> HasChildrenAsync(Case c, CancellationToken ct = default) =>
        (await lookup.HouseholdAsync(c, ct)).Any(p => ChildAge.IsChildOn(p, ChildLookup.Today));

    /// <summary>The same two checks for the case page, before the closure is confirmed; nothing when the case is out of sight.</summary>
    public async Task<bool> HasChildrenAsync(Guid caseId, CancellationToken ct = default) =>
        await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct) is { } c && await HasChildrenAsync(c, ct);

    public async Task CheckAsync(Guid caseId, CancellationToken ct = default)
    {
        if (await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, ct) is { } c) await CheckAsync(c, ct);
    }

    /// <summary>Refuses (409, naming the children) while a child has not taken part in the closure decision or has no final review.</summary>
    public async Task CheckAsync(Case c, CancellationToken ct = default)
    {
        var children = (await lookup.HouseholdAsync(c, ct)).Where(p => ChildAge.IsChildOn(p, ChildLookup.Today)).ToList();
        if (children.Count == 0) return;
        var ids = children.Select(p => p.Id).ToList();
        var heard = await db.ChildParticipations.AsNoTracking()
            .Where(p => p.CaseId == c.Id && ids.Contains(p.PersonId) && p.Step == ParticipationStep.Closure).Select(p => p.PersonId).Distinct().ToListAsync(ct);
        var reviews = await db.BestInterestsAssessments.AsNoTracking().Where(b => b.CaseId == c.Id && ids.Contains(b.PersonId))
            .Select(b => new { b.PersonId, b.ConductedOn }).ToListAsync(ct);
        var reviewed = reviews.Where(b => ChildClosureRules.IsFinalReview(b.ConductedOn, c.PlanAgreedOn)).Select(b => b.PersonId).ToHashSet();
        ChildClosureRules.Check(children.Where(p => !heard.Contains(p.Id)).Select(p => p.FullName).ToList(),
            children.Where(p => !reviewed.Contains(p.Id)).Select(p => p.FullName).ToList());
    }
}
