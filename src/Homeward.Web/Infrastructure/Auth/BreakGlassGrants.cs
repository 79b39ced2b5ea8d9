using Homeward.Data;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// Loads, once per request, the cases the signed-in user opened with break-glass access that has not expired yet;
/// the data scope adds them to what the user sees.
/// </summary>
public static class BreakGlassGrants
{
    private const string ItemKey = "homeward:break-glass";

    public static IApplicationBuilder UseBreakGlassGrants(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.User.Identity?.IsAuthenticated == true && ctx.User.UserId() is { } id)
        {
            var db = ctx.RequestServices.GetRequiredService<HomewardDbContext>();
            var now = DateTime.UtcNow;
            ctx.Items[ItemKey] = await db.BreakGlassGrants.AsNoTracking().Where(g => g.UserId == id && g.ExpiresAt > now)
                .Select(g => g.CaseId).Distinct().ToArrayAsync(ctx.RequestAborted);
        }
        await next(ctx);
    });

    public static Guid[] Of(HttpContext ctx) => ctx.Items.TryGetValue(ItemKey, out var ids) && ids is Guid[] granted ? granted : [];
}
