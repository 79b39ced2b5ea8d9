using Homeward.Web.Features.Demo;
using Homeward.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Homeward.Web.Features;

/// <summary>Registers each feature's use cases.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddHomewardFeatures(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<SyntheticDataGenerator>();
        services.AddScoped<Dashboard.DashboardQuery>();
        services.AddScoped<Infrastructure.Auth.CurrentUser>();
        services.AddScoped<Programme.ProgrammeSettingsStore>();
        services.AddScoped<Cases.CaseTimeline>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<Monitoring.StatisticsCache>();
        services.AddHostedService<Monitoring.StatisticsWarmUp>();
        FollowUps.OverdueFollowUpJobRegistration.AddOverdueFollowUpJob(services);
        Retention.RetentionJobRegistration.AddRetentionJob(services);
        Referrals.PartnerProbing.Register(services);
        // Everything else marked [ScopedService] in its feature folder.
        services.AddMarkedScopedServices();
        return services;
    }
}
