using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Children;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Cases;

/// <summary>
/// Moves a case through its stages: transitions, closure (with a supervisor's approval where the programme asks
/// for it, and always for a case with children, whose participation and final best-interests review come first),
/// the returnee's opt-out, and reopening. Each call saves the change and its timeline entry together, or nothing.
/// </summary>
[ScopedService]
public sealed class CaseWorkflow(HomewardDbContext db, CaseTimeline timeline, CurrentUser user, ProgrammeSettingsStore settings, ChildClosureGate children)
{
    public sealed record Outcome(CaseStage Stage, int Version, bool PendingApproval);

    public Task<Outcome?> MoveAsync(Guid caseId, int version, CaseStage to, CancellationToken ct = default) =>
        ChangeAsync(caseId, version, async c =>
        {
            var from = c.Stage;
            var hasAgreedPlan = c.PlanAgreedOn is not null
                || await db.Plans.AnyAsync(p => p.CaseId == c.Id && p.Status == PlanStatus.Agreed, ct);
            CaseLifecycle.MoveTo(c, to, hasAgreedPlan);
            timeline.Add(c.Id, CaseEventKind.StageChanged, $"Moved from {from} to {to}.");
            return false;
        }, ct);

    public Task<Outcome?> CloseAsync(Guid caseId, int version, ClosureReason? reason, OptOutReason? optOut, string? note, CancellationToken ct = default) =>
        ChangeAsync(caseId, version, async c =>
        {
            var programme = await settings.GetAsync(ct);
            var hasChildren = await children.HasChildrenAsync(c, ct);
            if (c.Stage != CaseStage.Closed && reason is not null) await children.CheckAsync(c, ct);
            var closed = CaseLifecycle.Close(c, reason, optOut, note, DateTime.UtcNow, programme.ClosureRequiresApproval || hasChildren, user.IsSupervisor, user.Id);
            timeline.Add(c.Id, closed ? CaseEventKind.Closed : CaseEventKind.ClosureRequested,
                closed ? $"Closed: {reason}{Sub(optOut)}." : $"Closure requested ({reason}{Sub(optOut)}); waiting for a supervisor's approval.");
            return !closed;
        }, ct);

    public Task<Outcome?> OptOutAsync(Guid caseId, int version, OptOutReason? why, string? note, CancellationToken ct = default) =>
        ChangeAsync(caseId, version, c =>
        {
            CaseLifecycle.OptOut(c, why, note, DateTime.UtcNow);
            timeline.Add(c.Id, CaseEventKind.OptedOut, $"The returnee chose to stop ({why}); case closed.");
            return Task.FromResult(false);
        }, ct);

    public Task<Outcome?> ApproveClosureAsync(Guid caseId, int version, CancellationToken ct = default) =>
        ChangeAsync(caseId, version, async c =>
        {
            RequireSupervisor();
            var reason = c.PendingClosureReason;
            if (reason is not null) await children.CheckAsync(c, ct);
            CaseLifecycle.ApproveClosure(c, DateTime.UtcNow);
            timeline.Add(c.Id, CaseEventKind.ClosureApproved, $"Closure approved ({reason}); case closed.");
            return false;
        }, ct);

    public Task<Outcome?> RejectClosureAsync(Guid caseId, int version, string? reason, CancellationToken ct = default) =>
        ChangeAsync(caseId, version, c =>
        {
            RequireSupervisor();
            if (c.PendingClosureReason is null)
                throw new DomainRuleException("no-pending-closure", "This case has no closure waiting for approval.", isConflict: true);
            if (string.IsNullOrWhiteSpace(reason))
                throw new DomainRuleException("reject-needs-reason", "Say why the closure is not approved.", "reason");
            c.PendingClosureReason = null;
            c.PendingOptOutReason = null;
            c.PendingClosureNote = null;
            c.PendingClosureRequestedBy = null;
            timeline.Add(c.Id, CaseEventKind.ClosureRequested, $"Closure not approved: {reason}");
            return Task.FromResult(false);
        }, ct);

    public Task<Outcome?> ReopenAsync(Guid caseId, int version, string? reason, CancellationToken ct = default) =>
        ChangeAsync(caseId, version, async c =>
        {
            CaseLifecycle.Reopen(c, reason);
            c.NextFollowUpDueOn = await db.FollowUps.Where(v => v.CaseId == c.Id && v.DoneOn == null).MinAsync(v => (DateOnly?)v.DueOn, ct);
            timeline.Add(c.Id, CaseEventKind.Reopened, $"Reopened at {c.Stage}: {reason}");
            return false;
        }, ct);

    /// <summary>Loads the case in scope, checks the caller's copy is current, applies the change and saves it with its timeline entry.</summary>
    private async Task<Outcome?> ChangeAsync(Guid caseId, int version, Func<Case, Task<bool>> change, CancellationToken ct)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        if (c.Version != version) throw new StaleEditException("case");
        db.Entry(c).Property(x => x.Version).OriginalValue = version;
        var pending = await change(c);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleEditException("case");
        }
        return new Outcome(c.Stage, c.Version, pending);
    }

    private void RequireSupervisor()
    {
        if (!user.IsSupervisor)
            throw new DomainRuleException("supervisor-only", "Only a supervisor can decide on a closure.", isConflict: true);
    }

    private static string Sub(OptOutReason? optOut) => optOut is { } o ? $", {o}" : "";
}
