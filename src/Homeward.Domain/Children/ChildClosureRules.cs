namespace Homeward.Domain.Children;

/// <summary>
/// Closing a case with children: each child takes part in the decision to close (their participation recorded at the closure step,
/// heard or the reason they could not be) and has a final best-interests review; the closure then waits for a supervisor's approval.
/// </summary>
public static class ChildClosureRules
{
    /// <summary>A final review is a best-interests assessment on or after the day the family plan was agreed, or any when no plan was agreed.</summary>
    public static bool IsFinalReview(DateOnly conductedOn, DateOnly? planAgreedOn) => planAgreedOn is not { } agreed || conductedOn >= agreed;

    public static void Check(IReadOnlyCollection<string> withoutClosureParticipation, IReadOnlyCollection<string> withoutFinalReview)
    {
        if (withoutClosureParticipation.Count > 0)
            throw new DomainRuleException("children-closure-participation",
                $"Each child takes part in the decision to close the case: record their participation at the closure step first: {string.Join(", ", withoutClosureParticipation)}.",
                "children", isConflict: true);
        if (withoutFinalReview.Count > 0)
            throw new DomainRuleException("children-final-review",
                $"Each child needs a final best-interests review (an assessment since the family plan was agreed) before the case is closed: {string.Join(", ", withoutFinalReview)}.",
                "children", isConflict: true);
    }
}
