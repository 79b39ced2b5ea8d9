using Homeward.Web.Features.FollowUps;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Features.Retention;

/// <summary>Settings of the nightly retention job (<c>Jobs:Retention</c>).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Jobs:Retention";
    /// <summary>The hour (UTC) at which the job runs each night.</summary>
    public int HourUtc { get; set; } = 2;
    /// <summary>How often each instance checks whether it is time.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long a lease lasts without renewal: a crashed instance blocks the job at most this long.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// Runs <see cref="RetentionPass"/> once a night across the cluster: every instance checks during the configured hour,
/// and the job lease (with a minimum gap of 20 hours since the last completed run) lets exactly one of them work.
/// </summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<RetentionJob> log) : BackgroundService
{
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            using var timer = new PeriodicTimer(settings.CheckInterval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
                if (DateTime.UtcNow.Hour == settings.HourUtc) await RunOnceAsync(settings, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(RetentionOptions settings, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pass = scope.ServiceProvider.GetRequiredService<RetentionPass>();
            var claim = new JobClaim(RetentionPass.JobName, _holder, settings.LeaseDuration, TimeSpan.FromHours(20));
            var result = await pass.RunAsync(DateTime.UtcNow, claim, ct);
            if (result.Ran) log.LogInformation("Retention pass anonymised {Count} cases", result.Anonymised);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogError(ex, "Retention pass failed; it runs again at the next check");
        }
    }
}

public static class RetentionJobRegistration
{
    /// <summary>The nightly retention job with its settings from <c>Jobs:Retention</c>, checked at start.</summary>
    public static IServiceCollection AddRetentionJob(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.HourUtc is >= 0 and < 24 && o.CheckInterval > TimeSpan.Zero && o.CheckInterval <= TimeSpan.FromMinutes(30) && o.LeaseDuration > TimeSpan.Zero,
                $"{RetentionOptions.Section}: HourUtc is 0-23, CheckInterval positive and at most 30 minutes, LeaseDuration positive.")
            .ValidateOnStart();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
