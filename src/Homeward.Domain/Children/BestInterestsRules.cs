using Homeward.Domain.Cases;

namespace Homeward.Domain.Children;

/// <summary>The best-interests rules of the family case: forced returns, and the assessments a family plan waits for.</summary>
public static class BestInterestsRules
{
    /// <summary>The question of the best-interests instruments that gives the assessor's view of return.</summary>
    public const string ReturnQuestion = "return_in_best_interests";

    /// <summary>The finding from the answer; a forced return is never recorded as being in the child's best interests.</summary>
    public static ReturnFinding ReturnFindingFrom(string? answer, ReturnType returnType)
    {
        var finding = answer switch
        {
            "in_best_interests" => ReturnFinding.InBestInterests,
            "not_in_best_interests" => ReturnFinding.NotInBestInterests,
            _ => ReturnFinding.NotDetermined,
        };
        if (finding == ReturnFinding.InBestInterests && returnType == ReturnType.Forced)
            throw new DomainRuleException("forced-return-best-interests",
                "This child's return was forced: a forced return is never recorded as being in the child's best interests.", ReturnQuestion);
        return finding;
    }

    /// <summary>A family plan is agreed only when each child has a best-interests assessment or a supervisor's recorded reason.</summary>
    public static void CheckPlanAgreement(IReadOnlyCollection<string> childrenWithoutAssessment)
    {
        if (childrenWithoutAssessment.Count > 0)
            throw new DomainRuleException("children-without-bia",
                $"Each child needs at least a short best-interests assessment before the family plan is agreed, or a supervisor's reason why not: {string.Join(", ", childrenWithoutAssessment)}.",
                "children", isConflict: true);
    }

    public static void CheckOpen(CaseStage stage)
    {
        if (stage == CaseStage.Closed)
            throw new DomainRuleException("case-closed", "The case is closed: reopen it to record this.", "case", isConflict: true);
    }

    public static void CheckWaiverReason(string? reason) =>
        ChildRules.Require(reason, 1000, "waiver-reason", "Give the reason the plan may be agreed without this child's best-interests assessment.", "reason");
}
