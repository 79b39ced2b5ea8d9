using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.FollowUps;

public sealed class FollowUpsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var followUps = api.MapGroup("/cases/{id:guid}/follow-ups").WithTags("Follow-up");
        followUps.MapGet("", GetAsync)
            .WithSummary("The case's follow-up schedule, each visit due, overdue or done")
            .RequireAuthorization(Policies.Staff);
        followUps.MapPost("", RecordAsync)
            .WithSummary("Record a follow-up visit: a scheduled one (visitId) or an unscheduled one")
            .WithDescription("doneOn may not be in the future nor before the return date; mode is InPerson, Phone or Remote; at least one "
                + "dimension's findings. Only for cases in Implementation or Monitoring (409 otherwise). Send the case's version to refuse a stale edit.")
            .RequireAuthorization(Policies.CaseWork);
    }

    private static async Task<Results<Ok<FollowUpScheduleQuery.Schedule>, NotFound<DomainProblems.ProblemDetailsLike>>> GetAsync(
        Guid id, FollowUpScheduleQuery query, CancellationToken ct) =>
        await query.GetAsync(id, ct) is { } schedule ? TypedResults.Ok(schedule) : DomainProblems.NotFound("case");

    private static async Task<Results<Created<RecordFollowUpOutcome.Recorded>, NotFound<DomainProblems.ProblemDetailsLike>, ValidationProblem, ProblemHttpResult>> RecordAsync(
        Guid id, RecordFollowUpRequest request, RecordFollowUp useCase, CancellationToken ct) =>
        await useCase.RunAsync(id, request, ct) switch
        {
            RecordFollowUpOutcome.Recorded recorded => TypedResults.Created($"/api/v1/cases/{id}/follow-ups", recorded),
            RecordFollowUpOutcome.CaseNotFound => DomainProblems.NotFound("case"),
            RecordFollowUpOutcome.VisitNotFound => DomainProblems.NotFound("follow-up visit of this case"),
            RecordFollowUpOutcome.Invalid invalid => invalid.Errors.ToProblem(),
            RecordFollowUpOutcome.Conflict conflict => TypedResults.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict,
                title: "The case is not in a state that allows this.", extensions: new Dictionary<string, object?> { ["code"] = conflict.Code }),
            RecordFollowUpOutcome.Stale => DomainProblems.StaleEdit("case"),
            var other => throw new InvalidOperationException($"Unexpected outcome {other}."),
        };
}
