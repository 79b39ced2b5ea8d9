namespace Homeward.Domain.FollowUps;

public enum FollowUpMode
{
    InPerson,
    Phone,
    Remote,
}

/// <summary>A scheduled follow-up of a case, and what was found when it took place.</summary>
public class FollowUpVisit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>Months after return this visit is scheduled for (1, 3, 6…); 0 for an unscheduled visit.</summary>
    public int MonthsAfterReturn { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    public FollowUpMode? Mode { get; set; }
    public string? EconomicFindings { get; set; }
    public string? SocialFindings { get; set; }
    public string? PsychosocialFindings { get; set; }
    public string? PlanAdjustments { get; set; }
    public string? NextSteps { get; set; }
    public string? RecordedBy { get; set; }
    /// <summary>When the overdue job flagged and notified this visit; null while on time or not yet seen.</summary>
    public DateTime? OverdueNotifiedAt { get; set; }

    public bool IsOverdue(DateOnly today) => DoneOn is null && DueOn < today;
}

/// <summary>Builds the follow-up schedule from the programme's months-after-return setting.</summary>
public static class FollowUpSchedule
{
    public static IReadOnlyList<FollowUpVisit> For(Guid caseId, DateOnly returnDate, IEnumerable<int> monthsAfterReturn, DateOnly agreedOn) =>
        monthsAfterReturn.Distinct().Order()
            .Select(m => new FollowUpVisit { CaseId = caseId, MonthsAfterReturn = m, DueOn = returnDate.AddMonths(m) })
            // Visits whose date has passed before the plan was agreed are not scheduled retroactively.
            .Where(v => v.DueOn >= agreedOn)
            .ToList();
}
