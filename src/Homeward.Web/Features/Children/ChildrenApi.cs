using Homeward.Domain;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Instruments;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Children;

/// <summary>
/// The children of a family case: each child's own view, participation, activities, follow-up findings, and their
/// best-interests assessments (child-protection content: the sensitive data permission as well as the case in scope).
/// </summary>
public sealed class ChildrenApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports/children", async (ChildrenReport report, CancellationToken ct) =>
            {
                var (view, tables) = await report.SuppressedAsync(ct);
                return TypedResults.Ok(ChildrenReportFigures.From(view.On, tables));
            })
            .WithTags("Children")
            .WithSummary("Children assisted by age group and sex, forced returns involving a child, best-interests assessments done and pending, determinations and their outcomes, children in school at follow-up; over the cases in the reader's scope, in numbers only; a number under the programme's small-cell threshold, or one it could be worked out from, is null (suppressed) as on the page")
            .RequireAuthorization(Policies.Staff);

        var children = api.MapGroup("/cases/{id:guid}/children").WithTags("Children");

        children.MapGet("", async (Guid id, ChildQueries queries, CancellationToken ct) =>
                await queries.ListAsync(id, ct) is { } list ? Results.Ok(list) : CaseNotFound())
            .WithSummary("The household's children (and those who were children when they returned): age, the day they turn 18, best-interests assessment status")
            .RequireAuthorization(Policies.Staff);

        children.MapGet("/{personId:guid}", async (Guid id, Guid personId, ChildQueries queries, CancellationToken ct) =>
                await queries.ViewAsync(id, personId, ct) is { } view ? Results.Ok(view) : ChildNotFound())
            .WithSummary("One child's own view: assessments, plan activities, follow-up findings, participation; child-protection content withheld without the sensitive data permission")
            .RequireAuthorization(Policies.Staff);

        children.MapPost("/{personId:guid}/participation", (Guid id, Guid personId, HttpRequest request, JsonBody json, ChildRecords records, CancellationToken ct) =>
                ApiGuard.RunAsync(async () =>
                {
                    var (input, errors) = await json.ReadAsync<ParticipationInput>(request, ct);
                    if (input is null) return errors.ToProblem();
                    return await records.RecordParticipationAsync(id, personId, input, ct) is { } saved ? Results.Created($"/api/v1/cases/{id}/children/{personId}", saved) : ChildNotFound();
                }))
            .Accepts<ParticipationInput>("application/json")
            .WithSummary("Records whether the child was heard, how, in which language, with which adult present, and what they said they want")
            .RequireAuthorization(Policies.CaseWork);

        children.MapPost("/{personId:guid}/activities", (Guid id, Guid personId, HttpRequest request, JsonBody json, ChildRecords records, CancellationToken ct) =>
                ApiGuard.RunAsync(async () =>
                {
                    var (input, errors) = await json.ReadAsync<ChildActivityInput>(request, ct);
                    if (input is null) return errors.ToProblem();
                    return await records.AddActivityAsync(id, personId, input, ct) is { } saved ? Results.Created($"/api/v1/cases/{id}/children/{personId}", saved) : ChildNotFound();
                }))
            .Accepts<ChildActivityInput>("application/json")
            .WithSummary("Adds the child's own activity to the family plan: education continuity, health, psychosocial support, birth registration and documents")
            .RequireAuthorization(Policies.CaseWork);

        children.MapPost("/{personId:guid}/follow-up-findings", (Guid id, Guid personId, HttpRequest request, JsonBody json, ChildRecords records, CancellationToken ct) =>
                ApiGuard.RunAsync(async () =>
                {
                    var (input, errors) = await json.ReadAsync<ChildFindingInput>(request, ct);
                    if (input is null) return errors.ToProblem();
                    return await records.RecordFindingAsync(id, personId, input, ct) is { } saved ? Results.Created($"/api/v1/cases/{id}/children/{personId}", saved) : ChildNotFound();
                }))
            .Accepts<ChildFindingInput>("application/json")
            .WithSummary("Records what a follow-up found for the child: in school or not, and how they are doing")
            .RequireAuthorization(Policies.CaseWork);

        children.MapGet("/{personId:guid}/best-interests-assessments", async (Guid id, Guid personId, ChildQueries queries, CurrentUser user, CancellationToken ct) =>
                !user.CanSeeSensitiveData ? NeedsPermission()
                : await queries.BestInterestsRecordsAsync(id, personId, ct) is { } list ? Results.Ok(list) : ChildNotFound())
            .WithSummary("The child's best-interests assessments in full, answers included; needs the sensitive data permission; every read is audited")
            .RequireAuthorization(Policies.Staff);

        children.MapPost("/{personId:guid}/best-interests-assessments", (Guid id, Guid personId, HttpRequest request, JsonBody json,
                RecordBestInterestsAssessment record, CurrentUser user, CancellationToken ct) => ApiGuard.RunAsync(async () =>
            {
                if (!user.CanSeeSensitiveData) return NeedsPermission();
                var (input, errors) = await json.ReadAsync<BestInterestsInput>(request, ct);
                if (input is null) return errors.ToProblem();
                var answers = RecordBestInterestsAssessment.AnswersFrom(input.Answers, errors);
                if (errors.Any) return errors.ToProblem();
                var language = input.Form is { } form ? InstrumentLanguage.ForCurrentCulture((await record.InstrumentAsync(form, ct)).Instrument) : null;
                var result = await record.RunAsync(id, personId, input.Form, input.ConductedOn, answers, input.Participation, language, ct);
                if (result is null) return ChildNotFound();
                if (result.Refused is { } check)
                {
                    foreach (var error in check.Errors) errors.Add(error.Field, error.Message);
                    return errors.ToProblem();
                }
                return Results.Created($"/api/v1/cases/{id}/children/{personId}/best-interests-assessments", result.Saved);
            }))
            .Accepts<BestInterestsInput>("application/json")
            .WithSummary("Records a best-interests assessment (short or comprehensive form) with the child's participation; needs the sensitive data permission")
            .WithDescription("Answers are checked as the instrument says: 400 listing each question at fault, nothing saved. A forced return is never "
                + "recorded as being in the child's best interests (400 on return_in_best_interests). Repeatable until the case is closed (409 after).")
            .RequireAuthorization(Policies.CaseWork);

        children.MapPost("/{personId:guid}/best-interests-waiver", (Guid id, Guid personId, HttpRequest request, JsonBody json, WaiveBestInterestsAssessment waive, CancellationToken ct) =>
                ApiGuard.RunAsync(async () =>
                {
                    var (input, errors) = await json.ReadAsync<WaiverInput>(request, ct);
                    if (input is null) return errors.ToProblem();
                    return await waive.RunAsync(id, personId, input, ct) is { } saved ? Results.Created($"/api/v1/cases/{id}/children/{personId}", saved) : ChildNotFound();
                }))
            .Accepts<WaiverInput>("application/json")
            .WithSummary("A supervisor records why the family plan may be agreed before this child's best-interests assessment")
            .RequireAuthorization(Policies.Supervision);
    }

    private static IResult CaseNotFound() => TypedResults.Problem("No case with this id is visible to you.", statusCode: 404, title: "Case not found");

    private static IResult ChildNotFound() =>
        TypedResults.Problem("No member of this case's household with this id is visible to you.", statusCode: 404, title: "Child not found");

    private static IResult NeedsPermission() =>
        TypedResults.Problem("Best-interests records are child-protection data: reading or writing them needs the sensitive data permission.",
            statusCode: 403, title: "Forbidden");
}
