using Homeward.Data;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>Building and keeping the programme's results framework: results and their indicators with targets.</summary>
public sealed class FrameworkApi : IApiEndpoints
{
    public sealed record CreatedId(Guid Id);

    public sealed record ResultListed(Guid Id, Guid? ParentId, string Level, string Code, string Statement, int Version);

    public void Map(RouteGroupBuilder api)
    {
        var results = api.MapGroup("/results").WithTags("Results framework").RequireAuthorization(Policies.Monitoring);
        results.MapGet("", async (HomewardDbContext db, CancellationToken ct) =>
                (await db.ResultStatements.AsNoTracking().OrderBy(r => r.Level).ThenBy(r => r.Position).ToListAsync(ct))
                    .Select(r => new ResultListed(r.Id, r.ParentId, r.Level.ToString(), r.Code, r.Statement, r.Version)).ToList())
            .WithSummary("The results of the framework, with the version to send when editing one");
        results.MapPost("", async (ResultInput input, DefineFramework framework, CancellationToken ct) =>
                Created(await framework.AddResultAsync(input, ct), "results"))
            .WithSummary("Add a result to the framework: { level: Objective | Outcome | Output | Activity, parentId, code, statement }")
            .WithDescription("An outcome sits under the objective, an output under an outcome, an activity under an output; the objective under nothing.");
        results.MapPut("/{id:guid}", async (Guid id, ResultInput input, DefineFramework framework, CancellationToken ct) =>
                (await framework.UpdateResultAsync(id, input, ct)).ToApi("result", "result"))
            .WithSummary("Edit a result: the same body as adding one, with the version read (a stale version is 409 and changes nothing)")
            .WithDescription("A result with results under it keeps its level (409).");
        results.MapDelete("/{id:guid}", async (Guid id, DefineFramework framework, CancellationToken ct) =>
                Removed(await framework.RemoveResultAsync(id, ct), "result"))
            .WithSummary("Remove a result: refused (409) while results or indicators sit under it");

        var indicators = api.MapGroup("/indicators").WithTags("Results framework").RequireAuthorization(Policies.Monitoring);
        indicators.MapPost("", async (IndicatorInput input, DefineFramework framework, CancellationToken ct) =>
                Created(await framework.AddIndicatorAsync(input, ct), "indicators"))
            .WithSummary("Add an indicator to a result: computed (computedKind from GET /indicators/library, with its parameters) or manual, with targets per period")
            .WithDescription("Body: { resultId, code, name, definition, unit, baseline, baselineDate, dataSource, collectionMethod, frequency: Month | Quarter | Year, "
                + "responsible, disaggregations: [Sex, AgeGroup, …], computedKind, parameters: { name: value }, higherIsBetter, targets: [{ period: \"2026-Q1\", target }] }.");
        indicators.MapPut("/{id:guid}", async (Guid id, IndicatorInput input, DefineFramework framework, CancellationToken ct) =>
                (await framework.UpdateIndicatorAsync(id, input, ct)).ToApi("indicator", "indicator"))
            .WithSummary("Edit an indicator: the same body as adding one, with the version read (a stale version is 409 and changes nothing)")
            .WithDescription("Targets are replaced by those sent. A manual indicator with recorded values stays manual (409).");
        indicators.MapDelete("/{id:guid}", async (Guid id, DefineFramework framework, CancellationToken ct) =>
                Removed(await framework.RemoveIndicatorAsync(id, ct), "indicator"))
            .WithSummary("Remove an indicator: refused (409) once values were recorded for it; retire it instead");
        indicators.MapPost("/{id:guid}/retire", async (Guid id, DefineFramework framework, CancellationToken ct) =>
                (await framework.RetireIndicatorAsync(id, true, ct)).ToApi("indicator", "indicator"))
            .WithSummary("Retire an indicator: it keeps its targets and recorded values, and is shown as retired");
        indicators.MapPost("/{id:guid}/reinstate", async (Guid id, DefineFramework framework, CancellationToken ct) =>
                (await framework.RetireIndicatorAsync(id, false, ct)).ToApi("indicator", "indicator"))
            .WithSummary("Bring a retired indicator back into the framework");
    }

    private static Results<Created<CreatedId>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>> Created(Outcome<Guid> outcome, string path) =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.Created($"/api/v1/{path}/{outcome.Value}", new CreatedId(outcome.Value))
            : outcome.ToApi(path).Result switch
            {
                ValidationProblem v => v,
                ProblemHttpResult p => p,
                _ => DomainProblems.NotFound(path),
            };

    private static Results<NoContent, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>> Removed(Outcome<Guid> outcome, string what) =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.NoContent()
            : outcome.ToApi(what, what).Result switch
            {
                ValidationProblem v => v,
                ProblemHttpResult p => p,
                _ => DomainProblems.NotFound(what),
            };
}
