using Homeward.Domain.Cases;

namespace Homeward.Domain.Children;

/// <summary>
/// The rules of a best interests determination: a panel of at least <see cref="Quorum"/> named members, each having signed
/// the confidentiality undertaking, decides among the durable solutions with reasons; its supervisor, who is not the one
/// who recorded the decision, approves it; a review, an appeal or a reopening keeps the history.
/// </summary>
public static class DeterminationRules
{
    /// <summary>A multidisciplinary panel: at least three members.</summary>
    public const int Quorum = 3;

    public static void CheckNoneOpen(bool anotherInProgress)
    {
        if (anotherInProgress)
            throw new DomainRuleException("determination-open", "A determination for this child is already in progress: complete it, or appeal or reopen it.", "determination", isConflict: true);
    }

    public static DeterminationPanelMember AddMember(BestInterestsDetermination d, string? name, string? function)
    {
        CheckConvened(d);
        ChildRules.Require(name, 200, "panel-name", "Give the panel member's name.", "name");
        ChildRules.Require(function, 200, "panel-function", "Give the panel member's function (child protection officer, social worker…).", "function");
        if (d.Panel.Any(m => string.Equals(m.Name.Trim(), name!.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleException("panel-duplicate", $"{name!.Trim()} is already on the panel.", "name");
        var member = new DeterminationPanelMember { DeterminationId = d.Id, Name = name!.Trim(), Function = function!.Trim() };
        d.Panel.Add(member);
        return member;
    }

    public static void SignUndertaking(BestInterestsDetermination d, DeterminationPanelMember member, DateOnly? signedOn, DateOnly today)
    {
        CheckConvened(d);
        ChildRules.CheckDay(signedOn ?? default, today, "signedOn");
        if (member.UndertakingSignedOn is not null)
            throw new DomainRuleException("undertaking-signed", $"{member.Name} already signed the confidentiality undertaking.", "memberId", isConflict: true);
        member.UndertakingSignedOn = signedOn;
    }

    public static void Decide(BestInterestsDetermination d, DurableSolution? decision, string? reasons, DateOnly? decidedOn, DateOnly today, ReturnType returnType)
    {
        CheckConvened(d);
        if (decision is null || !Enum.IsDefined(decision.Value))
            throw new DomainRuleException("decision-missing", "Choose the panel's decision: return and reintegration, local integration, or resettlement in a third country.", "decision");
        ChildRules.Require(reasons, 4000, "decision-reasons", "Give the reasons for the decision.", "reasons");
        ChildRules.CheckDay(decidedOn ?? default, today, "decidedOn");
        if (decision == DurableSolution.ReturnAndReintegration && returnType == ReturnType.Forced)
            throw new DomainRuleException("forced-return-best-interests",
                "This child's return was forced: a forced return is never recorded as being in the child's best interests.", "decision");
        if (d.Panel.Count < Quorum)
            throw new DomainRuleException("panel-quorum", $"The panel has {d.Panel.Count} members; a determination needs at least {Quorum}.", "panel", isConflict: true);
        var unsigned = d.Panel.Where(m => m.UndertakingSignedOn is null).Select(m => m.Name).ToList();
        if (unsigned.Count > 0)
            throw new DomainRuleException("undertaking-missing",
                $"Every panel member signs the confidentiality undertaking before the decision: {string.Join(", ", unsigned)}.", "panel", isConflict: true);
        d.Decision = decision;
        d.Reasons = reasons!.Trim();
        d.DecidedOn = decidedOn;
        d.Status = DeterminationStatus.Decided;
    }

    public static void Approve(BestInterestsDetermination d, Guid? approverId, string approverName)
    {
        if (d.Status != DeterminationStatus.Decided)
            throw new DomainRuleException("determination-not-decided", "Only a decided determination waits for approval.", "determination", isConflict: true);
        // The panel's supervisor checks the decision: not the one who recorded it, nor a member of the panel.
        if (approverId is not null && approverId == d.DecidedById
            || d.Panel.Any(m => string.Equals(m.Name, approverName, StringComparison.OrdinalIgnoreCase)))
            throw new DomainRuleException("approver-conflict", "The supervisor who approves a determination cannot have recorded it or sat on its panel.", "determination", isConflict: true);
        d.Status = DeterminationStatus.Approved;
    }

    /// <summary>A review keeps the decision; an appeal or a reopening sends it back to the panel. Both need a reason.</summary>
    public static void Revise(BestInterestsDetermination d, DeterminationEventKind kind, string? reason)
    {
        if (kind is not (DeterminationEventKind.Reviewed or DeterminationEventKind.Appealed or DeterminationEventKind.Reopened))
            throw new DomainRuleException("revision-kind", "Choose a review, an appeal or a reopening.", "kind");
        ChildRules.Require(reason, 2000, "revision-reason", "Give the reason for the review, appeal or reopening.", "reason");
        if (d.Status == DeterminationStatus.Convened)
            throw new DomainRuleException("determination-not-decided", "The panel has not decided yet: there is nothing to review, appeal or reopen.", "determination", isConflict: true);
        if (kind == DeterminationEventKind.Reviewed) return;
        d.Status = DeterminationStatus.Convened;
        d.Decision = null;
        d.Reasons = null;
        d.DecidedOn = null;
        d.DecidedById = null;
        d.DecidedBy = null;
        d.ApprovedById = null;
        d.ApprovedBy = null;
        d.ApprovedAt = null;
    }

    private static void CheckConvened(BestInterestsDetermination d)
    {
        if (d.Status != DeterminationStatus.Convened)
            throw new DomainRuleException("determination-decided", "The panel has decided: appeal or reopen the determination to change it.", "determination", isConflict: true);
    }
}
