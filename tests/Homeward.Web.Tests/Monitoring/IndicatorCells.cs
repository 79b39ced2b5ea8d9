using Homeward.Web.Features.Monitoring;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>How indicator tests compare a computed cell with the value they recomputed from raw rows.</summary>
public static class IndicatorCells
{
    /// <summary>A cell counting at least the threshold shows the expected value; one under it shows nothing.</summary>
    public static void AssertCell(IndicatorCell? cell, (double? Value, int People) expected, int threshold, string what)
    {
        if (expected.People == 0)
        {
            Assert.True(cell is null || cell.People is 0 or null, $"{what}: expected nobody counted");
            return;
        }
        Assert.NotNull(cell);
        if (expected.People < threshold)
        {
            Assert.True(cell.Suppressed, $"{what}: {expected.People} people, under the threshold, yet shown");
            Assert.Null(cell.Value);
            return;
        }
        if (cell.Suppressed) return; // a complementary suppression: checked by the suppression tests
        Assert.Equal(expected.People, cell.People);
        Assert.True(expected.Value.HasValue == cell.Value.HasValue, $"{what}: expected {expected.Value}, got {cell.Value}");
        if (expected.Value is { } v) Assert.Equal(v, cell.Value!.Value, 3);
    }
}
