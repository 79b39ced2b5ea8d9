using Homeward.Domain.Cases;

namespace Homeward.Domain.Plans;

/// <summary>The programme's deadline for agreeing a plan, counted in days after return.</summary>
public static class PlanDeadline
{
    public static DateOnly DueOn(DateOnly returnDate, int deadlineDays) => returnDate.AddDays(deadlineDays);

    public static bool IsLate(DateOnly returnDate, DateOnly? planAgreedOn, int deadlineDays, DateOnly today) =>
        planAgreedOn is null && today > DueOn(returnDate, deadlineDays);

    /// <summary>
    /// The day after the deadline, from which the case's plan is late: still not agreed then (a closed case waits for no
    /// plan), or agreed after it. Null when the plan was agreed in time or the case closed without one.
    /// </summary>
    public static DateOnly? LateFrom(DateOnly returnDate, DateOnly? planAgreedOn, CaseStage stage, int deadlineDays) =>
        planAgreedOn is { } agreed
            ? agreed > DueOn(returnDate, deadlineDays) ? DueOn(returnDate, deadlineDays).AddDays(1) : null
            : stage == CaseStage.Closed ? null : DueOn(returnDate, deadlineDays).AddDays(1);
}
