using Homeward.Domain.Cases;

namespace Homeward.Domain.Plans;

/// <summary>When a plan may be drafted, and what a new draft keeps from the versions before it.</summary>
public static class PlanDrafting
{
    public static bool StageAllowsPlan(CaseStage stage) =>
        stage is CaseStage.Planning or CaseStage.Implementation or CaseStage.Monitoring;

    public static void CheckStage(CaseStage stage)
    {
        if (!StageAllowsPlan(stage))
            throw new DomainRuleException("plan-stage",
                $"A plan is worked on when the case is in Planning, Implementation or Monitoring; this case is in {stage}.", "stage", isConflict: true);
    }

    /// <summary>
    /// A supervisor's decision stays with a line the draft keeps (same <see cref="BudgetLine.LineKey"/>): an approval
    /// while the cost does not rise, a rejection while the line is unchanged. Anything else is decided afresh by
    /// <see cref="PlanRules.ApplyBudgetRules"/>.
    /// </summary>
    public static void CarryDecision(BudgetLine line, BudgetLine? before)
    {
        var keeps = before switch
        {
            { Approval: BudgetApproval.Approved } => line.EstimatedCost <= before.EstimatedCost,
            { Approval: BudgetApproval.Rejected } => line.EstimatedCost == before.EstimatedCost && line.Description == before.Description,
            _ => false,
        };
        line.Approval = keeps ? before!.Approval : BudgetApproval.NotRequired;
        line.ApprovedBy = keeps ? before!.ApprovedBy : null;
        line.ApprovedAt = keeps ? before!.ApprovedAt : null;
    }

    /// <summary>Refuses a draft that drops a line with assistance delivered against it, or budgets it below what was spent.</summary>
    public static void CheckSpending(ReintegrationPlan draft, IReadOnlyDictionary<Guid, decimal> spentByLineKey, IReadOnlyDictionary<Guid, string> descriptionByLineKey)
    {
        for (var i = 0; i < draft.BudgetLines.Count; i++)
        {
            var line = draft.BudgetLines[i];
            if (spentByLineKey.TryGetValue(line.LineKey, out var spent) && line.EstimatedCost < spent)
                throw new DomainRuleException("budget-below-spent",
                    $"Budget line {i + 1}: {spent:0.00} {line.Currency} was already delivered against it; the estimated cost cannot be lower.", $"budgetLines[{i}].estimatedCost");
        }
        foreach (var (key, spent) in spentByLineKey)
        {
            if (spent > 0 && draft.BudgetLines.All(l => l.LineKey != key))
                throw new DomainRuleException("budget-line-spent",
                    $"'{descriptionByLineKey.GetValueOrDefault(key, "A budget line")}' has {spent:0.00} delivered against it: keep it in the plan.", "budgetLines");
        }
    }
}
