using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Rectification;

/// <summary>A returnee's requests to correct their data (right to rectification): recorded, then decided once.</summary>
public sealed class CorrectionRequestsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/persons/{id:guid}/correction-requests").WithTags("Data protection").RequireAuthorization(Policies.Rectification);
        group.MapGet("", ListAsync).WithSummary("A person's correction requests, newest first, with their decisions");
        group.MapPost("", RecordAsync)
            .WithSummary("Record a request to correct the person's data: who asked, when, what is wrong, the correction asked for")
            .WithDescription("Case workers (for persons of their cases) and the data protection officer. Written to the audit log and the timeline of the person's cases.");
        group.MapPost("/{requestId:guid}/decision", DecideAsync)
            .WithSummary("Decide a correction request: Applied (say what was changed) or Refused (give the reason)")
            .WithDescription("A request is decided once: a second decision is 409 and changes nothing.");
    }

    private static async Task<Results<Ok<PersonCorrections>, NotFound<DomainProblems.ProblemDetailsLike>>> ListAsync(Guid id, CorrectionRequests requests, CancellationToken ct) =>
        await requests.ListAsync(id, ct) is { } list ? TypedResults.Ok(list) : DomainProblems.NotFound("person");

    private static async Task<IResult> RecordAsync(Guid id, CorrectionInput body, CorrectionRequests requests, CancellationToken ct) =>
        ToResult(await requests.RecordAsync(id, body, ct), created: true);

    private static async Task<IResult> DecideAsync(Guid id, Guid requestId, CorrectionDecisionInput body, CorrectionRequests requests, CancellationToken ct) =>
        ToResult(await requests.DecideAsync(id, requestId, body, ct), created: false);

    private static IResult ToResult(CorrectionRequests.Outcome outcome, bool created) => outcome switch
    {
        CorrectionRequests.Outcome.Done d when created => TypedResults.Created($"/api/v1/persons/{d.Corrections.PersonId}/correction-requests", d.Corrections.Requests.Single(r => r.Id == d.RequestId)),
        CorrectionRequests.Outcome.Done d => TypedResults.Ok(d.Corrections.Requests.Single(r => r.Id == d.RequestId)),
        CorrectionRequests.Outcome.Invalid i => i.Errors.ToProblem(),
        CorrectionRequests.Outcome.Refused r => r.Rule.ToResult(),
        CorrectionRequests.Outcome.NotFound n => DomainProblems.NotFound(n.What),
        _ => throw new InvalidOperationException(),
    };
}
