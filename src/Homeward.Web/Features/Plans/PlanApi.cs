using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Plans;

public sealed class PlanApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var plan = api.MapGroup("/cases/{id:guid}").WithTags("Reintegration plan");

        plan.MapGet("/plan", async Task<Results<Ok<PlanOverview>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, PlanQueries queries, CancellationToken ct) =>
                await queries.OverviewAsync(id, ct) is { } overview ? TypedResults.Ok(overview) : DomainProblems.NotFound("case"))
            .WithSummary("The current plan version with its revision token and totals, and the list of versions")
            .RequireAuthorization(Policies.Staff);

        plan.MapPut("/plan", async (Guid id, HttpRequest request, JsonBody json, SavePlan save, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<PlanInput>(request, ct);
                return input is null ? Outcome<PlanOverview>.Invalid(errors).ToApi("case") : (await save.RunAsync(id, input, ct)).ToApi("case");
            })
            .Accepts<PlanInput>("application/json")
            .WithSummary("Creates or replaces the current draft; on an agreed plan, starts a new draft version. A stale revision is refused with 409.")
            .RequireAuthorization(Policies.CaseWork);

        plan.MapPost("/plan/agree", async (Guid id, HttpRequest request, JsonBody json, AgreePlan agree, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<AgreementInput>(request, ct);
                return input is null ? Outcome<PlanOverview>.Invalid(errors).ToApi("case") : (await agree.RunAsync(id, input, ct)).ToApi("case");
            })
            .Accepts<AgreementInput>("application/json")
            .WithSummary("Records the returnee's agreement to the draft and schedules the follow-up visits")
            .RequireAuthorization(Policies.CaseWork);

        plan.MapGet("/plan/versions/{number:int}", async Task<Results<Ok<PlanVersionView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, int number, PlanQueries queries, CancellationToken ct) =>
                await queries.VersionAsync(id, number, ct) is { } version ? TypedResults.Ok(version) : DomainProblems.NotFound("plan version"))
            .WithSummary("One version of the plan, read-only")
            .RequireAuthorization(Policies.Staff);

        plan.MapPost("/budget-lines/{lineId:guid}/approve", async (Guid id, Guid lineId, DecideBudgetLine decide, CancellationToken ct) =>
                (await decide.RunAsync(id, lineId, approve: true, reason: null, ct)).ToApi("budget line"))
            .WithSummary("A supervisor approves a budget line above the approval limit")
            .RequireAuthorization(Policies.Supervision);

        plan.MapPost("/budget-lines/{lineId:guid}/reject", async (Guid id, Guid lineId, HttpRequest request, JsonBody json, DecideBudgetLine decide, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<RejectionInput>(request, ct);
                return input is null ? Outcome<BudgetLineView>.Invalid(errors).ToApi("budget line") : (await decide.RunAsync(id, lineId, approve: false, input.Reason, ct)).ToApi("budget line");
            })
            .Accepts<RejectionInput>("application/json")
            .WithSummary("A supervisor rejects a budget line, giving the reason")
            .RequireAuthorization(Policies.Supervision);
    }
}
