using Homeward.Domain;
using Homeward.Domain.Programmes;
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
public sealed class IndicatorCalculator(StatisticsCache cache, ProgrammeSettingsStore settingsStore)
{
    public const int MaxDisaggregations = 3;

    public async Task<IndicatorTable> ComputeAsync(IndicatorKind kind, IReadOnlyDictionary<string, string> parameters, StatisticsFilter filter,
        IReadOnlyList<Disaggregation> by, PeriodLength every, CancellationToken ct = default)
    {
        var definition = IndicatorLibrary.Get(kind);
        CheckDisaggregations(definition, by);
        var settings = await settingsStore.GetAsync(ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // What the observations depend on besides the records: the parameters, the settings they use, the day.
        var observationsKey = (kind, string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")),
            settings.Currency, settings.PlanDeadlineDays, today);
        var (all, readAt) = await cache.GetAsync(observationsKey, async (services, token) =>
        {
            var facts = await services.GetRequiredService<StatisticalFacts>().AllAsync(token);
            return (IReadOnlyList<Observation>)await services.GetRequiredService<IndicatorObservations>()
                .ForAsync(kind, parameters, facts.Cases, settings, today, token);
        }, ct);
        if (filter.Period is { } period) every = period.Length;
        // The same table asked again over the same observations (a dashboard opened twice) is not worked out again.
        var tableKey = (observationsKey, readAt, filter, string.Join(',', by), every, settings.SmallCellThreshold);
        var (table, _) = await cache.GetAsync(tableKey, (_, _) =>
        {
            var counted = all.Where(o => (filter.Period is not { } p || p.Contains(o.On)) && filter.Admits(o)).ToList();
            return Task.FromResult(Tabulate(definition, counted, by, every, settings.SmallCellThreshold));
        }, ct);
        return table with { ReadAt = readAt };
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
        var keepValues = definition.Aggregation == Aggregation.Median;
        // Each observation goes into its own cell once; the totals are then made from those cells.
        var periods = new Dictionary<DateOnly, string>();
        var leaves = new Dictionary<CellKey, Accumulator>();
        var parts = new string?[dimensions];
        foreach (var o in counted)
        {
            if (!periods.TryGetValue(o.On, out var period)) periods[o.On] = period = ReportingPeriod.Containing(o.On, every).ToString();
            parts[0] = period;
            for (var d = 0; d < by.Count; d++) parts[d + 1] = o.CategoryOf(by[d]) ?? "Unknown";
            var leaf = new CellKey(parts);
            if (!leaves.TryGetValue(leaf, out var cell)) leaves[leaf] = cell = new Accumulator(keepValues);
            cell.Add(o);
        }

        // A cell counts in itself and in every total above it.
        var groups = new Dictionary<CellKey, Accumulator> { [new CellKey(new string?[dimensions])] = new(keepValues) };
        foreach (var (leaf, cell) in leaves)
            for (var mask = 0; mask < 1 << dimensions; mask++)
            {
                for (var d = 0; d < dimensions; d++) parts[d] = (mask & (1 << d)) == 0 ? leaf.Parts[d] : null;
                var key = new CellKey(parts);
                if (!groups.TryGetValue(key, out var total)) groups[key] = total = new Accumulator(keepValues);
                total.Add(cell);
            }

        var people = groups.ToDictionary(g => g.Key, g => g.Value.People.Count);
        // Counts of things, not people (projects), single no one out: nothing is suppressed and the table says so (threshold 0).
        if (!definition.CountsPeople) threshold = 0;
        var hidden = threshold > 0 ? SmallCellSuppression.Suppress(people, threshold) : new HashSet<CellKey>();
        var cells = groups
            .OrderBy(g => g.Key.Parts[0] is null).ThenBy(g => g.Key.Parts[0], StringComparer.Ordinal)
            .ThenBy(g => string.Join("\u001f", g.Key.Parts.Skip(1).Select(p => p is null ? "\uffff" : p)), StringComparer.Ordinal)
            .Select(g => hidden.Contains(g.Key)
                ? new IndicatorCell(g.Key.Parts[0], g.Key.Parts.Skip(1).ToList(), true, null, null, null, null)
                : Cell(definition.Aggregation, g.Key, g.Value))
            .ToList();
        return new IndicatorTable(definition.Kind, definition.Name, definition.Unit, definition.HxlTag, every, by, threshold, cells);
    }

    /// <summary>What a cell needs of its observations: how many, their sums, the distinct people, and the values themselves only for a median.</summary>
    private sealed class Accumulator(bool keepValues)
    {
        public int Count { get; private set; }
        public double Sum { get; private set; }
        public double Denominator { get; private set; }
        public HashSet<Guid> People { get; } = [];
        public List<double>? Values { get; } = keepValues ? [] : null;

        public void Add(Observation o)
        {
            Count++;
            Sum += o.Value;
            Denominator += o.Denominator;
            People.Add(o.Subject);
            Values?.Add(o.Value);
        }

        public void Add(Accumulator other)
        {
            Count += other.Count;
            Sum += other.Sum;
            Denominator += other.Denominator;
            People.UnionWith(other.People);
            Values?.AddRange(other.Values!);
        }
    }

    private static IndicatorCell Cell(Aggregation aggregation, CellKey key, Accumulator cell)
    {
        double? numerator = null, denominator = null;
        double? value = aggregation switch
        {
            Aggregation.People => cell.People.Count,
            Aggregation.Count => cell.Count,
            Aggregation.Sum => Math.Round(cell.Sum, 2),
            Aggregation.Mean => cell.Count == 0 ? null : Math.Round(cell.Sum / cell.Count, 4),
            Aggregation.Median => Median(cell.Values!),
            _ => null,
        };
        if (aggregation == Aggregation.Percentage)
        {
            numerator = Math.Round(cell.Sum, 2);
            denominator = Math.Round(cell.Denominator, 2);
            value = denominator > 0 ? Math.Round(100 * numerator.Value / denominator.Value, 1) : null;
        }
        return new IndicatorCell(key.Parts[0], key.Parts.Skip(1).ToList(), false, value, cell.People.Count, numerator, denominator);
    }

    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
