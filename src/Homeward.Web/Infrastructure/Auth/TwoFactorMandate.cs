using Microsoft.AspNetCore.Authorization;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>Marks an endpoint or page a user may reach before setting up the two-factor sign-in their role requires.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowBeforeTwoFactorAttribute : Attribute;

/// <summary>
/// A user whose role requires two-factor sign-in and who has not set it up yet (their sign-in carries
/// <see cref="HomewardClaims.TwoFactorSetupClaim"/>) reaches only the set-up: the API answers 403 naming what to do,
/// pages send them to the set-up page. Public endpoints (sign-in, sign-out, static files) stay open.
/// </summary>
public static class TwoFactorMandate
{
    public const string SetupPage = "/account/two-factor";

    public static IApplicationBuilder UseTwoFactorMandate(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.HasClaim(c => c.Type == HomewardClaims.TwoFactorSetupClaim) && ctx.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null && endpoint.Metadata.GetMetadata<AllowBeforeTwoFactorAttribute>() is null)
        {
            if (Errors.ProblemSetup.IsApi(ctx))
                await Results.Problem("Your role requires two-factor sign-in. Set it up with POST /api/v1/auth/two-factor/setup, then confirm it with a code.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Two-factor sign-in required",
                    extensions: new Dictionary<string, object?> { ["code"] = "two-factor-setup-required" }).ExecuteAsync(ctx);
            else
                ctx.Response.Redirect(SetupPage);
            return;
        }
        await next(ctx);
    });
}
