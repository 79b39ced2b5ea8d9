using System.Globalization;
using Homeward.Domain.Locations;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Communities;

/// <summary>The period and level of a high-return ranking as typed in the address; by default the last twelve months, by community.</summary>
public static class RankingRequest
{
    public static (DateOnly From, DateOnly To, LocationLevel Level, FieldErrors Errors) Read(string? from, string? to, string? level, IStringLocalizer L)
    {
        var errors = new FieldErrors();
        var today = HighReturnQuery.Today;
        var end = Parse(to, "to", today, errors, L);
        var start = Parse(from, "from", end.AddYears(-1).AddDays(1), errors, L);
        var lvl = LocationLevel.Community;
        if (!string.IsNullOrWhiteSpace(level) && !(Enum.TryParse(level, ignoreCase: true, out lvl) && Enum.IsDefined(lvl)))
            errors.Add("level", L["Choose one of the levels of the location hierarchy."]);
        if (!errors.Any)
        {
            errors.When(start > end, "to", L["The end of the period cannot be before its start."]);
            errors.When(end.DayNumber - start.DayNumber > HighReturnQuery.MaxPeriodDays, "from", L["Choose a period of at most ten years."]);
        }
        return (start, end, lvl, errors);
    }

    private static DateOnly Parse(string? text, string field, DateOnly fallback, FieldErrors errors, IStringLocalizer L)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        errors.Add(field, L["Enter a date as yyyy-mm-dd."]);
        return fallback;
    }
}
