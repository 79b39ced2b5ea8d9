using Homeward.Data;
using Homeward.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// When a signed-in user asks for a case or person that exists but is outside their scope (an id changed by hand, a
/// link from another office), the answer is 404 as for an unknown id, and the attempt is written to the audit log.
/// </summary>
public static class OutOfScopeAudit
{
    public static IApplicationBuilder UseOutOfScopeAudit(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        // Read before the endpoint runs: a page's not-found answer is re-executed on another route.
        var target = Target(ctx);
        await next(ctx);
        if (target is null || ctx.Response.StatusCode != StatusCodes.Status404NotFound || ctx.User.Identity?.IsAuthenticated != true) return;

        await using var scope = ctx.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomewardDbContext>();
        var (type, id) = target.Value;
        var refused = type == "Case"
            ? await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Id == id) && !await db.Cases.AnyAsync(c => c.Id == id)
            : await db.Persons.AnyAsync(p => p.Id == id) && !await PersonIsVisibleAsync(db, id);
        if (!refused) return;
        db.RecordAccess(AuditActions.AccessDenied, type, id.ToString(), $"{ctx.Request.Method} {ctx.Request.Path}");
        await db.SaveChangesAsync();
    });

    /// <summary>The case or person a route names by its id: /cases/{id}…, /api/v1/cases/{id}…, /persons/{id}…, /api/v1/persons/{id}….</summary>
    private static (string Type, Guid Id)? Target(HttpContext ctx)
    {
        if (ctx.GetEndpoint() is not RouteEndpoint endpoint || endpoint.RoutePattern.RawText is not { } pattern) return null;
        var path = pattern.TrimStart('/');
        if (path.StartsWith("api/v1/", StringComparison.Ordinal)) path = path["api/v1/".Length..];
        var type = path.StartsWith("cases/{", StringComparison.OrdinalIgnoreCase) ? "Case"
            : path.StartsWith("persons/{", StringComparison.OrdinalIgnoreCase) ? "Person" : null;
        if (type is null) return null;
        // The parameter's name: {id:guid} in the API, {Id:guid} or {CaseId:guid} on pages.
        var start = path.IndexOf('{') + 1;
        var name = path[start..path.IndexOfAny([':', '}'], start)];
        return Guid.TryParse(ctx.Request.RouteValues[name]?.ToString(), out var id) ? (type, id) : null;
    }

    /// <summary>A person is visible through a case in scope of which they or their household's principal are the principal.</summary>
    private static async Task<bool> PersonIsVisibleAsync(HomewardDbContext db, Guid personId)
    {
        var person = await db.Persons.Where(p => p.Id == personId).Select(p => new { p.Id, p.HouseholdId }).FirstAsync();
        var principal = person.HouseholdId is { } h ? await db.Households.Where(x => x.Id == h).Select(x => x.PrincipalPersonId).FirstOrDefaultAsync() : null;
        return await db.Cases.AnyAsync(c => c.PrincipalPersonId == personId || c.PrincipalPersonId == principal);
    }
}
