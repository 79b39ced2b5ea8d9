using Homeward.Domain.Results;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// A computed indicator's values per period and per category of each disaggregation asked for, with the totals
/// (a null period or category is the total over it). Suppressed cells carry no number at all.
/// </summary>
public sealed record IndicatorTable(
    IndicatorKind Kind,
    string Name,
    string Unit,
    string HxlTag,
    PeriodLength Every,
    IReadOnlyList<Disaggregation> By,
    int Threshold,
    IReadOnlyList<IndicatorCell> Cells)
{
    /// <summary>When the records behind the figures were read: at most <c>Statistics:FreshForSeconds</c> before the figures were asked for.</summary>
    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>The cell for a period (null: all periods) and categories (null: all), if anyone was counted there.</summary>
    public IndicatorCell? Find(string? period, params string?[] groups) =>
        Cells.FirstOrDefault(c => c.Period == period && c.Groups.SequenceEqual(groups));

    public IndicatorCell? Total => Find(null, new string?[By.Count]);
}

/// <param name="Groups">One category per disaggregation of <see cref="IndicatorTable.By"/>, null for the total over it.</param>
/// <param name="People">Distinct returnees counted in the cell.</param>
/// <param name="Numerator">For percentages: what was counted (visits done, value delivered…).</param>
/// <param name="Denominator">For percentages: what it is a share of (visits due, budget…).</param>
public sealed record IndicatorCell(string? Period, IReadOnlyList<string?> Groups, bool Suppressed, double? Value, int? People, double? Numerator, double? Denominator);
