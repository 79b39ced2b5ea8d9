using System.Text.Json;
using Homeward.Domain.Results;

namespace Homeward.Web.Features.Monitoring;

/// <summary>What the values API answers: the indicator, how it was broken down, and each cell with its target and status where it has one.</summary>
public sealed record IndicatorValuesView(
    Guid Id, string Code, string Name, string Unit, string? Computed, string HxlTag, PeriodLength Every, IReadOnlyList<string> By, int Threshold,
    IReadOnlyList<IndicatorValueView> Values)
{
    /// <summary>For a computed indicator, when the records behind the values were read (see <see cref="IndicatorTable.ReadAt"/>).</summary>
    public DateTimeOffset? ReadAt { get; init; }
}

/// <param name="Groups">The category of each disaggregation in <see cref="IndicatorValuesView.By"/>; a null category is the total over it.</param>
public sealed record IndicatorValueView(
    string? Period, IReadOnlyDictionary<string, string?> Groups, bool Suppressed, double? Value, int? People, double? Numerator, double? Denominator,
    decimal? Target, ProgressStatus? Status, string? Evidence);

public static class IndicatorValueViews
{
    public static string NameOf(Disaggregation d) => JsonNamingPolicy.CamelCase.ConvertName(d.ToString());

    public static IndicatorValueView From(IndicatorCell cell, IReadOnlyList<Disaggregation> by, decimal? target, bool higherIsBetter)
    {
        var groups = by.Select((d, i) => (NameOf(d), cell.Groups[i])).ToDictionary(x => x.Item1, x => x.Item2);
        var isTotal = cell.Groups.All(g => g is null);
        var status = isTotal && cell.Period is not null && !cell.Suppressed
            ? IndicatorProgress.StatusOf(cell.Value is { } v ? (decimal)v : null, target, higherIsBetter)
            : (ProgressStatus?)null;
        return new IndicatorValueView(cell.Period, groups, cell.Suppressed, cell.Value, cell.People, cell.Numerator, cell.Denominator,
            isTotal ? target : null, status, null);
    }
}
