using System.Globalization;

namespace Homeward.Domain.Results;

public enum PeriodLength
{
    Month,
    Quarter,
    Year,
}

/// <summary>A month ("2026-03"), quarter ("2026-Q1") or year ("2026") that indicator values and targets are reported for.</summary>
public readonly record struct ReportingPeriod(PeriodLength Length, int Year, int Number)
{
    public DateOnly Start => Length switch
    {
        PeriodLength.Month => new DateOnly(Year, Number, 1),
        PeriodLength.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    /// <summary>The first day after the period.</summary>
    public DateOnly End => Length switch
    {
        PeriodLength.Month => Start.AddMonths(1),
        PeriodLength.Quarter => Start.AddMonths(3),
        _ => Start.AddYears(1),
    };

    public bool Contains(DateOnly day) => day >= Start && day < End;

    public static ReportingPeriod Containing(DateOnly day, PeriodLength length) => length switch
    {
        PeriodLength.Month => new(length, day.Year, day.Month),
        PeriodLength.Quarter => new(length, day.Year, (day.Month - 1) / 3 + 1),
        _ => new(length, day.Year, 1),
    };

    public override string ToString() => Length switch
    {
        PeriodLength.Month => $"{Year:D4}-{Number:D2}",
        PeriodLength.Quarter => $"{Year:D4}-Q{Number}",
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    public static bool TryParse(string? text, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToUpperInvariant();
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1900)
        {
            period = new(PeriodLength.Year, y, 1);
            return true;
        }
        if (t.Length == 7 && t[4] == '-' && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y) && y >= 1900)
        {
            if (t[5] == 'Q' && t[6] is >= '1' and <= '4')
            {
                period = new(PeriodLength.Quarter, y, t[6] - '0');
                return true;
            }
            if (int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                period = new(PeriodLength.Month, y, m);
                return true;
            }
        }
        return false;
    }
}
