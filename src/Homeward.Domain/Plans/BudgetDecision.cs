namespace Homeward.Domain.Plans;

/// <summary>A supervisor's approval or rejection of a budget line above the programme's approval limit.</summary>
public static class BudgetDecision
{
    public static void Approve(BudgetLine line, PlanStatus planStatus, string decidedBy, DateTime at)
    {
        CheckDecidable(line, planStatus);
        Decide(line, BudgetApproval.Approved, decidedBy, at);
    }

    public static void Reject(BudgetLine line, PlanStatus planStatus, string? reason, string decidedBy, DateTime at)
    {
        CheckDecidable(line, planStatus);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleException("rejection-reason", "Give the reason for rejecting the budget line.", "reason");
        Decide(line, BudgetApproval.Rejected, decidedBy, at);
    }

    private static void CheckDecidable(BudgetLine line, PlanStatus planStatus)
    {
        if (planStatus == PlanStatus.Superseded)
            throw new DomainRuleException("plan-superseded", "This budget line belongs to a superseded version of the plan.", "lineId", isConflict: true);
        if (line.Approval != BudgetApproval.Pending)
            throw new DomainRuleException("line-not-pending", $"'{line.Description}' does not wait for approval (it is {line.Approval}).", "lineId", isConflict: true);
    }

    private static void Decide(BudgetLine line, BudgetApproval decision, string decidedBy, DateTime at)
    {
        line.Approval = decision;
        line.ApprovedBy = decidedBy;
        line.ApprovedAt = at;
    }
}
