namespace Homeward.Domain.Cases;

/// <summary>
/// A returnee's reintegration case: one principal returnee (and their household), one office, one case manager,
/// moving through the stages of the case-management cycle under the rules in <see cref="CaseLifecycle"/>.
/// </summary>
public class Case
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>Human-readable reference, such as HW-SN-2026-00042.</summary>
    public required string Reference { get; set; }
    public Guid PrincipalPersonId { get; set; }
    public Guid? HouseholdId { get; set; }
    public Guid OfficeId { get; set; }
    public Guid? CaseManagerId { get; set; }
    public CaseStage Stage { get; set; } = CaseStage.Registered;

    public required string HostCountry { get; set; }
    public DateOnly ReturnDate { get; set; }
    public ReturnType ReturnType { get; set; }
    public Guid? ReturnLocationId { get; set; }
    public string? MigrationHistory { get; set; }
    public bool VulnerabilityFlag { get; set; }

    public DateTime OpenedAt { get; set; } = DateTime.UtcNow;
    public DateTime? ClosedAt { get; set; }
    public ClosureReason? ClosureReason { get; set; }
    public OptOutReason? OptOutReason { get; set; }
    public string? ClosureNote { get; set; }
    /// <summary>The stage the case was in when it was closed, so reopening returns to it.</summary>
    public CaseStage? StageBeforeClosure { get; set; }

    /// <summary>A closure asked for by a case manager, waiting for a supervisor where the programme requires it.</summary>
    public ClosureReason? PendingClosureReason { get; set; }
    public OptOutReason? PendingOptOutReason { get; set; }
    public string? PendingClosureNote { get; set; }
    public Guid? PendingClosureRequestedBy { get; set; }

    public DateOnly? PlanAgreedOn { get; set; }
    /// <summary>
    /// The first day the case counts as late for its plan (see <see cref="Plans.PlanDeadline.LateFrom"/>), or null when it
    /// never will; kept in step on every save and when the programme's deadline changes, so that the caseload filters on it.
    /// </summary>
    public DateOnly? PlanLateFrom { get; set; }
    /// <summary>The earliest follow-up not yet done, kept in step by the follow-up use cases for fast caseload filters.</summary>
    public DateOnly? NextFollowUpDueOn { get; set; }
    public int AssessmentCount { get; set; }
    /// <summary>When the retention policy removed the identifiers of this closed case and its people.</summary>
    public DateTime? AnonymisedAt { get; set; }

    /// <summary>Optimistic concurrency: every save increments it; a stale edit is refused.</summary>
    public int Version { get; set; }
}
