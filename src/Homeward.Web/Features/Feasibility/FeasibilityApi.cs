using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Feasibility;

public sealed class FeasibilityApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var grid = api.MapGroup("/feasibility-grid").WithTags("Feasibility grid");
        grid.MapGet("", async (GridEditor editor, CancellationToken ct) => TypedResults.Ok(await editor.ReadAsync(ct)))
            .WithSummary("The programme's feasibility grid: approaches per dimension with their criteria at individual, community and structural level")
            .RequireAuthorization(Policies.Staff);
        grid.MapPut("", async (HttpRequest request, JsonBody json, GridEditor editor, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<List<GridApproachInput>>(request, ct);
                return input is null ? Outcome<IReadOnlyList<GridApproachView>>.Invalid(errors).ToApi("grid") : (await editor.ReplaceAsync(input, ct)).ToApi("grid");
            })
            .Accepts<List<GridApproachInput>>("application/json")
            .WithSummary("Replaces the grid. Rules: Manual, VulnerabilityFlag, NoVulnerabilityFlag, ServiceWithCapacity (serviceType), AssessmentRecorded (assessmentKind), LabourMarketDemand (skill)")
            .RequireAuthorization(Policies.Supervision);

        var cases = api.MapGroup("/cases/{id:guid}/feasible-support").WithTags("Feasibility grid");
        cases.MapGet("", async Task<Results<Ok<IReadOnlyList<FeasibleSupportView>>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, bool? all, FeasibleSupport support, CancellationToken ct) =>
                await support.EvaluateAsync(id, ct) is { } views
                    ? TypedResults.Ok<IReadOnlyList<FeasibleSupportView>>(all == true ? views : views.Where(v => v.Feasible).ToList())
                    : DomainProblems.NotFound("case"))
            .WithSummary("The approaches of the grid whose criteria all hold for this returnee (all=true: every approach), with the reason for each criterion met or not")
            .RequireAuthorization(Policies.Staff);
        cases.MapPut("/criteria/{criterionId:guid}", async (Guid id, Guid criterionId, HttpRequest request, JsonBody json, FeasibleSupport support, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<TickInput>(request, ct);
                return input is null ? Outcome<IReadOnlyList<FeasibleSupportView>>.Invalid(errors).ToApi("case") : (await support.TickAsync(id, criterionId, input, ct)).ToApi("case");
            })
            .Accepts<TickInput>("application/json")
            .WithSummary("The case manager ticks a criterion checked by hand: holds true or false")
            .RequireAuthorization(Policies.CaseWork);
        cases.MapPost("/{approachId:guid}/plan-activity", async (Guid id, Guid approachId, FeasibleSupport support, CancellationToken ct) =>
                (await support.AddToPlanAsync(id, approachId, ct)).ToApi("case"))
            .WithSummary("Adds a feasible approach to the draft plan as an activity")
            .RequireAuthorization(Policies.CaseWork);
    }
}
