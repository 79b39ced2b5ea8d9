namespace Homeward.Web.Infrastructure;

/// <summary>
/// Marks a use case, query or store to be registered as a scoped service. Features mark their own classes,
/// so adding one does not mean editing a central list.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ScopedServiceAttribute : Attribute;

public static class ScopedServiceRegistration
{
    public static IServiceCollection AddMarkedScopedServices(this IServiceCollection services)
    {
        foreach (var type in typeof(ScopedServiceAttribute).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsDefined(typeof(ScopedServiceAttribute), false)))
            services.AddScoped(type);
        return services;
    }
}
