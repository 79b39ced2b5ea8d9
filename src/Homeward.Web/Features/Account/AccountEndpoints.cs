using Homeward.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST from a form, protected by the anti-forgery token. The result is checked here: the anti-forgery
    /// middleware only records it, and this endpoint binds no form field that would enforce it.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (HttpContext ctx, SignInManager<HomewardUser> signIn, IStringLocalizer<SharedResource> L) =>
        {
            // Answered with a body, so that the error pages do not re-run the refused form post.
            if (ctx.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
                return Results.Text(L["This sign-out did not come from a Homeward page: you are still signed in."].Value, statusCode: StatusCodes.Status400BadRequest);
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).ExcludeFromDescription().WithMetadata(new RequireAntiforgeryTokenAttribute());
}
