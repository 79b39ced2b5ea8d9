using Homeward.Data;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Plans;

/// <summary>Reads a case's plan versions. The case is always looked up first, so the data scope decides what is visible.</summary>
[Infrastructure.ScopedService]
public sealed class PlanQueries(HomewardDbContext db, ProgrammeSettingsStore settings)
{
    /// <summary>Dates the returnee and staff live by; "in the future" means after this day.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task<PlanOverview?> OverviewAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId)
            .Select(x => new { x.Id, x.Reference, x.Stage, x.ReturnDate, x.PlanAgreedOn, x.PrincipalPersonId }).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var name = await db.Persons.AsNoTracking().Where(p => p.Id == c.PrincipalPersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefaultAsync(ct);
        var s = await settings.GetAsync(ct);
        var versions = await db.Plans.AsNoTracking().WithRows().Where(p => p.CaseId == caseId).OrderBy(p => p.VersionNumber).ToListAsync(ct);
        var current = versions.LastOrDefault();
        return new PlanOverview(c.Id, c.Reference, name ?? "", c.Stage, c.ReturnDate,
            PlanDeadline.DueOn(c.ReturnDate, s.PlanDeadlineDays), PlanDeadline.IsLate(c.ReturnDate, c.PlanAgreedOn, s.PlanDeadlineDays, Today),
            c.PlanAgreedOn, PlanDrafting.StageAllowsPlan(c.Stage), new PlanLimits(s.Currency, s.PerCaseCeiling, s.ApprovalLimit),
            current is null ? null : PlanVersionView.From(current),
            versions.LastOrDefault(v => v.Status == PlanStatus.Agreed)?.VersionNumber,
            versions.Select(v => new PlanVersionSummary(v.VersionNumber, v.Status, v.AgreedOn, v.CreatedAt, v.CreatedBy, v.Total)).ToList());
    }

    /// <summary>The name of the case's case manager, for the signature line of the printed plan.</summary>
    public async Task<string?> CaseManagerNameAsync(Guid caseId, CancellationToken ct = default)
    {
        var managerId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseManagerId).FirstOrDefaultAsync(ct);
        return managerId is null ? null : await db.Users.Where(u => u.Id == managerId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
    }

    public async Task<PlanVersionView?> VersionAsync(Guid caseId, int versionNumber, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) return null;
        var plan = await db.Plans.AsNoTracking().WithRows().FirstOrDefaultAsync(p => p.CaseId == caseId && p.VersionNumber == versionNumber, ct);
        return plan is null ? null : PlanVersionView.From(plan);
    }
}

public static class PlanLoading
{
    /// <summary>A plan with its activities and budget lines, in the order they were entered.</summary>
    public static IQueryable<ReintegrationPlan> WithRows(this IQueryable<ReintegrationPlan> plans) =>
        plans.Include(p => p.Activities.OrderBy(a => a.Id)).Include(p => p.BudgetLines.OrderBy(l => l.Id)).AsSplitQuery();

    /// <summary>What was delivered so far against each budget line key of a case (summed here: SQLite cannot sum decimals).</summary>
    public static async Task<Dictionary<Guid, decimal>> SpentByLineKeyAsync(this HomewardDbContext db, Guid caseId, CancellationToken ct) =>
        (await db.AssistanceDeliveries.Where(d => d.CaseId == caseId).Select(d => new { d.BudgetLineKey, d.Amount }).ToListAsync(ct))
            .GroupBy(d => d.BudgetLineKey).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));
}
