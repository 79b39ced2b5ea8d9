using Homeward.Data;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Assistance;

/// <summary>The deliveries of a case and the agreed budget they are counted against (by line key, across plan versions).</summary>
[Infrastructure.ScopedService]
public sealed class AssistanceQuery(HomewardDbContext db, ProgrammeSettingsStore settings)
{
    public async Task<AssistanceOverview?> RunAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.Id, x.Reference, x.PrincipalPersonId }).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var name = await db.Persons.AsNoTracking().Where(p => p.Id == c.PrincipalPersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefaultAsync(ct);
        var plan = await db.Plans.AsNoTracking().WithRows().FirstOrDefaultAsync(p => p.CaseId == caseId && p.Status == PlanStatus.Agreed, ct);
        // A delivery names its line by key; the latest version's description of that line is shown.
        var lineNames = (await db.Plans.AsNoTracking().Where(p => p.CaseId == caseId)
                .Join(db.BudgetLines, p => p.Id, l => l.PlanId, (p, l) => new { p.VersionNumber, l.LineKey, l.Description }).ToListAsync(ct))
            .OrderBy(l => l.VersionNumber).ToList();
        var deliveries = (await db.AssistanceDeliveries.AsNoTracking().Where(d => d.CaseId == caseId)
                .Select(d => new DeliveryView(d.Id, d.BudgetLineKey, null, d.DeliveredOn, d.Amount, d.Currency, d.Goods, d.Method, d.Supplier, d.DeliveredBy, d.ProofFileName, d.RecordedAt))
                .ToListAsync(ct))
            .Select(d => d with { BudgetLineDescription = lineNames.LastOrDefault(l => l.LineKey == d.BudgetLineKey)?.Description })
            .OrderByDescending(d => d.DeliveredOn).ThenByDescending(d => d.RecordedAt).ToList();
        var spent = deliveries.GroupBy(d => d.BudgetLineKey).ToDictionary(g => g.Key, g => g.Sum(d => d.Amount));

        var lines = (plan?.BudgetLines ?? []).Select(l =>
        {
            var approved = PlanRules.PayableAmount(l);
            var lineSpent = spent.GetValueOrDefault(l.LineKey);
            return new LineSpending(l.Id, l.LineKey, l.Description, l.Dimension, l.Approval, l.EstimatedCost, approved, lineSpent, approved - lineSpent);
        }).ToList();
        var dimensions = Enum.GetValues<Dimension>().Select(d =>
        {
            var inDimension = lines.Where(l => l.Dimension == d).ToList();
            return new DimensionSpending(d, inDimension.Sum(l => l.Planned), inDimension.Sum(l => l.Approved), inDimension.Sum(l => l.Spent), inDimension.Sum(l => l.Remaining));
        }).ToList();
        var approvedTotal = lines.Sum(l => l.Approved);
        var spentTotal = deliveries.Sum(d => d.Amount);
        var totals = new SpendingTotals(lines.Sum(l => l.Planned), approvedTotal, spentTotal, approvedTotal - spentTotal);
        var currency = plan?.Currency ?? (await settings.GetAsync(ct)).Currency;
        return new AssistanceOverview(c.Id, c.Reference, name ?? "", currency, plan?.VersionNumber, totals, lines, dimensions, deliveries);
    }

    /// <summary>The proof file of one delivery, or null when the case or the file is not there.</summary>
    public async Task<(byte[] Content, string ContentType, string FileName)?> ProofAsync(Guid caseId, Guid deliveryId, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) return null;
        var proof = await db.AssistanceDeliveries.AsNoTracking().Where(d => d.Id == deliveryId && d.CaseId == caseId)
            .Select(d => new { d.Proof, d.ProofContentType, d.ProofFileName }).FirstOrDefaultAsync(ct);
        return proof?.Proof is null ? null : (proof.Proof, proof.ProofContentType ?? "application/octet-stream", proof.ProofFileName ?? "proof");
    }
}
