using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Cases;

public sealed record TransitionRequest(CaseStage? To, int? Version);
public sealed record CloseRequest(ClosureReason? Reason, OptOutReason? OptOutReason, string? Note, int? Version);
public sealed record OptOutRequest(OptOutReason? OptOutReason, string? Note, int? Version);
public sealed record ReasonRequest(string? Reason, int? Version);
public sealed record VersionRequest(int? Version);

/// <summary>One case: its details, stage changes, closure and reopening, assessments, counselling and assignment.</summary>
public sealed class CasesApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}").WithTags("Cases").RequireAuthorization(Policies.Staff);

        cases.MapGet("", async (Guid id, CaseDetailsQuery query, CancellationToken ct) =>
                await query.RunAsync(id, ct) is { } details ? Results.Ok(details) : NotFound())
            .WithSummary("A case with its returnee, household, consents, flags, plan summary and timeline");

        var work = cases.MapGroup("").RequireAuthorization(Policies.CaseWork);
        work.MapPost("/transitions", (Guid id, TransitionRequest body, CaseWorkflow flow, CancellationToken ct) =>
                Run(body.Version, v => body.To is { } to ? flow.MoveAsync(id, v, to, ct) : throw new DomainRuleException("transition-to", "Say which stage to move to.", "to")))
            .WithSummary("Move the case to the next stage")
            .WithDescription("Registered → Assessment → Planning (needs an assessment) → Implementation (needs an agreed plan) → Monitoring. An illegal transition is 409; a stale version is 409.");
        work.MapPost("/close", (Guid id, CloseRequest body, CaseWorkflow flow, CancellationToken ct) =>
                Run(body.Version, v => flow.CloseAsync(id, v, body.Reason, body.OptOutReason, body.Note, ct)))
            .WithSummary("Close the case with a closure reason (pending a supervisor's approval where the programme requires it)");
        work.MapPost("/opt-out", (Guid id, OptOutRequest body, CaseWorkflow flow, CancellationToken ct) =>
                Run(body.Version, v => flow.OptOutAsync(id, v, body.OptOutReason, body.Note, ct)))
            .WithSummary("The returnee chooses to stop: records why and closes the case at once");
        work.MapPost("/reopen", (Guid id, ReasonRequest body, CaseWorkflow flow, CancellationToken ct) =>
                Run(body.Version, v => flow.ReopenAsync(id, v, body.Reason, ct)))
            .WithSummary("Reopen a closed case with a reason; it returns to the stage it was closed from");
        work.MapPost("/closure/approve", (Guid id, VersionRequest body, CaseWorkflow flow, CancellationToken ct) =>
                Run(body.Version, v => flow.ApproveClosureAsync(id, v, ct)))
            .RequireAuthorization(Policies.Supervision).WithSummary("Approve a pending closure (supervisor)");
        work.MapPost("/closure/reject", (Guid id, ReasonRequest body, CaseWorkflow flow, CancellationToken ct) =>
                Run(body.Version, v => flow.RejectClosureAsync(id, v, body.Reason, ct)))
            .RequireAuthorization(Policies.Supervision).WithSummary("Refuse a pending closure with a reason (supervisor)");
        work.MapPost("/assessments", async (Guid id, AssessmentInput body, CaseRecords records, CancellationToken ct) =>
                await ApiGuard.RunAsync(async () => await records.RecordAssessmentAsync(id, body, ct) is { } created ? Results.Created($"/api/v1/cases/{id}", new { id = created }) : NotFound()))
            .WithSummary("Record an assessment (a plan needs at least one)");
        work.MapPost("/counselling", async (Guid id, CounsellingInput body, CaseRecords records, CancellationToken ct) =>
                await ApiGuard.RunAsync(async () => await records.RecordCounsellingAsync(id, body, ct) is { } created ? Results.Created($"/api/v1/cases/{id}", new { id = created }) : NotFound()))
            .WithSummary("Record a counselling session");
        work.MapPost("/assignment", async (Guid id, AssignmentInput body, CaseRecords records, CancellationToken ct) =>
                await ApiGuard.RunAsync(async () => await records.AssignAsync(id, body, ct) ? Results.NoContent() : NotFound()))
            .RequireAuthorization(Policies.Supervision).WithSummary("Assign or transfer the case to a case manager (supervisor)");
    }

    private static Task<IResult> Run(int? version, Func<int, Task<CaseWorkflow.Outcome?>> change) => ApiGuard.RunAsync(async () =>
    {
        if (version is not { } v)
            return new FieldErrors().Add("version", "Send the case's version as loaded, so that a stale edit can be detected.").ToProblem();
        return await change(v) is { } outcome ? Results.Ok(outcome) : NotFound();
    });

    private static IResult NotFound() => TypedResults.Problem("No case with this id is visible to you.", statusCode: 404, title: "Case not found");
}
