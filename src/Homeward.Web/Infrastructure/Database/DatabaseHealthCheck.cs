using Homeward.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>`GET /health` is healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(HomewardDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The database does not answer.");
}
