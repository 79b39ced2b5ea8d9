using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Caseload;

public sealed class SupervisionApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/supervision", async (SupervisionQuery query, CancellationToken ct) => TypedResults.Ok(await query.RunAsync(ct)))
            .WithTags("Caseload")
            .WithSummary("Open caseloads by case manager, pending approvals, overdue follow-ups, late plans and spending against budget per office")
            .RequireAuthorization(Policies.Supervision);
}
