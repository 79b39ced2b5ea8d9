namespace Homeward.Domain.Referrals;

/// <summary>
/// A referral of a returnee to a partner's service: why, how urgently, what is asked, and exactly which fields of the
/// case are shared. The shared values are copied when it is sent, so the partner never reads the case itself.
/// </summary>
public class Referral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid ServiceId { get; set; }
    /// <summary>The receiving organisation, the owner of <see cref="ServiceId"/>: its partner users see the referral.</summary>
    public Guid OrganisationId { get; set; }
    /// <summary>The plan activity marked "referral required" the referral was made from (plan activities are replaced when a draft is saved).</summary>
    public Guid? PlanActivityId { get; set; }
    /// <summary>The need, in the words of the plan activity.</summary>
    public required string Need { get; set; }
    public required string Reason { get; set; }
    public ReferralUrgency Urgency { get; set; }
    public required string Requested { get; set; }
    /// <summary>The fields chosen for sharing, comma-separated names of <see cref="SharedField"/>.</summary>
    public required string SharedFieldNames { get; set; }

    public ReferralStatus Status { get; set; } = ReferralStatus.Draft;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public Guid? CreatedById { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>The day by which the partner agreed to answer (the service's response time after sending).</summary>
    public DateOnly? RespondBy { get; set; }
    public DateTime? RespondedAt { get; set; }
    public string? DeclineReason { get; set; }
    public DateOnly? FirstContactOn { get; set; }
    public DateOnly? ServiceDeliveredOn { get; set; }
    public string? Outcome { get; set; }
    public DateTime? OverdueNotifiedAt { get; set; }

    /// <summary>Sent without consent on the handbook's exception; flagged for the data protection officer.</summary>
    public ConsentExceptionGround? ExceptionGround { get; set; }
    /// <summary>The mental health professional who determined the exception.</summary>
    public string? ExceptionDecidedBy { get; set; }
    public string? ExceptionWhy { get; set; }
    public string? ExceptionConfirmedBy { get; set; }
    public DateTime? ExceptionConfirmedAt { get; set; }
    /// <summary>Set when the sender asked to send it at once: the supervisor's confirmation of the exception sends it.</summary>
    public bool SendWhenConfirmed { get; set; }

    public int? FeedbackRating { get; set; }
    public string? FeedbackComment { get; set; }

    public List<ReferralSharedValue> SharedValues { get; set; } = [];
    public List<ReferralUpdate> Updates { get; set; } = [];

    public IReadOnlyList<SharedField> Shared => SharedFieldNames.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(n => Enum.Parse<SharedField>(n)).ToList();

    /// <summary>Sent and not yet answered past the day the partner agreed to answer by.</summary>
    public bool IsOverdue(DateOnly today) => Status == ReferralStatus.Sent && RespondBy is { } by && today > by;
}

/// <summary>The value of one shared field as it was when the referral was sent.</summary>
public class ReferralSharedValue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public SharedField Field { get; set; }
    public string? Value { get; set; }
}

/// <summary>One step on a referral by the sender or the partner, with its note.</summary>
public class ReferralUpdate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ReferralId { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
    public ReferralStep Step { get; set; }
    public string? Note { get; set; }
    public required string ByName { get; set; }
    public bool ByPartner { get; set; }
}
