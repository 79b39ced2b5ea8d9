using Homeward.Domain;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Account;

public sealed record TwoFactorCode(string? Code);

/// <summary>The signed-in user's own two-factor sign-in.</summary>
public sealed class TwoFactorApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var twoFactor = api.MapGroup("/auth/two-factor").WithTags("Authentication").RequireAuthorization().WithMetadata(new AllowBeforeTwoFactorAttribute());
        twoFactor.MapGet("", async (TwoFactorEnrolment enrolment, CancellationToken ct) => TypedResults.Ok(await enrolment.StatusAsync(ct)))
            .WithSummary("Whether two-factor sign-in is on, whether the caller's role requires it, and how many recovery codes are left");
        twoFactor.MapPost("/setup", (TwoFactorEnrolment enrolment) => Guard(async () => TypedResults.Ok(await enrolment.SetupAsync())))
            .WithSummary("Start setting up an authenticator app: returns a new key (and its otpauth:// link), in force once confirmed");
        twoFactor.MapPost("/enable", (TwoFactorCode body, TwoFactorEnrolment enrolment) => Guard(async () => TypedResults.Ok(await enrolment.EnableAsync(body.Code))))
            .WithSummary("Confirm the authenticator with a current code: two-factor sign-in is on, and ten recovery codes are returned once")
            .WithDescription("The caller's sessions and tokens end: sign in again with a code. A wrong code is 400 naming code.");
        twoFactor.MapPost("/disable", (TwoFactorEnrolment enrolment, CancellationToken ct) => Guard(async () =>
            {
                await enrolment.DisableAsync(ct);
                return TypedResults.NoContent();
            }))
            .WithSummary("Turn two-factor sign-in off (409 when the caller's role requires it)");
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (DomainRuleException ex)
        {
            return ex.ToResult();
        }
    }
}
