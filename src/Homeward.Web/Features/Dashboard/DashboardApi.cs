using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Dashboard;

public sealed class DashboardApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/dashboard", async (DashboardQuery query, CancellationToken ct) => TypedResults.Ok(await query.RunAsync(ct)))
            .WithTags("Dashboard")
            .WithSummary("The caseload visible to the caller, by stage")
            .WithDescription("For M&E officers (deIdentified: true): counts over every office's cases of returnees who consent to anonymised statistics.")
            .RequireAuthorization(Policies.Staff);
}
