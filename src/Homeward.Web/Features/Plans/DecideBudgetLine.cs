using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Plans;

/// <summary>A supervisor approves or rejects a budget line above the programme's approval limit.</summary>
[Infrastructure.ScopedService]
public sealed class DecideBudgetLine(HomewardDbContext db, CaseTimeline timeline, CurrentUser user, PlanMessages messages, IStringLocalizer<SharedResource> L)
{
    public const int MaxReasonLength = 500;

    public async Task<Outcome<BudgetLineView>> RunAsync(Guid caseId, Guid lineId, bool approve, string? reason, CancellationToken ct = default)
    {
        var stage = await db.Cases.Where(c => c.Id == caseId).Select(c => (CaseStage?)c.Stage).FirstOrDefaultAsync(ct);
        if (stage is null) return Outcome<BudgetLineView>.NotFound();
        var line = await db.BudgetLines.FirstOrDefaultAsync(l => l.Id == lineId, ct);
        var plan = line is null ? null : await db.Plans.FirstOrDefaultAsync(p => p.Id == line.PlanId && p.CaseId == caseId, ct);
        if (line is null || plan is null) return Outcome<BudgetLineView>.NotFound();
        if (reason?.Trim().Length > MaxReasonLength)
            return Outcome<BudgetLineView>.Invalid(new FieldErrors().Add("reason", L["Keep this to {0} characters or fewer.", MaxReasonLength]));
        try
        {
            PlanDrafting.CheckStage(stage.Value);
            if (approve) BudgetDecision.Approve(line, plan.Status, user.Name, DateTime.UtcNow);
            else BudgetDecision.Reject(line, plan.Status, reason, user.Name, DateTime.UtcNow);
        }
        catch (DomainRuleException ex)
        {
            return Outcome<BudgetLineView>.Refused(ex, messages.For(ex, new MessageContext(Stage: stage)));
        }

        // A decision changes the plan: an edit made on a copy read before it must not undo it.
        db.Entry(plan).State = EntityState.Modified;
        var what = $"Budget line '{line.Description}' ({line.EstimatedCost:0.00} {line.Currency}) of plan version {plan.VersionNumber}";
        var summary = approve ? $"{what} approved." : $"{what} rejected: {reason!.Trim()}";
        timeline.Add(caseId, CaseEventKind.BudgetLineApproved, summary.Length > 1000 ? summary[..1000] : summary);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<BudgetLineView>.Stale();
        }
        return Outcome<BudgetLineView>.Done(BudgetLineView.From(line));
    }
}
