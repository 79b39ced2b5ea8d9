using Homeward.Data;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

public sealed record IndicatorSummary(
    Guid Id, Guid ResultId, string ResultCode, ResultLevel ResultLevel, string Code, string Name, string Definition, string Unit,
    decimal? Baseline, DateOnly? BaselineDate, string DataSource, string CollectionMethod, PeriodLength Frequency, string Responsible,
    IReadOnlyList<string> Disaggregations, string? Computed, IReadOnlyDictionary<string, string> Parameters, bool HigherIsBetter,
    IReadOnlyList<TargetView> Targets, int Version, DateOnly? RetiredOn);

public sealed record TargetView(string Period, decimal Target);

/// <summary>One period of an indicator on the framework page: target, actual, status and the move since the period before.</summary>
public sealed record ProgressRow(string Period, decimal? Target, double? Actual, bool Suppressed, ProgressStatus Status, int Trend);

public sealed record ResultView(ResultStatement Result, IReadOnlyList<(IndicatorSummary Indicator, IReadOnlyList<ProgressRow> Progress)> Indicators);

/// <summary>The programme's results framework: results in order, their indicators, and each indicator's actual against target per period.</summary>
[ScopedService]
public sealed class ResultsFrameworkQuery(HomewardDbContext db, IndicatorCalculator calculator)
{
    public async Task<IReadOnlyList<IndicatorSummary>> IndicatorsAsync(CancellationToken ct = default)
    {
        var results = await db.ResultStatements.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        var indicators = await db.FrameworkIndicators.AsNoTracking().Include(i => i.Targets).ToListAsync(ct);
        return indicators
            .OrderBy(i => results[i.ResultId].Level).ThenBy(i => results[i.ResultId].Position).ThenBy(i => i.Position)
            .Select(i => Summary(i, results[i.ResultId])).ToList();
    }

    /// <summary>The results in framework order: each followed by the results under it.</summary>
    public async Task<IReadOnlyList<ResultStatement>> ResultsAsync(CancellationToken ct = default)
    {
        var results = await db.ResultStatements.AsNoTracking().ToListAsync(ct);
        var ordered = new List<ResultStatement>();
        void Walk(Guid? parent)
        {
            foreach (var r in results.Where(r => r.ParentId == parent).OrderBy(r => r.Position).ThenBy(r => r.Code, StringComparer.Ordinal))
            {
                ordered.Add(r);
                Walk(r.Id);
            }
        }
        Walk(null);
        return ordered;
    }

    /// <summary>One indicator with its targets and recorded values, as an edit form or the value page shows it.</summary>
    public Task<FrameworkIndicator?> IndicatorAsync(Guid id, CancellationToken ct = default) =>
        db.FrameworkIndicators.AsNoTracking().Include(i => i.Targets).Include(i => i.ManualValues).FirstOrDefaultAsync(i => i.Id == id, ct);

    public async Task<IReadOnlyList<ResultView>> FrameworkAsync(CancellationToken ct = default)
    {
        var ordered = await ResultsAsync(ct);
        var indicators = await db.FrameworkIndicators.AsNoTracking().Include(i => i.Targets).Include(i => i.ManualValues).ToListAsync(ct);
        var views = new List<ResultView>();
        foreach (var result in ordered)
        {
            var rows = new List<(IndicatorSummary, IReadOnlyList<ProgressRow>)>();
            foreach (var indicator in indicators.Where(i => i.ResultId == result.Id).OrderBy(i => i.Position))
                rows.Add((Summary(indicator, result), await ProgressAsync(indicator, ct)));
            views.Add(new ResultView(result, rows));
        }
        return views;
    }

    /// <summary>Every period with a target or an actual, at the indicator's frequency, oldest first.</summary>
    private async Task<IReadOnlyList<ProgressRow>> ProgressAsync(FrameworkIndicator indicator, CancellationToken ct)
    {
        var actuals = new Dictionary<string, (double? Value, bool Suppressed)>();
        if (indicator.ComputedKind is { } kind)
        {
            var table = await calculator.ComputeAsync(kind, indicator.ParameterValues, StatisticsFilter.None, [], indicator.Frequency, ct);
            foreach (var cell in table.Cells.Where(c => c.Period is not null)) actuals[cell.Period!] = (cell.Value, cell.Suppressed);
        }
        else
        {
            foreach (var v in indicator.ManualValues) actuals[v.Period] = ((double)v.Value, false);
        }
        var targets = indicator.Targets.ToDictionary(t => t.Period, t => t.Target);
        var periods = actuals.Keys.Concat(targets.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = new List<ProgressRow>();
        double? previous = null;
        foreach (var period in periods)
        {
            var (value, suppressed) = actuals.GetValueOrDefault(period);
            decimal? target = targets.TryGetValue(period, out var t) ? t : null;
            var trend = value is { } v && previous is { } p ? Math.Sign(v - p) : 0;
            rows.Add(new ProgressRow(period, target, value, suppressed, IndicatorProgress.StatusOf(value is { } a ? (decimal)a : null, target, indicator.HigherIsBetter), trend));
            if (value is not null) previous = value;
        }
        return rows;
    }

    private static IndicatorSummary Summary(FrameworkIndicator i, ResultStatement result) => new(
        i.Id, result.Id, result.Code, result.Level, i.Code, i.Name, i.Definition, i.Unit, i.Baseline, i.BaselineDate, i.DataSource,
        i.CollectionMethod, i.Frequency, i.Responsible, i.DisaggregationList.Select(IndicatorValueViews.NameOf).ToList(), i.ComputedKind?.ToString(),
        i.ParameterValues, i.HigherIsBetter, i.Targets.OrderBy(t => t.Period, StringComparer.Ordinal).Select(t => new TargetView(t.Period, t.Target)).ToList(),
        i.Version, i.RetiredOn);
}
