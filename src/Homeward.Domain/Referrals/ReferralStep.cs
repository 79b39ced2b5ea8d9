namespace Homeward.Domain.Referrals;

/// <summary>What one party did on a referral, for its history and the case timeline.</summary>
public enum ReferralStep
{
    Sent,
    ExceptionConfirmed,
    Accepted,
    Declined,
    FirstContact,
    ServiceDelivered,
    Completed,
    NotCompleted,
    InformationRequested,
    InformationProvided,
    Withdrawn,
    Feedback,
}
