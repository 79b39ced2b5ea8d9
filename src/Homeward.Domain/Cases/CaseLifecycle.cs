namespace Homeward.Domain.Cases;

/// <summary>
/// The handbook's case-management cycle as rules: which stage may follow which, and what each step needs.
/// Every method either changes the case completely or throws <see cref="DomainRuleException"/> and leaves it as it was.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStage, CaseStage[]> Forward = new()
    {
        [CaseStage.Registered] = [CaseStage.Assessment],
        [CaseStage.Assessment] = [CaseStage.Planning],
        [CaseStage.Planning] = [CaseStage.Implementation, CaseStage.Assessment],
        [CaseStage.Implementation] = [CaseStage.Monitoring],
        [CaseStage.Monitoring] = [CaseStage.Implementation],
        [CaseStage.Closed] = [],
    };

    public static IReadOnlyList<CaseStage> NextStages(CaseStage from) => Forward[from];

    /// <summary>Moves the case to <paramref name="to"/>; closing and reopening have their own methods.</summary>
    public static void MoveTo(Case c, CaseStage to, bool hasAgreedPlan)
    {
        if (to == CaseStage.Closed)
            throw new DomainRuleException("closure-needs-reason", "A case is closed with a closure reason: use the close action.", "to");
        if (c.Stage == CaseStage.Closed)
            throw new DomainRuleException("case-closed", "The case is closed: reopen it with a reason first.", "to", isConflict: true);
        if (!Forward[c.Stage].Contains(to))
            throw new DomainRuleException("illegal-transition",
                $"A case cannot move from {c.Stage} to {to}. From {c.Stage} it can move to: {string.Join(", ", Forward[c.Stage])}.", "to", isConflict: true);
        if (to == CaseStage.Planning && c.AssessmentCount == 0)
            throw new DomainRuleException("plan-needs-assessment", "Planning needs at least one assessment recorded on the case.", "to", isConflict: true);
        if (to == CaseStage.Implementation && !hasAgreedPlan)
            throw new DomainRuleException("implementation-needs-agreed-plan", "Implementation needs a reintegration plan agreed with the returnee.", "to", isConflict: true);
        c.Stage = to;
    }

    /// <summary>
    /// Closes the case, or records a pending closure when the programme requires a supervisor's approval and the
    /// person closing is not a supervisor. Returns true when the case is now closed.
    /// </summary>
    public static bool Close(Case c, ClosureReason? reason, OptOutReason? optOut, string? note, DateTime now,
        bool approvalRequired, bool actorIsSupervisor, Guid? actorId)
    {
        if (c.Stage == CaseStage.Closed)
            throw new DomainRuleException("case-closed", "The case is already closed.", "reason", isConflict: true);
        if (reason is null)
            throw new DomainRuleException("closure-needs-reason", "Choose a closure reason.", "reason");
        if (reason == Cases.ClosureReason.ReturneeChoseToStop && optOut is null)
            throw new DomainRuleException("opt-out-needs-reason", "Say why the returnee chose to stop.", "optOutReason");
        if (approvalRequired && !actorIsSupervisor)
        {
            c.PendingClosureReason = reason;
            c.PendingOptOutReason = optOut;
            c.PendingClosureNote = note;
            c.PendingClosureRequestedBy = actorId;
            return false;
        }
        Complete(c, reason.Value, optOut, note, now);
        return true;
    }

    /// <summary>The returnee opts out: one action, at any stage, closes the case at once without approval.</summary>
    public static void OptOut(Case c, OptOutReason? why, string? note, DateTime now)
    {
        if (c.Stage == CaseStage.Closed)
            throw new DomainRuleException("case-closed", "The case is already closed.", "optOutReason", isConflict: true);
        if (why is null)
            throw new DomainRuleException("opt-out-needs-reason", "Say why the returnee chose to stop.", "optOutReason");
        Complete(c, Cases.ClosureReason.ReturneeChoseToStop, why, note, now);
    }

    /// <summary>A supervisor approves a pending closure.</summary>
    public static void ApproveClosure(Case c, DateTime now)
    {
        if (c.PendingClosureReason is not { } reason)
            throw new DomainRuleException("no-pending-closure", "This case has no closure waiting for approval.", isConflict: true);
        Complete(c, reason, c.PendingOptOutReason, c.PendingClosureNote, now);
    }

    public static void Reopen(Case c, string? reason)
    {
        if (c.Stage != CaseStage.Closed)
            throw new DomainRuleException("case-not-closed", "Only a closed case can be reopened.", "reason", isConflict: true);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("reopen-needs-reason", "Give the reason for reopening the case.", "reason");
        c.Stage = c.StageBeforeClosure ?? CaseStage.Assessment;
        c.ClosedAt = null;
        c.ClosureReason = null;
        c.OptOutReason = null;
        c.ClosureNote = null;
        c.StageBeforeClosure = null;
    }

    private static void Complete(Case c, ClosureReason reason, OptOutReason? optOut, string? note, DateTime now)
    {
        c.StageBeforeClosure = c.Stage;
        c.Stage = CaseStage.Closed;
        c.ClosedAt = now;
        c.ClosureReason = reason;
        c.OptOutReason = reason == Cases.ClosureReason.ReturneeChoseToStop ? optOut : null;
        c.ClosureNote = note;
        // A closed case has no follow-up due; reopening recomputes it from the visits still open.
        c.NextFollowUpDueOn = null;
        c.PendingClosureReason = null;
        c.PendingOptOutReason = null;
        c.PendingClosureNote = null;
        c.PendingClosureRequestedBy = null;
    }
}
