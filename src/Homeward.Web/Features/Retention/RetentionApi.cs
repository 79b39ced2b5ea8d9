using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Retention;

/// <summary>The data protection officer's view of the retention policy.</summary>
public sealed class RetentionApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/retention/due", async (RetentionSchedule schedule, CancellationToken ct) => TypedResults.Ok(await schedule.ListAsync(DateTime.UtcNow, ct)))
            .WithTags("Data protection")
            .WithSummary("Closed cases whose retention period has run out, oldest first (at most 500)")
            .WithDescription("The nightly retention job anonymises them: names replaced, contact, documents, aliases and free text removed, "
                + "date of birth kept as the year and place of return as the district; stages, assessments and amounts kept for statistics.")
            .RequireAuthorization(Policies.DataProtection);
}
