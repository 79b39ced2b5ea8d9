using Homeward.Data;
using Homeward.Domain.Locations;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>One chart of the dashboard: an indicator over the periods, or broken down by one disaggregation over all periods.</summary>
public sealed record DashboardChart(string Id, IndicatorTable Table, Disaggregation? By);

public sealed record FilterChoices(IReadOnlyList<(Guid Id, string Name)> Offices, IReadOnlyList<(Guid Id, string Name, bool IsCountry)> Locations, IReadOnlyList<string> Countries);

/// <summary>The charts of the programme and office dashboards, each computed under the same filters and small-cell suppression.</summary>
[ScopedService]
public sealed class StatisticsDashboardQuery(HomewardDbContext db, IndicatorCalculator calculator)
{
    private static readonly (string Id, IndicatorKind Kind, Disaggregation? By)[] Charts =
    [
        ("registered-by-period", IndicatorKind.ReturneesRegistered, null),
        ("registered-by-sex", IndicatorKind.ReturneesRegistered, Disaggregation.Sex),
        ("registered-by-age", IndicatorKind.ReturneesRegistered, Disaggregation.AgeGroup),
        ("registered-by-return-type", IndicatorKind.ReturneesRegistered, Disaggregation.ReturnType),
        ("plans-by-period", IndicatorKind.PlansAgreed, null),
        ("assistance-by-form", IndicatorKind.AssistanceValue, Disaggregation.AssistanceForm),
        ("assistance-by-dimension", IndicatorKind.AssistanceValue, Disaggregation.AssistanceDimension),
        ("follow-ups-by-period", IndicatorKind.FollowUpsDone, null),
        ("closed-by-reason", IndicatorKind.CasesClosed, Disaggregation.ClosureReason),
        ("rss-baseline-by-sex", IndicatorKind.RssMeanScore, Disaggregation.Sex),
        ("community-participants-by-type", IndicatorKind.CommunityProjectParticipants, Disaggregation.ParticipantType),
        ("children-assessed-by-period", IndicatorKind.ChildrenWithBestInterestsAssessment, null),
        ("capacity-participants-by-activity", IndicatorKind.CapacityStrengtheningParticipants, Disaggregation.CapacityActivity),
    ];

    public async Task<IReadOnlyList<DashboardChart>> RunAsync(StatisticsFilter filter, PeriodLength every, CancellationToken ct = default)
    {
        var charts = new List<DashboardChart>();
        foreach (var (id, kind, by) in Charts)
        {
            var table = await calculator.ComputeAsync(kind, new Dictionary<string, string>(), filter, by is { } d ? [d] : [], every, ct);
            charts.Add(new DashboardChart(id, table, by));
        }
        return charts;
    }

    public async Task<FilterChoices> ChoicesAsync(CancellationToken ct = default)
    {
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var places = await db.Locations.AsNoTracking().Where(l => l.Level <= LocationLevel.Region)
            .OrderBy(l => l.Code).Select(l => new { l.Id, l.Name, l.Level, l.Code }).ToListAsync(ct);
        return new FilterChoices(
            offices.Select(o => (o.Id, o.Name)).ToList(),
            places.Select(p => (p.Id, p.Name, p.Level == LocationLevel.Country)).ToList(),
            places.Where(p => p.Level == LocationLevel.Country).Select(p => p.Code).ToList());
    }

    public async Task<string?> OfficeNameAsync(Guid id, CancellationToken ct = default) =>
        await db.Offices.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(ct);
}
