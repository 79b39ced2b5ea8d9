using System.ComponentModel.DataAnnotations;
using Homeward.Data;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Homeward.Web.Features.Account;

/// <param name="TwoFactorCode">The authenticator's current code, for accounts with two-factor sign-in.</param>
/// <param name="TwoFactorRecoveryCode">One of the account's recovery codes, instead of the authenticator's code.</param>
public sealed record LoginRequest([property: Required] string Email, [property: Required] string Password, string? TwoFactorCode = null, string? TwoFactorRecoveryCode = null);

public sealed record CurrentUserResponse(Guid Id, string Email, string Name, IReadOnlyList<string> Roles, Guid? OfficeId, Guid? OrganisationId);

/// <summary>Bearer-token sign-in for API clients, and who the caller is.</summary>
public sealed class LoginApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Authentication");
        auth.MapPost("/login", LoginAsync)
            .WithSummary("Sign in with email and password")
            .WithDescription("Returns {tokenType, accessToken, expiresIn, refreshToken}. Send the access token as `Authorization: Bearer …`. Repeated failures lock the account for 15 minutes. "
                + "An account with two-factor sign-in also sends twoFactorCode (or twoFactorRecoveryCode); without it the answer is 401 with code two-factor-required.")
            .Produces(StatusCodes.Status200OK)
            .AllowAnonymous();
        auth.MapGet("/me", Me).WithSummary("The signed-in user").RequireAuthorization().WithMetadata(new AllowBeforeTwoFactorAttribute());
    }

    private static async Task<Results<EmptyHttpResult, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<HomewardUser> signIn, SignInAudit audit)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email)) errors["email"] = ["Enter the email address of the account."];
        if (string.IsNullOrEmpty(request.Password)) errors["password"] = ["Enter the password."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var user = await signIn.UserManager.FindByEmailAsync(request.Email);
        if (user is { IsActive: false }) return TypedResults.Problem("This account is deactivated.", statusCode: 401, title: "Sign-in refused");

        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.Email, request.Password, isPersistent: false, lockoutOnFailure: true);
        var channel = "api";
        if (result.RequiresTwoFactor)
        {
            if (request.TwoFactorCode is { Length: > 0 } code)
                result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorEnrolment.Clean(code), isPersistent: false, rememberClient: false);
            else if (request.TwoFactorRecoveryCode is { Length: > 0 } recovery)
                result = await signIn.TwoFactorRecoveryCodeSignInAsync(recovery.Trim());
            else
                return TypedResults.Problem("This account signs in with a second factor: send twoFactorCode from the authenticator app, or a twoFactorRecoveryCode.",
                    statusCode: 401, title: "Two-factor code required", extensions: new Dictionary<string, object?> { ["code"] = "two-factor-required" });
            channel = "api, two-factor";
        }
        await audit.RecordAsync(request.Email, user, result.Succeeded, channel);
        if (result.IsLockedOut)
            return TypedResults.Problem("Too many failed attempts: the account is locked for 15 minutes.", statusCode: 401, title: "Sign-in refused");
        if (!result.Succeeded)
            return TypedResults.Problem(channel == "api" ? "The email or password is not right." : "The two-factor code is not right.", statusCode: 401, title: "Sign-in refused");
        // The bearer token handler has written the token response.
        return TypedResults.Empty;
    }

    private static CurrentUserResponse Me(System.Security.Claims.ClaimsPrincipal user) => new(
        user.UserId() ?? Guid.Empty,
        user.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? user.Identity?.Name ?? "",
        user.Name(),
        user.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList(),
        user.OfficeId(),
        user.OrganisationId());
}
