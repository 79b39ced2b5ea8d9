using Homeward.Domain.Results;

namespace Homeward.Domain.Tests.Results;

public class SmallCellSuppressionTests
{
    // A one-dimensional table with its total: categories by name, null for the total.
    private static Dictionary<CellKey, int> OneWay(params (string? Category, int People)[] cells) =>
        cells.ToDictionary(c => CellKey.Of(c.Category), c => c.People);

    private static Dictionary<CellKey, int> WithTotal(params (string Category, int People)[] cells)
    {
        var table = OneWay(cells.Select(c => ((string?)c.Category, c.People)).ToArray());
        table[CellKey.Of((string?)null)] = cells.Sum(c => c.People);
        return table;
    }

    [Fact]
    public void NoCellUnderTheThreshold_NothingIsHidden()
    {
        var hidden = SmallCellSuppression.Suppress(WithTotal(("Female", 12), ("Male", 30)), 5);
        Assert.Empty(hidden);
    }

    [Fact]
    public void ACellUnderTheThreshold_IsHidden_AndSoIsAComplement_SoTheTotalCannotGiveItAway()
    {
        var table = WithTotal(("Female", 3), ("Male", 30), ("Other", 8));
        var hidden = SmallCellSuppression.Suppress(table, 5);

        Assert.Contains(CellKey.Of("Female"), hidden);
        // The differencing attack: total minus the cells shown must not reveal any one hidden cell.
        Assert.DoesNotContain(CellKey.Of((string?)null), hidden);
        var shown = table.Where(c => c.Key.Parts[0] is not null && !hidden.Contains(c.Key)).Sum(c => c.Value);
        var recovered = table[CellKey.Of((string?)null)] - shown;
        Assert.True(hidden.Count(k => k.Parts[0] is not null) >= 2, "a single hidden cell is recovered by subtraction");
        Assert.True(recovered >= 5, $"the hidden cells together count {recovered}, which singles people out");
        // The complement is the smallest other cell, so the most information stays published.
        Assert.Contains(CellKey.Of("Other"), hidden);
        Assert.DoesNotContain(CellKey.Of("Male"), hidden);
    }

    [Fact]
    public void TwoSmallCellsThatTogetherStillSingleSomeoneOut_GetAThirdComplement()
    {
        var table = WithTotal(("A", 1), ("B", 2), ("C", 40), ("D", 50));
        var hidden = SmallCellSuppression.Suppress(table, 5);
        Assert.Equal(["A", "B", "C"], hidden.Select(k => k.Parts[0]).OfType<string>().Order());
    }

    [Fact]
    public void ZeroCellsSingleNoOneOut_AndAreNeverUsedAsComplements()
    {
        Assert.Empty(SmallCellSuppression.Suppress(WithTotal(("A", 0), ("B", 20), ("C", 20)), 5));
        var hidden = SmallCellSuppression.Suppress(WithTotal(("A", 0), ("B", 2), ("C", 20), ("D", 30)), 5);
        Assert.Equal(["B", "C"], hidden.Select(k => k.Parts[0]).OfType<string>().Order());
    }

    [Fact]
    public void ATotalUnderTheThreshold_HidesEverything()
    {
        var hidden = SmallCellSuppression.Suppress(WithTotal(("A", 2), ("B", 1)), 5);
        Assert.Equal(3, hidden.Count);
    }

    [Fact]
    public void TwoWayTable_EveryRowAndColumnIsProtected_AgainstDifferencing()
    {
        // Sex by age group, with row totals, column totals and the grand total.
        var counts = new Dictionary<(string Sex, string Age), int>
        {
            [("F", "18-24")] = 2, [("F", "25-34")] = 20, [("F", "35-49")] = 15,
            [("M", "18-24")] = 30, [("M", "25-34")] = 40, [("M", "35-49")] = 25,
        };
        var table = new Dictionary<CellKey, int>();
        foreach (var ((sex, age), n) in counts) table[CellKey.Of(sex, age)] = n;
        foreach (var sex in new[] { "F", "M" }) table[CellKey.Of(sex, null)] = counts.Where(c => c.Key.Sex == sex).Sum(c => c.Value);
        foreach (var age in new[] { "18-24", "25-34", "35-49" }) table[CellKey.Of(null, age)] = counts.Where(c => c.Key.Age == age).Sum(c => c.Value);
        table[CellKey.Of(null, null)] = counts.Values.Sum();

        var hidden = SmallCellSuppression.Suppress(table, 5);

        Assert.Contains(CellKey.Of("F", "18-24"), hidden);
        AssertEveryLineProtected(table, hidden, 5);
    }

    [Fact]
    public void TheSameTable_AlwaysHidesTheSameCells()
    {
        var table = WithTotal(("A", 3), ("B", 9), ("C", 9), ("D", 9));
        var first = SmallCellSuppression.Suppress(table, 5);
        var second = SmallCellSuppression.Suppress(new Dictionary<CellKey, int>(table.Reverse()), 5);
        Assert.Equal(first.Select(k => k.ToString()).Order(), second.Select(k => k.ToString()).Order());
    }

    [Fact]
    public void AThresholdBelowOne_IsRefused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => SmallCellSuppression.Suppress(WithTotal(("A", 3)), 0));
        Assert.Equal("threshold", ex.Field);
    }

    /// <summary>For every line whose total is shown, the hidden cells are none, or at least two counting the threshold together.</summary>
    internal static void AssertEveryLineProtected(Dictionary<CellKey, int> table, IReadOnlySet<CellKey> hidden, int threshold)
    {
        var dimensions = table.Keys.First().Parts.Count;
        for (var d = 0; d < dimensions; d++)
            foreach (var total in table.Keys.Where(k => k.IsTotalAt(d)))
            {
                var members = table.Keys.Where(k => !k.IsTotalAt(d) && Enumerable.Range(0, dimensions).All(o => o == d || k.Parts[o] == total.Parts[o])).ToList();
                var hiddenMembers = members.Where(hidden.Contains).ToList();
                if (hidden.Contains(total))
                {
                    Assert.True(hiddenMembers.Count >= 1, $"hidden total {total} can be added up from its cells");
                    continue;
                }
                if (hiddenMembers.Count == 0) continue;
                Assert.True(hiddenMembers.Count >= 2, $"line of {total}: one hidden cell, recovered by subtraction");
                Assert.True(hiddenMembers.Sum(k => table[k]) >= threshold, $"line of {total}: hidden cells together count under {threshold}");
            }
    }
}
