namespace Homeward.Domain.Communities;

public enum TrendDirection { New, Rising, Stable, Falling }

/// <summary>Returns to a community over a period compared with the period of the same length just before it.</summary>
public static class ReturnTrend
{
    /// <summary>A change of less than a fifth either way (or of one return) counts as stable.</summary>
    public static TrendDirection Of(int current, int previous)
    {
        if (previous == 0) return current == 0 ? TrendDirection.Stable : TrendDirection.New;
        var change = current - previous;
        if (Math.Abs(change) <= 1 || Math.Abs(change) * 5 < previous) return TrendDirection.Stable;
        return change > 0 ? TrendDirection.Rising : TrendDirection.Falling;
    }

    /// <summary>Returns per 1,000 inhabitants, or null when the population is not known.</summary>
    public static decimal? PerThousand(int returns, int? population) =>
        population is > 0 ? Math.Round(returns * 1000m / population.Value, 2) : null;

    /// <summary>The period of the same length that ends the day before <paramref name="from"/>.</summary>
    public static (DateOnly From, DateOnly To) PreviousPeriod(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber;
        return (from.AddDays(-days - 1), from.AddDays(-1));
    }
}
