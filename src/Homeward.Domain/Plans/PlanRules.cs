namespace Homeward.Domain.Plans;

/// <summary>The programme's limits on a plan's budget and what may be paid against a line.</summary>
public static class PlanRules
{
    /// <summary>Checks a draft's budget against the per-case ceiling; marks lines above the limit as needing approval.</summary>
    public static void ApplyBudgetRules(ReintegrationPlan plan, decimal perCaseCeiling, decimal approvalLimit, string currency)
    {
        for (var i = 0; i < plan.BudgetLines.Count; i++)
        {
            var line = plan.BudgetLines[i];
            if (line.EstimatedCost <= 0)
                throw new DomainRuleException("budget-amount", $"Budget line {i + 1}: the estimated cost must be more than zero.", $"budgetLines[{i}].estimatedCost");
            if (!string.Equals(line.Currency, currency, StringComparison.OrdinalIgnoreCase))
                throw new DomainRuleException("budget-currency", $"Budget line {i + 1}: the programme budgets in {currency}, not {line.Currency}.", $"budgetLines[{i}].currency");
            if (line.Approval is BudgetApproval.Approved or BudgetApproval.Rejected) continue;
            line.Approval = line.EstimatedCost > approvalLimit ? BudgetApproval.Pending : BudgetApproval.NotRequired;
        }
        if (plan.Total > perCaseCeiling)
            throw new DomainRuleException("budget-over-ceiling",
                $"The budget totals {plan.Total:0.00} {currency}, above the programme's ceiling of {perCaseCeiling:0.00} {currency} per case.", "budgetLines");
    }

    /// <summary>The amount that may be paid against a line in total, or zero while it waits for approval or was rejected.</summary>
    public static decimal PayableAmount(BudgetLine line) => line.Approval switch
    {
        BudgetApproval.NotRequired or BudgetApproval.Approved => line.EstimatedCost,
        _ => 0,
    };

    /// <summary>Refuses a payment that would take a line's spending above what was approved.</summary>
    public static void CheckPayment(BudgetLine line, decimal alreadySpent, decimal amount)
    {
        if (amount <= 0)
            throw new DomainRuleException("delivery-amount", "The amount delivered must be more than zero.", "amount");
        if (line.Approval == BudgetApproval.Pending)
            throw new DomainRuleException("line-needs-approval", $"'{line.Description}' is above the approval limit and waits for a supervisor's approval.", "budgetLineId", isConflict: true);
        if (line.Approval == BudgetApproval.Rejected)
            throw new DomainRuleException("line-rejected", $"'{line.Description}' was not approved; nothing can be paid against it.", "budgetLineId", isConflict: true);
        if (alreadySpent + amount > PayableAmount(line))
            throw new DomainRuleException("line-overspent",
                $"'{line.Description}' has {PayableAmount(line) - alreadySpent:0.00} {line.Currency} left of {PayableAmount(line):0.00}; {amount:0.00} would exceed it. A higher amount needs a revised plan and a new approval.", "amount", isConflict: true);
    }
}
