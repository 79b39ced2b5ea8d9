using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Homeward.Web.Infrastructure.Errors;

/// <summary>Errors as RFC 9457 problem details, each with a correlation id that also appears in the logs.</summary>
public static class ProblemSetup
{
    public static IServiceCollection AddHomewardProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
            ctx.ProblemDetails.Extensions["correlationId"] = CorrelationId(ctx.HttpContext));
        services.AddExceptionHandler<ApiExceptionHandler>();
        return services;
    }

    public static string CorrelationId(HttpContext ctx) => Activity.Current?.TraceId.ToString() ?? ctx.TraceIdentifier;

    public static IApplicationBuilder UseHomewardErrors(this WebApplication app)
    {
        app.Use((ctx, next) =>
        {
            ctx.Response.Headers["X-Correlation-Id"] = CorrelationId(ctx);
            return next(ctx);
        });
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(ctx => !IsApi(ctx), ui =>
        {
            ui.UseExceptionHandler("/error", createScopeForErrors: true);
            ui.UseStatusCodePagesWithReExecute("/status/{0}");
        });
        return app;
    }

    public static bool IsApi(HttpContext ctx) => ctx.Request.Path.StartsWithSegments("/api");
}

/// <summary>Turns a malformed request body into 400 with what was wrong, and anything unexpected into a bare 500.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken ct)
    {
        if (!ProblemSetup.IsApi(ctx)) return false;
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (StatusCodes.Status400BadRequest, "The request is malformed.", Describe(bad)),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.",
                "The error was logged; quote the correlation id when reporting it."),
        };
        if (status == 500) logger.LogError(exception, "Unhandled error {CorrelationId}", ProblemSetup.CorrelationId(ctx));
        ctx.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
            Exception = exception,
        });
    }

    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json
            ? $"{bad.Message} {json.Message}" + (Api.JsonValueErrors.Choices(json) is { } choices ? $" {choices}" : "")
            : bad.Message;
}
