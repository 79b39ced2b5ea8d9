using Homeward.Domain.Results;

namespace Homeward.Domain.Tests.Results;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2026", PeriodLength.Year, "2026-01-01", "2027-01-01")]
    [InlineData("2026-q3", PeriodLength.Quarter, "2026-07-01", "2026-10-01")]
    [InlineData("2026-11", PeriodLength.Month, "2026-11-01", "2026-12-01")]
    public void Parses_MonthsQuartersAndYears(string text, PeriodLength length, string start, string end)
    {
        Assert.True(ReportingPeriod.TryParse(text, out var period));
        Assert.Equal(length, period.Length);
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(text.ToUpperInvariant(), period.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-Q5")]
    [InlineData("2026-13")]
    [InlineData("26")]
    [InlineData("next year")]
    public void Refuses_AnythingElse(string text) => Assert.False(ReportingPeriod.TryParse(text, out _));

    [Fact]
    public void Containing_PutsADayInItsQuarter() =>
        Assert.Equal("2026-Q2", ReportingPeriod.Containing(new DateOnly(2026, 6, 30), PeriodLength.Quarter).ToString());

    [Theory]
    [InlineData(120, 100, true, ProgressStatus.Achieved)]
    [InlineData(85, 100, true, ProgressStatus.OnTrack)]
    [InlineData(50, 100, true, ProgressStatus.OffTrack)]
    [InlineData(25, 30, false, ProgressStatus.Achieved)]
    [InlineData(35, 30, false, ProgressStatus.OnTrack)]
    [InlineData(60, 30, false, ProgressStatus.OffTrack)]
    public void Progress_ComparesActualWithTarget(int actual, int target, bool higherIsBetter, ProgressStatus expected) =>
        Assert.Equal(expected, IndicatorProgress.StatusOf(actual, target, higherIsBetter));

    [Fact]
    public void Progress_WithoutActualOrTarget_SaysSo()
    {
        Assert.Equal(ProgressStatus.NoData, IndicatorProgress.StatusOf(null, 10, true));
        Assert.Equal(ProgressStatus.NoTarget, IndicatorProgress.StatusOf(10, null, true));
    }
}
