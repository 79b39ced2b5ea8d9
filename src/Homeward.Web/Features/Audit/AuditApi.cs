using Homeward.Data;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Audit;

/// <summary>The data protection officer's view of the audit log.</summary>
public sealed class AuditApi : IApiEndpoints
{
    public sealed record AccessLine(long Sequence, DateTime At, string UserName, string Action, string EntityType, string? EntityId, string? Details);

    public void Map(RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization(Policies.DataProtection);
        audit.MapGet("/verify", async (AuditChainVerifier verifier, CancellationToken ct) => TypedResults.Ok(await verifier.RunAsync(ct)))
            .WithSummary("Recompute the audit log's hash chain and report the first broken link");
        audit.MapGet("/persons/{id:guid}", async (Guid id, HomewardDbContext db, CancellationToken ct) =>
            {
                var key = id.ToString();
                var lines = await db.AuditEntries.AsNoTracking()
                    .Where(e => e.EntityType == "Person" && e.EntityId == key)
                    .OrderByDescending(e => e.Sequence).Take(500)
                    .Select(e => new AccessLine(e.Sequence, e.At, e.UserName, e.Action, e.EntityType, e.EntityId, e.Details))
                    .ToListAsync(ct);
                return TypedResults.Ok(lines);
            })
            .WithSummary("Who read or changed a person's record, and when (latest 500 lines)");
    }
}
