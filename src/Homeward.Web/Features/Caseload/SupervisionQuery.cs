using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Caseload;

/// <summary>
/// What a supervisor watches: open caseloads per case manager, what waits for their approval, overdue work and
/// spending against budget. Caseloads and approvals go through db.Cases, so the data scope decides which offices
/// appear. Spending sums every budget line and delivery of a programme (about 1.5 s at a million persons): it is read
/// for all offices at most <see cref="SpendingFreshFor"/> ago, kept on the instance, and shown for the offices in scope.
/// </summary>
[Infrastructure.ScopedService]
public sealed class SupervisionQuery(HomewardDbContext db, IDataScope scope, StatisticsCache cache)
{
    public const int ListLimit = 100;
    public static readonly TimeSpan SpendingFreshFor = TimeSpan.FromMinutes(1);

    public sealed record CaseManagerLoad(Guid OfficeId, string Office, Guid? CaseManagerId, string? CaseManagerName, int OpenCases, int OverdueFollowUps, int LatePlans);
    public sealed record PendingBudgetLine(Guid CaseId, string Reference, Guid BudgetLineId, string Description, decimal Amount, string Currency);
    public sealed record PendingClosure(Guid CaseId, string Reference, ClosureReason Reason, string? RequestedBy);
    public sealed record OfficeSpending(Guid OfficeId, string Office, string Currency, decimal Budgeted, decimal Delivered);

    public sealed record Summary(
        IReadOnlyList<CaseManagerLoad> Caseloads, int OpenCases, int OverdueFollowUps, int LatePlans,
        int PendingBudgetLineCount, IReadOnlyList<PendingBudgetLine> PendingBudgetLines,
        IReadOnlyList<PendingClosure> PendingClosures, IReadOnlyList<OfficeSpending> Spending, DateTimeOffset SpendingAsOf);

    private sealed record Totals(Guid OfficeId, string Currency, decimal Total);

    private sealed record AllSpending(IReadOnlyList<Totals> Budgeted, IReadOnlyList<Totals> Delivered);

    public async Task<Summary> RunAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var open = db.Cases.Where(c => c.Stage != CaseStage.Closed);

        var loads = await open
            .GroupBy(c => new { c.OfficeId, c.CaseManagerId })
            .Select(g => new
            {
                g.Key.OfficeId,
                g.Key.CaseManagerId,
                Open = g.Count(),
                Overdue = g.Count(c => c.NextFollowUpDueOn != null && c.NextFollowUpDueOn < today),
                Late = g.Count(c => c.PlanLateFrom != null && c.PlanLateFrom <= today),
            })
            .ToListAsync(ct);

        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var pendingClosures = await open.Where(c => c.PendingClosureReason != null)
            .OrderBy(c => c.Reference).Take(ListLimit)
            .Select(c => new { c.Id, c.Reference, Reason = c.PendingClosureReason!.Value, c.PendingClosureRequestedBy })
            .ToListAsync(ct);
        var userIds = loads.Select(l => l.CaseManagerId).Concat(pendingClosures.Select(p => p.PendingClosureRequestedBy))
            .OfType<Guid>().Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string? NameOf(Guid? id) => id is { } v && names.TryGetValue(v, out var n) ? n : null;

        // The current plan of a case is its latest version; its lines above the approval limit wait for a supervisor.
        // Versions start at 1, so only a revision can be later: saying so lets PostgreSQL look at revisions alone
        // (IX_plans_revisions) instead of every plan, which keeps the count fast with tens of thousands of lines waiting.
        var pendingLines =
            from l in db.BudgetLines
            join p in db.Plans on l.PlanId equals p.Id
            join c in open on p.CaseId equals c.Id
            where l.Approval == BudgetApproval.Pending
                && !db.Plans.Any(later => later.CaseId == p.CaseId && later.VersionNumber > 1 && later.VersionNumber > p.VersionNumber)
            select new { c.Id, c.Reference, LineId = l.Id, l.Description, l.EstimatedCost, l.Currency };
        var pendingLineCount = await pendingLines.CountAsync(ct);
        var pendingLineList = await pendingLines.OrderBy(x => x.Reference).ThenBy(x => x.Description).Take(ListLimit).ToListAsync(ct);

        var ((budgeted, delivered), spendingAsOf) = await SpendingAsync(ct);
        var spending = budgeted.Select(b => (b.OfficeId, b.Currency)).Union(delivered.Select(d => (d.OfficeId, d.Currency)))
            .Select(k => new OfficeSpending(k.OfficeId, offices.GetValueOrDefault(k.OfficeId, "?"), k.Currency,
                budgeted.Where(b => b.OfficeId == k.OfficeId && b.Currency == k.Currency).Sum(b => b.Total),
                delivered.Where(d => d.OfficeId == k.OfficeId && d.Currency == k.Currency).Sum(d => d.Total)))
            .OrderBy(s => s.Office).ThenBy(s => s.Currency)
            .ToList();

        var caseloads = loads
            .Select(l => new CaseManagerLoad(l.OfficeId, offices.GetValueOrDefault(l.OfficeId, "?"), l.CaseManagerId, NameOf(l.CaseManagerId), l.Open, l.Overdue, l.Late))
            .OrderBy(l => l.Office).ThenBy(l => l.CaseManagerName is null).ThenBy(l => l.CaseManagerName)
            .ToList();

        return new Summary(
            caseloads, caseloads.Sum(l => l.OpenCases), caseloads.Sum(l => l.OverdueFollowUps), caseloads.Sum(l => l.LatePlans),
            pendingLineCount,
            pendingLineList.Select(x => new PendingBudgetLine(x.Id, x.Reference, x.LineId, x.Description, x.EstimatedCost, x.Currency)).ToList(),
            pendingClosures.Select(p => new PendingClosure(p.Id, p.Reference, p.Reason, NameOf(p.PendingClosureRequestedBy))).ToList(),
            spending, spendingAsOf);
    }

    /// <summary>Budget: lines of the agreed plans in force, except lines a supervisor rejected; spent: every delivery. Only the offices in scope.</summary>
    private async Task<((List<Totals> Budgeted, List<Totals> Delivered), DateTimeOffset)> SpendingAsync(CancellationToken ct)
    {
        var (all, readAt) = await cache.GetAsync(nameof(SupervisionQuery), (services, token) => ReadSpendingAsync(services.GetRequiredService<HomewardDbContext>(), token),
            ct, SpendingFreshFor);
        bool InScope(Totals t) => scope.SeesAllCases || t.OfficeId == scope.OfficeId;
        return ((all.Budgeted.Where(InScope).ToList(), all.Delivered.Where(InScope).ToList()), readAt);
    }

    private static async Task<AllSpending> ReadSpendingAsync(HomewardDbContext db, CancellationToken ct)
    {
        var budgeted = await (
                from l in db.BudgetLines
                join p in db.Plans on l.PlanId equals p.Id
                join c in db.Cases.IgnoreQueryFilters() on p.CaseId equals c.Id
                where p.Status == PlanStatus.Agreed && l.Approval != BudgetApproval.Rejected
                group l.EstimatedCost by new { c.OfficeId, l.Currency } into g
                select new Totals(g.Key.OfficeId, g.Key.Currency, g.Sum()))
            .ToListAsync(ct);
        var delivered = await (
                from d in db.AssistanceDeliveries
                join c in db.Cases.IgnoreQueryFilters() on d.CaseId equals c.Id
                group d.Amount by new { c.OfficeId, d.Currency } into g
                select new Totals(g.Key.OfficeId, g.Key.Currency, g.Sum()))
            .ToListAsync(ct);
        return new AllSpending(budgeted, delivered);
    }
}
