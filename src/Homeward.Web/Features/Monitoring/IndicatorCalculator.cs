using Homeward.Domain;
using Homeward.Domain.Results;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Computes a library indicator over the consenting cases: observations grouped by period and by each
/// disaggregation asked for, every total included, then small-cell suppression over the whole table so that no
/// cell counting fewer people than the programme's threshold can be read or worked out from the others.
/// </summary>
[ScopedService]
public sealed class IndicatorCalculator(StatisticalFacts statistics, IndicatorObservations observations, ProgrammeSettingsStore settingsStore)
{
    public const int MaxDisaggregations = 3;

    public async Task<IndicatorTable> ComputeAsync(IndicatorKind kind, IReadOnlyDictionary<string, string> parameters, StatisticsFilter filter,
        IReadOnlyList<Disaggregation> by, PeriodLength every, CancellationToken ct = default)
    {
        var definition = IndicatorLibrary.Get(kind);
        CheckDisaggregations(definition, by);
        var settings = await settingsStore.GetAsync(ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var facts = await statistics.LoadAsync(filter, ct);
        var counted = (await observations.ForAsync(kind, parameters, facts, settings, today, ct))
            .Where(o => filter.Period is not { } p || p.Contains(o.On))
            .ToList();
        if (filter.Period is { } period) every = period.Length;
        return Tabulate(definition, counted, by, every, settings.SmallCellThreshold);
    }

    public static void CheckDisaggregations(IndicatorDefinition definition, IReadOnlyList<Disaggregation> by)
    {
        if (by.Count > MaxDisaggregations)
            throw new DomainRuleException("too-many-disaggregations", $"Break an indicator down by at most {MaxDisaggregations} disaggregations at once.", "by");
        if (by.Distinct().Count() != by.Count)
            throw new DomainRuleException("repeated-disaggregation", "Name each disaggregation once.", "by");
        foreach (var d in by.Where(d => !definition.Disaggregations.Contains(d)))
            throw new DomainRuleException("disaggregation-not-available", $"{definition.Name} cannot be broken down by {d}.", "by");
    }

    public static IndicatorTable Tabulate(IndicatorDefinition definition, IReadOnlyList<Observation> counted, IReadOnlyList<Disaggregation> by, PeriodLength every, int threshold)
    {
        var dimensions = by.Count + 1;
        var groups = new Dictionary<CellKey, List<Observation>> { [new CellKey(new string?[dimensions])] = [] };
        foreach (var o in counted)
        {
            var parts = new string?[dimensions];
            parts[0] = ReportingPeriod.Containing(o.On, every).ToString();
            for (var d = 0; d < by.Count; d++) parts[d + 1] = o.CategoryOf(by[d]) ?? "Unknown";
            // The observation counts in its own cell and in every total above it.
            for (var mask = 0; mask < 1 << dimensions; mask++)
            {
                var key = new string?[dimensions];
                for (var d = 0; d < dimensions; d++) key[d] = (mask & (1 << d)) == 0 ? parts[d] : null;
                var cell = new CellKey(key);
                if (!groups.TryGetValue(cell, out var list)) groups[cell] = list = [];
                list.Add(o);
            }
        }

        var people = groups.ToDictionary(g => g.Key, g => g.Value.Select(o => o.Case.CaseId).Distinct().Count());
        var hidden = SmallCellSuppression.Suppress(people, threshold);
        var cells = groups
            .OrderBy(g => g.Key.Parts[0] is null).ThenBy(g => g.Key.Parts[0], StringComparer.Ordinal)
            .ThenBy(g => string.Join("\u001f", g.Key.Parts.Skip(1).Select(p => p is null ? "\uffff" : p)), StringComparer.Ordinal)
            .Select(g => hidden.Contains(g.Key)
                ? new IndicatorCell(g.Key.Parts[0], g.Key.Parts.Skip(1).ToList(), true, null, null, null, null)
                : Cell(definition.Aggregation, g.Key, g.Value, people[g.Key]))
            .ToList();
        return new IndicatorTable(definition.Kind, definition.Name, definition.Unit, definition.HxlTag, every, by, threshold, cells);
    }

    private static IndicatorCell Cell(Aggregation aggregation, CellKey key, List<Observation> group, int people)
    {
        double? numerator = null, denominator = null;
        double? value = aggregation switch
        {
            Aggregation.People => people,
            Aggregation.Count => group.Count,
            Aggregation.Sum => Math.Round(group.Sum(o => o.Value), 2),
            Aggregation.Mean => group.Count == 0 ? null : Math.Round(group.Average(o => o.Value), 4),
            Aggregation.Median => Median(group.Select(o => o.Value)),
            _ => null,
        };
        if (aggregation == Aggregation.Percentage)
        {
            numerator = Math.Round(group.Sum(o => o.Value), 2);
            denominator = Math.Round(group.Sum(o => o.Denominator), 2);
            value = denominator > 0 ? Math.Round(100 * numerator.Value / denominator.Value, 1) : null;
        }
        return new IndicatorCell(key.Parts[0], key.Parts.Skip(1).ToList(), false, value, people, numerator, denominator);
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
