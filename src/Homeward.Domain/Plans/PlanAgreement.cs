namespace Homeward.Domain.Plans;

/// <summary>The returnee agrees a draft: it becomes the version in force and the one before it is superseded.</summary>
public static class PlanAgreement
{
    public static void Agree(ReintegrationPlan draft, ReintegrationPlan? inForce, DateOnly? agreedOn, string? method, DateOnly today)
    {
        if (draft.Status != PlanStatus.Draft)
            throw new DomainRuleException("plan-not-draft", $"Version {draft.VersionNumber} is {draft.Status}; only a draft can be agreed.", "plan", isConflict: true);
        if (agreedOn is null)
            throw new DomainRuleException("agreement-date", "Enter the date the returnee agreed the plan.", "agreedOn");
        if (agreedOn > today)
            throw new DomainRuleException("agreement-date-future", "The agreement date cannot be in the future.", "agreedOn");
        if (string.IsNullOrWhiteSpace(method))
            throw new DomainRuleException("agreement-method", "Say how the returnee agreed the plan.", "method");
        if (draft.Activities.Count == 0)
            throw new DomainRuleException("plan-without-activity", "The plan has no activity: add at least one before the returnee agrees it.", "activities", isConflict: true);

        if (inForce is not null) inForce.Status = PlanStatus.Superseded;
        draft.Status = PlanStatus.Agreed;
        draft.AgreedOn = agreedOn;
        draft.AgreementMethod = method.Trim();
    }
}
