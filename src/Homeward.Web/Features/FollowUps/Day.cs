using System.Globalization;

namespace Homeward.Web.Features.FollowUps;

/// <summary>Days shown as ISO dates (2026-03-01): the same in every language and calendar, and unambiguous.</summary>
public static class Day
{
    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateOnly? day) => day is { } d ? Text(d) : "";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
