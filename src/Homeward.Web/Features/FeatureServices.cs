using Homeward.Web.Features.Demo;

namespace Homeward.Web.Features;

/// <summary>Registers each feature's use cases.</summary>
public static class FeatureServices
{
    public static IServiceCollection AddHomewardFeatures(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<SyntheticDataGenerator>();
        services.AddScoped<Dashboard.DashboardQuery>();
        return services;
    }
}
