namespace Homeward.Web.Features.FollowUps;

/// <summary>Where a follow-up visit stands today.</summary>
public enum FollowUpStatus
{
    /// <summary>Not done yet, and its date has not passed.</summary>
    Due,
    /// <summary>Not done, and its date has passed.</summary>
    Overdue,
    Done,
}
