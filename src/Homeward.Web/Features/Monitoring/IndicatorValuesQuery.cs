using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// The values of a framework indicator: computed from the library with its parameters (broken down and filtered
/// as asked, under small-cell suppression), or the values entered by hand per period with their evidence.
/// </summary>
[ScopedService]
public sealed class IndicatorValuesQuery(HomewardDbContext db, IndicatorCalculator calculator)
{
    public async Task<IndicatorValuesView?> RunAsync(Guid id, StatisticsRequest request, CancellationToken ct = default)
    {
        var indicator = await db.FrameworkIndicators.AsNoTracking().Include(i => i.Targets).Include(i => i.ManualValues)
            .FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return null;
        var targets = indicator.Targets.ToDictionary(t => t.Period, t => t.Target);
        var every = request.Filter.Period?.Length ?? request.Every ?? indicator.Frequency;

        if (indicator.ComputedKind is not { } kind)
        {
            if (request.By.Count > 0)
                throw new DomainRuleException("manual-not-disaggregated", "A value entered by hand has no breakdown.", "by");
            var values = indicator.ManualValues
                .Where(v => request.Filter.Period is not { } p || v.Period == p.ToString())
                .OrderBy(v => v.Period, StringComparer.Ordinal)
                .Select(v =>
                {
                    decimal? target = targets.TryGetValue(v.Period, out var t) ? t : null;
                    return new IndicatorValueView(v.Period, new Dictionary<string, string?>(), false, (double)v.Value, null, null, null,
                        target, IndicatorProgress.StatusOf(v.Value, target, indicator.HigherIsBetter), v.Evidence);
                })
                .ToList();
            return new IndicatorValuesView(indicator.Id, indicator.Code, indicator.Name, indicator.Unit, null, "#indicator+value", every, [], 0, values);
        }

        var table = await calculator.ComputeAsync(kind, indicator.ParameterValues, request.Filter, request.By, every, ct);
        var cells = table.Cells.Select(c => IndicatorValueViews.From(c, table.By, c.Period is { } p && targets.TryGetValue(p, out var t) ? t : null, indicator.HigherIsBetter)).ToList();
        return new IndicatorValuesView(indicator.Id, indicator.Code, indicator.Name, indicator.Unit, kind.ToString(), table.HxlTag, table.Every,
            table.By.Select(IndicatorValueViews.NameOf).ToList(), table.Threshold, cells) { ReadAt = table.ReadAt };
    }
}
