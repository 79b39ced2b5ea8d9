using System.Security.Claims;
using Homeward.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// Ends a session or token at once when its account is deactivated or its security stamp changed (password
/// reset, roles changed, signed out everywhere), or when the user ended that session: each authenticated request
/// checks the account and its session in the database, and notes when the session was last used.
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
            if (account is null || !account.IsActive || account.SecurityStamp != stamp || !await SessionStillOpenAsync(db, ctx.User))
            {
                if (!Errors.ProblemSetup.IsApi(ctx))
                    await ctx.RequestServices.GetRequiredService<SignInManager<HomewardUser>>().SignOutAsync();
                ctx.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }
        await next(ctx);
    });

    private static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(1);

    // A sign-in from before sessions were recorded carries no session: only the account checks apply to it.
    private static async Task<bool> SessionStillOpenAsync(HomewardDbContext db, ClaimsPrincipal user)
    {
        if (user.SessionId() is not { } id) return true;
        var now = DateTime.UtcNow;
        var session = await db.UserSessions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.EndedAt, s.LastSeenAt }).FirstOrDefaultAsync();
        if (session is null || session.EndedAt is not null) return false;
        // Written at most once a minute, outside the change tracker: using a session is not a change to audit.
        if (now - session.LastSeenAt > LastSeenPrecision)
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now));
        return true;
    }
}
