using Homeward.Data;
using Microsoft.AspNetCore.Identity;

namespace Homeward.Web.Features.Account;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST from a form, protected by the anti-forgery token.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (SignInManager<HomewardUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).ExcludeFromDescription().WithMetadata(new Microsoft.AspNetCore.Antiforgery.RequireAntiforgeryTokenAttribute());
}
