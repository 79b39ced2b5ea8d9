using Microsoft.Extensions.Options;

namespace Homeward.Web.Features.FollowUps;

/// <summary>Settings of the overdue follow-up job (<c>Jobs:OverdueFollowUps</c>).</summary>
public sealed class OverdueFollowUpOptions
{
    public const string Section = "Jobs:OverdueFollowUps";
    /// <summary>How often the job runs across the cluster.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>How long after start the first run is.</summary>
    public TimeSpan FirstRunDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>How long a lease lasts without renewal: a crashed instance blocks the job at most this long.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Runs <see cref="OverdueFollowUpPass"/> on every instance's timer; the job lease lets one instance of the cluster
/// do the work per interval. A failed pass is logged and tried again at the next tick.
/// </summary>
public sealed class OverdueFollowUpJob(IServiceScopeFactory scopes, IOptions<OverdueFollowUpOptions> options, ILogger<OverdueFollowUpJob> log)
    : BackgroundService
{
    /// <summary>This instance in <c>job_leases.Holder</c>: a restarted process is a new holder.</summary>
    private readonly string _holder = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}", 200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await Task.Delay(settings.FirstRunDelay, stoppingToken);
            using var timer = new PeriodicTimer(settings.Interval);
            do
            {
                await RunOnceAsync(settings, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private async Task RunOnceAsync(OverdueFollowUpOptions settings, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pass = scope.ServiceProvider.GetRequiredService<OverdueFollowUpPass>();
            // Half the interval as the minimum gap: an instance whose timer ticks just after another's run skips.
            var claim = new JobClaim(OverdueFollowUpPass.JobName, _holder, settings.LeaseDuration, settings.Interval / 2);
            var result = await pass.RunAsync(DateTime.UtcNow, claim, ct);
            if (result.Ran) log.LogInformation("Overdue follow-up pass flagged {Count} visits", result.Flagged);
            // Referrals past the partner's agreed response time, flagged once each whichever instance runs.
            if (result.Ran) await scope.ServiceProvider.GetRequiredService<Referrals.OverdueReferralPass>().RunAsync(DateTime.UtcNow, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(ex, "Overdue follow-up pass failed; it runs again at the next interval");
        }
    }
}

public static class OverdueFollowUpJobRegistration
{
    /// <summary>The overdue follow-up job with its settings from <c>Jobs:OverdueFollowUps</c>, checked at start.</summary>
    public static IServiceCollection AddOverdueFollowUpJob(this IServiceCollection services)
    {
        services.AddOptions<OverdueFollowUpOptions>()
            .BindConfiguration(OverdueFollowUpOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.FirstRunDelay >= TimeSpan.Zero && o.LeaseDuration > TimeSpan.Zero,
                $"{OverdueFollowUpOptions.Section}: Interval and LeaseDuration must be positive, FirstRunDelay not negative.")
            .ValidateOnStart();
        services.AddHostedService<OverdueFollowUpJob>();
        return services;
    }
}
