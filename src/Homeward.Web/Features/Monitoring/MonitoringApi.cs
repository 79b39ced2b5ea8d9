using Homeward.Domain;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Monitoring;

/// <summary>The results framework's indicators and their values, for M&amp;E officers and programme managers.</summary>
public sealed class MonitoringApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var indicators = api.MapGroup("/indicators").WithTags("Results framework").RequireAuthorization(Policies.Monitoring);

        indicators.MapGet("", async (ResultsFrameworkQuery query, CancellationToken ct) => TypedResults.Ok(await query.IndicatorsAsync(ct)))
            .WithSummary("The indicators of the results framework, with their result, definition, baseline, targets and how they are computed");

        indicators.MapGet("/library", () => TypedResults.Ok(IndicatorLibrary.All.Select(d => new
            {
                kind = d.Kind.ToString(), d.Name, d.Definition, d.Unit, d.PeriodBasis, aggregation = d.Aggregation.ToString(),
                disaggregations = d.Disaggregations.Select(IndicatorValueViews.NameOf), parameters = d.ParameterDefaults, d.HxlTag,
            })))
            .WithSummary("The computed indicators Homeward offers, their parameters and disaggregations");

        indicators.MapGet("/{id:guid}/values", async Task<Results<Ok<IndicatorValuesView>, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>>> (
                Guid id, HttpRequest request, IndicatorValuesQuery query, CancellationToken ct) =>
            {
                var (statistics, errors) = StatisticsRequest.Read(request.Query);
                if (errors.Any) return errors.ToProblem();
                try
                {
                    return await query.RunAsync(id, statistics, ct) is { } values ? TypedResults.Ok(values) : DomainProblems.NotFound("indicator");
                }
                catch (DomainRuleException ex)
                {
                    return new FieldErrors().Add(ex.Field ?? "request", ex.Message).ToProblem();
                }
            })
            .WithSummary("An indicator's values per period, broken down and filtered: ?period=2026-Q1&every=quarter&by=sex,ageGroup&country=&location=&office=&sex=&ageGroup=")
            .WithDescription("Counts only returnees who consent to anonymised statistics. A cell counting fewer people than the programme's threshold "
                + "is suppressed (no numbers), and so are complementary cells, so no suppressed cell can be worked out from the totals.");

        indicators.MapGet("/{id:guid}/values.csv", (Guid id, HttpRequest request, IndicatorValuesQuery query, CancellationToken ct) =>
                ExportAsync(id, request, query, "csv", ct))
            .WithSummary("An indicator's values as CSV, HXL hashtags on the second row; same parameters and suppression as /values");

        indicators.MapGet("/{id:guid}/values.xlsx", (Guid id, HttpRequest request, IndicatorValuesQuery query, CancellationToken ct) =>
                ExportAsync(id, request, query, "xlsx", ct))
            .WithSummary("An indicator's values as an Excel workbook, HXL hashtags on the second row; same parameters and suppression as /values");

        var evaluations = api.MapGroup("/evaluations").WithTags("Evaluations").RequireAuthorization(Policies.Monitoring);
        evaluations.MapGet("", async (Evaluations records, CancellationToken ct) => TypedResults.Ok(await records.ListAsync(ct)))
            .WithSummary("The programme's evaluations with their recommendations, management responses and follow-up");
        evaluations.MapPost("", async Task<Results<Created<EvaluationView>, ValidationProblem>> (HttpRequest request, Plans.JsonBody json, Evaluations records, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<EvaluationInput>(request, ct);
                if (input is null || errors.Any) return errors.ToProblem();
                try
                {
                    var view = await records.RecordAsync(input, ct);
                    return TypedResults.Created($"/api/v1/evaluations/{view.Id}", view);
                }
                catch (DomainRuleException ex)
                {
                    return new FieldErrors().Add(ex.Field ?? "request", ex.Message).ToProblem();
                }
            })
            .Accepts<EvaluationInput>("application/json")
            .WithSummary("Record an evaluation: { title, type, criteria: [Relevance, Coherence, Effectiveness, Efficiency, Impact, Sustainability], evaluator, startedOn, endedOn, findings, recommendations: [text] }");
        evaluations.MapPut("/{id:guid}/recommendations/{recommendationId:guid}/response", async Task<Results<Ok<EvaluationView>, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>>> (
                Guid id, Guid recommendationId, HttpRequest request, Plans.JsonBody json, Evaluations records, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ResponseInput>(request, ct);
                if (input is null || errors.Any) return errors.ToProblem();
                try
                {
                    return await records.RespondAsync(id, recommendationId, input, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("recommendation");
                }
                catch (DomainRuleException ex)
                {
                    return new FieldErrors().Add(ex.Field ?? "request", ex.Message).ToProblem();
                }
            })
            .Accepts<ResponseInput>("application/json")
            .WithSummary("Management's response to a recommendation and its follow-up: { response, note, followUpAction, responsible, dueOn, progress }");

        var samples = api.MapGroup("/validation-samples").WithTags("Data validation").RequireAuthorization(Policies.Supervision);
        samples.MapPost("", async Task<Results<Created<SampleView>, ValidationProblem>> (HttpRequest request, Plans.JsonBody json, ValidationSamples validation, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<SampleInput>(request, ct);
                if (input is null || errors.Any) return errors.ToProblem();
                try
                {
                    var view = await validation.DrawAsync(input, ct);
                    return TypedResults.Created($"/api/v1/validation-samples/{view.Id}", view);
                }
                catch (DomainRuleException ex)
                {
                    return new FieldErrors().Add(ex.Field ?? "request", ex.Message).ToProblem();
                }
            })
            .Accepts<SampleInput>("application/json")
            .WithSummary("Draw a reproducible random sample of cases for spot checks: { size, seed (optional: the same seed over the same cases draws the same sample), officeId }");
        samples.MapGet("/{id:guid}", async Task<Results<Ok<SampleView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, ValidationSamples validation, CancellationToken ct) =>
                await validation.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("sample"))
            .WithSummary("A sample, its cases and the results of their checks");
        samples.MapPut("/{id:guid}/checks/{caseId:guid}", async Task<Results<Ok<SampleView>, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>>> (
                Guid id, Guid caseId, HttpRequest request, Plans.JsonBody json, ValidationSamples validation, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<CheckInput>(request, ct);
                if (input is null || errors.Any) return errors.ToProblem();
                try
                {
                    return await validation.RecordAsync(id, caseId, input, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("sampled case");
                }
                catch (DomainRuleException ex)
                {
                    return new FieldErrors().Add(ex.Field ?? "request", ex.Message).ToProblem();
                }
            })
            .Accepts<CheckInput>("application/json")
            .WithSummary("Record the result of checking a sampled case: { result: Confirmed | Discrepancy | NotReachable, notes }");

        indicators.MapPut("/{id:guid}/values", async Task<Results<NoContent, ValidationProblem, NotFound<DomainProblems.ProblemDetailsLike>, ProblemHttpResult>> (
                Guid id, ManualValueInput input, RecordManualValue record, CancellationToken ct) =>
            {
                var (result, errors) = await record.RunAsync(id, input, ct);
                return result switch
                {
                    RecordManualValue.Result.Saved => TypedResults.NoContent(),
                    RecordManualValue.Result.NotFound => DomainProblems.NotFound("indicator"),
                    RecordManualValue.Result.Invalid => errors.ToProblem(),
                    RecordManualValue.Result.Retired => TypedResults.Problem("This indicator is retired: bring it back before recording values.",
                        statusCode: StatusCodes.Status409Conflict, title: "Retired indicator", extensions: new Dictionary<string, object?> { ["code"] = "indicator-retired" }),
                    _ => TypedResults.Problem("This indicator is computed from Homeward's data; only manual indicators take values entered by hand.",
                        statusCode: StatusCodes.Status409Conflict, title: "Computed indicator", extensions: new Dictionary<string, object?> { ["code"] = "indicator-computed" }),
                };
            })
            .WithSummary("Enter or correct a manual indicator's value for a period, with its evidence: { period, value, evidence }");
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpRequest request, IndicatorValuesQuery query, string format, CancellationToken ct)
    {
        var (statistics, errors) = StatisticsRequest.Read(request.Query);
        if (errors.Any) return errors.ToProblem();
        IndicatorValuesView? view;
        try
        {
            view = await query.RunAsync(id, statistics, ct);
        }
        catch (DomainRuleException ex)
        {
            return new FieldErrors().Add(ex.Field ?? "request", ex.Message).ToProblem();
        }
        if (view is null) return DomainProblems.NotFound("indicator");
        var rows = IndicatorExport.RowsAsync(view);
        return format == "csv"
            ? TypedResults.Stream(body => TabularFile.WriteCsvAsync(body, rows, ct), TabularFile.CsvType, IndicatorExport.FileName(view, "csv"))
            : TypedResults.Stream(body => TabularFile.WriteXlsxAsync(body, "Indicator", rows, ct), TabularFile.XlsxType, IndicatorExport.FileName(view, "xlsx"));
    }
}
