namespace Homeward.Domain.Referrals;

/// <summary>Where a referral stands: Draft → Sent → Accepted / Declined → InProgress → Completed / NotCompleted; Withdrawn by the sender.</summary>
public enum ReferralStatus
{
    Draft,
    Sent,
    Accepted,
    Declined,
    InProgress,
    Completed,
    NotCompleted,
    Withdrawn,
}

public enum ReferralUrgency
{
    Routine,
    Urgent,
    Emergency,
}

/// <summary>The handbook's only grounds for a referral without the returnee's consent, as determined by a mental health professional.</summary>
public enum ConsentExceptionGround
{
    LifeAtRisk,
    LackOfCapacity,
}
