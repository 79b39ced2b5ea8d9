namespace Homeward.Domain.Referrals;

/// <summary>The rules of a referral's life: which step each party may take from which status, and where it leads.</summary>
public static class ReferralFlow
{
    /// <summary>The steps a partner reports through responses.</summary>
    public static readonly IReadOnlyList<ReferralStep> PartnerSteps =
    [
        ReferralStep.Accepted, ReferralStep.Declined, ReferralStep.FirstContact, ReferralStep.ServiceDelivered,
        ReferralStep.Completed, ReferralStep.NotCompleted, ReferralStep.InformationRequested,
    ];

    public static bool IsOpen(ReferralStatus s) => s is ReferralStatus.Sent or ReferralStatus.Accepted or ReferralStatus.InProgress;

    /// <summary>Applies a partner's step; throws when the referral's status does not allow it or a required note or date is missing.</summary>
    public static void ApplyPartnerStep(Referral r, ReferralStep step, string? note, DateOnly? on, DateOnly today, DateTime now)
    {
        if (!PartnerSteps.Contains(step))
            throw new DomainRuleException("referral-step-unknown", "Choose one of the partner's steps.", "step");
        if (on is { } day && day > today)
            throw new DomainRuleException("referral-date-future", "The date cannot be in the future.", "on");
        switch (step)
        {
            case ReferralStep.Accepted:
                Require(r, step, ReferralStatus.Sent);
                r.Status = ReferralStatus.Accepted;
                r.RespondedAt = now;
                break;
            case ReferralStep.Declined:
                Require(r, step, ReferralStatus.Sent);
                if (string.IsNullOrWhiteSpace(note))
                    throw new DomainRuleException("referral-decline-reason", "Say why the referral is declined.", "note");
                r.Status = ReferralStatus.Declined;
                r.RespondedAt = now;
                r.DeclineReason = note.Trim();
                break;
            case ReferralStep.FirstContact:
                Require(r, step, ReferralStatus.Accepted, ReferralStatus.InProgress);
                if (r.FirstContactOn is not null)
                    throw new DomainRuleException("referral-first-contact-recorded", "First contact is already recorded.", "step", isConflict: true);
                r.FirstContactOn = on ?? today;
                r.Status = ReferralStatus.InProgress;
                break;
            case ReferralStep.ServiceDelivered:
                Require(r, step, ReferralStatus.Accepted, ReferralStatus.InProgress);
                r.ServiceDeliveredOn = on ?? today;
                r.Status = ReferralStatus.InProgress;
                break;
            case ReferralStep.Completed or ReferralStep.NotCompleted:
                Require(r, step, ReferralStatus.Accepted, ReferralStatus.InProgress);
                if (string.IsNullOrWhiteSpace(note))
                    throw new DomainRuleException("referral-outcome", "Describe the outcome.", "note");
                r.Status = step == ReferralStep.Completed ? ReferralStatus.Completed : ReferralStatus.NotCompleted;
                r.Outcome = note.Trim();
                break;
            case ReferralStep.InformationRequested:
                Require(r, step, ReferralStatus.Sent, ReferralStatus.Accepted, ReferralStatus.InProgress);
                if (string.IsNullOrWhiteSpace(note))
                    throw new DomainRuleException("referral-question", "Say what information is needed.", "note");
                break;
        }
    }

    /// <summary>The sender withdraws a referral that is not yet finished.</summary>
    public static void Withdraw(Referral r)
    {
        if (r.Status is ReferralStatus.Withdrawn or ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.NotCompleted)
            throw new DomainRuleException("referral-finished", $"A referral that is {r.Status} cannot be withdrawn.", "status", isConflict: true);
        r.Status = ReferralStatus.Withdrawn;
    }

    private static void Require(Referral r, ReferralStep step, params ReferralStatus[] allowed)
    {
        if (!allowed.Contains(r.Status))
            throw new DomainRuleException("referral-status", $"{step} is not possible while the referral is {r.Status}.", "step", isConflict: true);
    }
}
