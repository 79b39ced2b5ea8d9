namespace Homeward.Domain.Results;

/// <summary>
/// Statistical disclosure control for published tables. Primary suppression hides every cell counting fewer people
/// than the threshold. Complementary suppression then hides more cells so that no hidden cell can be worked out by
/// subtracting the cells shown from a total shown (the differencing attack): along every line of the table (the
/// cells that add up to one total), either nothing is hidden, or at least two cells are hidden and together they
/// count at least the threshold.
/// </summary>
/// <remarks>
/// The table passed in holds every cell with its totals: for each dimension, a key with null at that position is
/// the total over the dimension's categories. Complements are chosen among the smallest categories first, so totals
/// stay visible wherever they can. A zero cell singles no one out: it is shown, and never chosen as a complement
/// since hiding it protects nothing.
/// </remarks>
public static class SmallCellSuppression
{
    public const int DefaultThreshold = 5;

    /// <summary>The cells to hide, given the number of people in each cell of the table.</summary>
    public static IReadOnlySet<CellKey> Suppress(IReadOnlyDictionary<CellKey, int> people, int threshold)
    {
        if (threshold < 1)
            throw new DomainRuleException("suppression-threshold", "The small-cell threshold must be at least 1.", "threshold");
        var hidden = people.Where(c => c.Value > 0 && c.Value < threshold).Select(c => c.Key).ToHashSet();
        var lines = Lines(people.Keys).ToList();
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (IsProtected(line, hidden, people, threshold)) continue;
                if (Complement(line, hidden, people) is not { } complement) continue;
                hidden.Add(complement);
                changed = true;
            }
        }
        while (changed);
        return hidden;
    }

    /// <summary>
    /// A line is safe when nothing in it is hidden; when its total is hidden and so is at least one of its cells (the
    /// total cannot be added up again); or when its total is shown and at least two cells are hidden that together
    /// count at least the threshold (what subtraction reveals is their sum, never one of them).
    /// </summary>
    private static bool IsProtected(List<CellKey> line, HashSet<CellKey> hidden, IReadOnlyDictionary<CellKey, int> people, int threshold)
    {
        var hiddenCells = line.Skip(1).Where(hidden.Contains).ToList();
        if (hidden.Contains(line[0])) return hiddenCells.Count >= 1;
        return hiddenCells.Count == 0 || hiddenCells.Count >= 2 && hiddenCells.Sum(k => people[k]) >= threshold;
    }

    /// <summary>
    /// Every line of the table: a total over one dimension with the cells it adds up, the other dimensions held
    /// at one category or at their total.
    /// </summary>
    private static IEnumerable<List<CellKey>> Lines(IEnumerable<CellKey> keys)
    {
        var all = keys.ToList();
        if (all.Count == 0) yield break;
        var dimensions = all[0].Parts.Count;
        for (var d = 0; d < dimensions; d++)
        {
            var dimension = d;
            var categories = all.Where(k => !k.IsTotalAt(dimension)).Select(k => k.Parts[dimension]!).Distinct().Order(StringComparer.Ordinal).ToList();
            var present = all.ToHashSet();
            foreach (var total in all.Where(k => k.IsTotalAt(dimension)))
            {
                var line = new List<CellKey> { total };
                line.AddRange(categories.Select(c => total.With(dimension, c)).Where(present.Contains));
                if (line.Count > 1) yield return line;
            }
        }
    }

    // The smallest category cell still shown, else the line's total; the order is fixed so the result is reproducible.
    private static CellKey? Complement(List<CellKey> line, HashSet<CellKey> hidden, IReadOnlyDictionary<CellKey, int> people) =>
        line.Skip(1).Where(k => !hidden.Contains(k) && people[k] > 0).OrderBy(k => people[k]).ThenBy(k => k.ToString(), StringComparer.Ordinal).FirstOrDefault()
        ?? (hidden.Contains(line[0]) || people[line[0]] == 0 ? null : line[0]);
}
