using System.Diagnostics;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Reads the programme dashboard's statistics once, in the background, when the instance starts, so that the first
/// M&amp;E officer to open the dashboard is not the one who waits for a national programme's records (about 15 s at a
/// million persons; then every request is served from <see cref="StatisticsCache"/>). Off when the cache is off or
/// <c>Statistics:WarmUpOnStart</c> is false; a failure is logged and the first request reads instead.
/// </summary>
public sealed class StatisticsWarmUp(IServiceScopeFactory scopes, StatisticsCache cache, IConfiguration configuration, ILogger<StatisticsWarmUp> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (cache.FreshFor == TimeSpan.Zero || !configuration.GetValue("Statistics:WarmUpOnStart", true)) return;
        await Task.Yield();
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StatisticsDashboardQuery>().RunAsync(StatisticsFilter.None, Domain.Results.PeriodLength.Quarter, stoppingToken);
            log.LogInformation("Statistics for the programme dashboard read in {Seconds:0.0} s after start.", Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            log.LogWarning(e, "Statistics could not be read after start; the first dashboard will read them.");
        }
    }
}
