using System.Globalization;

namespace Homeward.Web.Features.FollowUps;

/// <summary>Days as machines read them (ISO: 2026-03-01, for date inputs and stored text) and as the reader's language writes them.</summary>
public static class Day
{
    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(DateOnly? day) => day is { } d ? Text(d) : "";

    /// <summary>The day in the reader's language and conventions (2/3/2026, 03/02/2026, 2026/3/2).</summary>
    public static string Show(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture) ?? "";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
