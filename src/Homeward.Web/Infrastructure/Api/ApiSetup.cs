using System.Text.Json.Serialization;
using Scalar.AspNetCore;

namespace Homeward.Web.Infrastructure.Api;

public static class ApiSetup
{
    public static IServiceCollection AddHomewardApi(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Homeward API";
            doc.Info.Description = "Case management for return and reintegration programmes. Sign in with POST /api/v1/auth/login and send the access token as a bearer token.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static void MapHomewardApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        foreach (var type in typeof(ApiSetup).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiEndpoints).IsAssignableFrom(t))
                     .OrderBy(t => t.FullName))
        {
            ((IApiEndpoints)Activator.CreateInstance(type)!).Map(api);
        }
        // Unknown API routes answer with a problem, never the HTML not-found page.
        app.MapFallback("/api/{**rest}", () => TypedResults.Problem(statusCode: 404, title: "No such API route."))
            .ExcludeFromDescription();

        app.MapOpenApi("/api/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("Homeward API").WithOpenApiRoutePattern("/api/openapi/{documentName}.json"));
    }
}
