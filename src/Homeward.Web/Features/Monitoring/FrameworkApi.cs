using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Monitoring;

/// <summary>Building the programme's results framework: results and their indicators with targets.</summary>
public sealed class FrameworkApi : IApiEndpoints
{
    public sealed record CreatedId(Guid Id);

    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/results", async (ResultInput input, DefineFramework framework, CancellationToken ct) =>
                Answer(await framework.AddResultAsync(input, ct), "results", "A result with this code is already in the framework."))
            .WithTags("Results framework").RequireAuthorization(Policies.Monitoring)
            .WithSummary("Add a result to the framework: { level: Objective | Outcome | Output | Activity, parentId, code, statement }")
            .WithDescription("An outcome sits under the objective, an output under an outcome, an activity under an output; the objective under nothing.");
        api.MapPost("/indicators", async (IndicatorInput input, DefineFramework framework, CancellationToken ct) =>
                Answer(await framework.AddIndicatorAsync(input, ct), "indicators", "An indicator with this code is already in the framework."))
            .WithTags("Results framework").RequireAuthorization(Policies.Monitoring)
            .WithSummary("Add an indicator to a result: computed (computedKind from GET /indicators/library, with its parameters) or manual, with targets per period")
            .WithDescription("Body: { resultId, code, name, definition, unit, baseline, baselineDate, dataSource, collectionMethod, frequency: Month | Quarter | Year, "
                + "responsible, disaggregations: [Sex, AgeGroup, …], computedKind, parameters: { name: value }, higherIsBetter, targets: [{ period: \"2026-Q1\", target }] }.");
    }

    private static Results<Created<CreatedId>, ValidationProblem, ProblemHttpResult> Answer(
        (DefineFramework.Result Result, FieldErrors Errors, Guid Id) outcome, string path, string duplicate) => outcome.Result switch
    {
        DefineFramework.Result.Created => TypedResults.Created($"/api/v1/{path}/{outcome.Id}", new CreatedId(outcome.Id)),
        DefineFramework.Result.DuplicateCode => TypedResults.Problem(duplicate, statusCode: StatusCodes.Status409Conflict, title: "Code already used",
            extensions: new Dictionary<string, object?> { ["code"] = "framework-code-taken", ["field"] = "code" }),
        _ => outcome.Errors.ToProblem(),
    };
}
