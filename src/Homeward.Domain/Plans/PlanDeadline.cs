namespace Homeward.Domain.Plans;

/// <summary>The programme's deadline for agreeing a plan, counted in days after return.</summary>
public static class PlanDeadline
{
    public static DateOnly DueOn(DateOnly returnDate, int deadlineDays) => returnDate.AddDays(deadlineDays);

    public static bool IsLate(DateOnly returnDate, DateOnly? planAgreedOn, int deadlineDays, DateOnly today) =>
        planAgreedOn is null && today > DueOn(returnDate, deadlineDays);
}
