using Homeward.Domain.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Homeward.Web.Features.Referrals;

/// <summary>
/// A partner's case worker asking for a case or a person is answered as if it did not exist (404), never "forbidden":
/// partners must not even learn which records exist. The out-of-scope audit then records the attempt.
/// </summary>
public sealed class PartnerProbing : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && context.User.IsInRole(Roles.PartnerCaseWorker) && NamesCaseOrPerson(context))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (Infrastructure.Errors.ProblemSetup.IsApi(context))
                await TypedResults.Problem("No record with this id is visible to you.", statusCode: 404, title: "Not found").ExecuteAsync(context);
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }

    private static bool NamesCaseOrPerson(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/api/v1/", StringComparison.OrdinalIgnoreCase)) path = path["/api/v1".Length..];
        return path.StartsWith("/cases/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/persons/", StringComparison.OrdinalIgnoreCase);
    }

    public static void Register(IServiceCollection services) =>
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, PartnerProbing>();
}
