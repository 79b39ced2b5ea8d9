using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Caseload;

public sealed class CaseloadApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/cases", ListAsync)
            .WithTags("Caseload")
            .WithSummary("The cases visible to the caller, filtered, newest first, one page at a time")
            .WithDescription("Filters: stage, overdueFollowUp=true, latePlan=true, vulnerable=true, locationId (the place or anywhere below it), "
                + "caseManagerId, mine=true, q (name prefix or sound-alike, exact document number, exact case reference). "
                + "Paging: limit (1-200, default 50) and after = the nextCursor of the previous page; nextCursor is null on the last page.")
            .RequireAuthorization(Policies.Staff);

    private static async Task<Results<Ok<CaseloadQuery.Page>, ValidationProblem>> ListAsync(
        [AsParameters] CaseloadRequest request, CaseloadQuery query, IStringLocalizer<SharedResource> localizer, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (CaseloadFilter.Parse(request, errors, localizer) is not { } filter) return errors.ToProblem();
        return TypedResults.Ok(await query.RunAsync(filter, ct));
    }
}
