using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.ServiceMap;

namespace Homeward.Web.Features.Referrals;

/// <summary>POST /cases/{id}/referrals. Without <see cref="SharedFields"/> only the minimum is shared: name, contact, the need.</summary>
public sealed record ReferralInput
{
    public Guid? ServiceId { get; init; }
    public Guid? PlanActivityId { get; init; }
    /// <summary>The need in words; taken from the plan activity when one is named.</summary>
    public string? Need { get; init; }
    public string? Reason { get; init; }
    public string? Urgency { get; init; }
    public string? Requested { get; init; }
    public IReadOnlyList<string>? SharedFields { get; init; }
    /// <summary>False keeps it as a draft; true (the default) sends it at once.</summary>
    public bool Send { get; init; } = true;
    public ConsentExceptionInput? ConsentException { get; init; }
}

/// <summary>The handbook's exception to consent: life at risk or lack of capacity, determined by a mental health professional.</summary>
public sealed record ConsentExceptionInput(string? Ground, string? DecidedBy, string? Why);

/// <summary>POST /referrals/{id}/responses: a partner's step ("Accepted", "Declined", "FirstContact", "ServiceDelivered", "Completed", "NotCompleted", "InformationRequested").</summary>
public sealed record ResponseInput(string? Step, string? Note, DateOnly? On);

public sealed record NoteInput(string? Note);

public sealed record FeedbackInput(int? Rating, string? Comment);

public sealed record ReferralUpdateView(DateTime At, ReferralStep Step, string? Note, string ByName, bool ByPartner);

/// <summary>A referral as the sender's office sees it.</summary>
public sealed record ReferralView(
    Guid Id, Guid CaseId, string CaseReference, string ReturneeName, Guid ServiceId, string ServiceName, Guid OrganisationId, string OrganisationName,
    Guid? PlanActivityId, string Need, string Reason, ReferralUrgency Urgency, string Requested, IReadOnlyList<SharedField> SharedFields,
    ReferralStatus Status, DateTime CreatedAt, string CreatedBy, DateTime? SentAt, DateOnly? RespondBy, bool IsOverdue,
    string? DeclineReason, DateOnly? FirstContactOn, DateOnly? ServiceDeliveredOn, string? Outcome,
    ConsentExceptionGround? ExceptionGround, string? ExceptionDecidedBy, string? ExceptionWhy, string? ExceptionConfirmedBy, bool AwaitingConfirmation,
    int? FeedbackRating, string? FeedbackComment, IReadOnlyList<ReferralUpdateView> Updates);

/// <summary>
/// A referral as the receiving partner sees it: what is asked and the fields shared, nothing of the case itself.
/// A field not shared is absent from <see cref="Shared"/>.
/// </summary>
public sealed record PartnerReferralView(
    Guid Id, string ServiceName, string ReferredBy, ReferralUrgency Urgency, string Reason, string Requested, ReferralStatus Status,
    DateTime? SentAt, DateOnly? RespondBy, DateOnly? FirstContactOn, DateOnly? ServiceDeliveredOn, string? Outcome, string? DeclineReason,
    IReadOnlyDictionary<SharedField, string?> Shared, IReadOnlyList<ReferralUpdateView> Updates);

/// <summary>A service the case manager can refer this returnee to, and why another one would not fit.</summary>
public sealed record MatchingService(ServiceView Service, bool ServesThePlace, bool Eligible, bool HasFreeCapacity)
{
    public bool Matches => ServesThePlace && Eligible && HasFreeCapacity;
}
