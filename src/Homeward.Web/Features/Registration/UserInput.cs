namespace Homeward.Web.Features.Registration;

/// <summary>How typed input is read: trimmed text, enum names, and "today" for dates that cannot be in the future.</summary>
public static class UserInput
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>An enum member by name (any case); numbers and undefined names are refused.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var clean = Clean(text);
        return clean is not null && !char.IsAsciiDigit(clean[0]) && !clean.StartsWith('-')
            && Enum.TryParse(clean, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string Names<T>() where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    /// <summary>
    /// The latest calendar day anywhere on Earth (UTC+14): a date after it is in the future for everyone, so a
    /// date typed in the early hours of the day in a country ahead of UTC is never refused.
    /// </summary>
    public static DateOnly LatestToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14));
}
