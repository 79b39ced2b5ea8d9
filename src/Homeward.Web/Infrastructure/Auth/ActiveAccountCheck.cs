using System.Security.Claims;
using Homeward.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// Ends a session or token at once when its account is deactivated or its security stamp changed (password
/// reset, roles changed, signed out everywhere): each authenticated request checks the account in the database.
/// </summary>
public static class ActiveAccountCheck
{
    public static IApplicationBuilder UseActiveAccountCheck(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true && ctx.User.UserId() is { } id)
        {
            var options = ctx.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value;
            var stamp = ctx.User.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
            var db = ctx.RequestServices.GetRequiredService<HomewardDbContext>();
            var account = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new { u.IsActive, u.SecurityStamp }).FirstOrDefaultAsync(ctx.RequestAborted);
            if (account is null || !account.IsActive || account.SecurityStamp != stamp)
            {
                if (!Errors.ProblemSetup.IsApi(ctx))
                    await ctx.RequestServices.GetRequiredService<SignInManager<HomewardUser>>().SignOutAsync();
                ctx.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(ctx);
    });
}
