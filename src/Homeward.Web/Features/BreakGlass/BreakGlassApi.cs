using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.BreakGlass;

public sealed record BreakGlassRequest(string? Reason);

/// <summary>Break-glass access to a case outside one's scope, and the data protection officer's list of them.</summary>
public sealed class BreakGlassApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/cases/{id:guid}/break-glass", OpenAsync)
            .WithTags("Data protection")
            .WithSummary("Open a case outside your scope for a limited time, giving the reason")
            .WithDescription("The reason (at least 10 characters) is written to the audit log and each data protection officer is notified. "
                + "The access lasts the programme's break-glass time (2 hours unless set otherwise). A case already in your scope is 409.")
            .RequireAuthorization(Policies.CaseWork);
        api.MapGet("/audit/break-glass", async (BreakGlassAccess access, CancellationToken ct) => TypedResults.Ok(await access.ListAsync(ct)))
            .WithTags("Audit")
            .WithSummary("Every break-glass access: who, which case, why, when, until when (latest 500)")
            .RequireAuthorization(Policies.DataProtection);
    }

    private static async Task<Results<Created<BreakGlassAccess.Outcome.Granted>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>>> OpenAsync(
        Guid id, BreakGlassRequest body, BreakGlassAccess access, CancellationToken ct) =>
        await access.OpenAsync(id, body.Reason, ct) switch
        {
            BreakGlassAccess.Outcome.Granted granted => TypedResults.Created($"/api/v1/cases/{id}", granted),
            BreakGlassAccess.Outcome.Invalid invalid => invalid.Errors.ToProblem(),
            BreakGlassAccess.Outcome.AlreadyInScope already => TypedResults.Problem(already.Rule.Message, statusCode: StatusCodes.Status409Conflict,
                title: "The case is already in your scope.", extensions: new Dictionary<string, object?> { ["code"] = already.Rule.Code }),
            _ => DomainProblems.NotFound("case"),
        };
}
