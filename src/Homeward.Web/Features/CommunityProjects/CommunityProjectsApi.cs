using Homeward.Domain.Accounts;
using Homeward.Web.Features.Communities;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.CommunityProjects;

public sealed class CommunityProjectsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/community-projects").WithTags("Community projects");

        projects.MapGet("", async (ProjectQuery query, CancellationToken ct) => TypedResults.Ok(await query.ListAsync(ct)))
            .WithSummary("Community-based projects with their participant counts")
            .RequireAuthorization(Policies.Staff);

        projects.MapGet("/{id:guid}", async Task<Results<Ok<ProjectView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, ProjectQuery query, CancellationToken ct) =>
                await query.FindAsync(id, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("community project"))
            .WithSummary("One project with participants by sex and age group, participatory steps and results against targets. A returnee participant's case and name show only to readers whose scope includes the case.")
            .RequireAuthorization(Policies.Staff);

        projects.MapPost("", async (HttpRequest request, JsonBody json, SaveProject save, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ProjectInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await save.CreateAsync(input, ct);
                return await outcome.ToApiAsync(saved => query.FindAsync(saved, ct), "community project", "community project");
            })
            .Accepts<ProjectInput>("application/json")
            .WithSummary("Starts a community-based project of one of the three types")
            .RequireCommunityWork();

        projects.MapPut("/{id:guid}", async (Guid id, HttpRequest request, JsonBody json, SaveProject save, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ProjectInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await save.UpdateAsync(id, input, ct);
                return await outcome.ToApiAsync(saved => query.FindAsync(saved, ct), "community project", "community project");
            })
            .Accepts<ProjectInput>("application/json")
            .WithSummary("Edits a project (budget and spending, dates, status…); a stale version is refused with 409")
            .RequireCommunityWork();

        projects.MapPost("/{id:guid}/returnees", async (Guid id, HttpRequest request, JsonBody json, JoinProject join, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ReturneeInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await join.RunAsync(id, input, ct);
                var what = outcome.Code == JoinProject.CaseNotVisible ? "case" : "community project";
                return await outcome.ToApiAsync(_ => query.FindAsync(id, ct), what, "community project");
            })
            .Accepts<ReturneeInput>("application/json")
            .WithSummary("A returnee joins the project, by case id or reference within the caller's case scope (404 otherwise); it shows on their case timeline")
            .RequireAuthorization(p => p.RequireRole([.. CommunityAccess.RoleList, Roles.CaseManager]));

        projects.MapPut("/{id:guid}/non-migrants", async (Guid id, HttpRequest request, JsonBody json, ProjectRecords records, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<NonMigrantInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await records.SetNonMigrantsAsync(id, input, ct);
                return await outcome.ToApiAsync(_ => query.FindAsync(id, ct), "community project", "community project");
            })
            .Accepts<NonMigrantInput>("application/json")
            .WithSummary("Sets how many non-migrant community members of one sex and age group take part (0 removes the count)")
            .RequireCommunityWork();

        projects.MapPost("/{id:guid}/steps", async (Guid id, HttpRequest request, JsonBody json, ProjectRecords records, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<StepInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await records.AddStepAsync(id, input, ct);
                return await outcome.ToApiAsync(_ => query.FindAsync(id, ct), "community project", "community project");
            })
            .Accepts<StepInput>("application/json")
            .WithSummary("Records a participatory step (assessment, design, implementation, review) and who took part")
            .RequireCommunityWork();

        projects.MapPost("/{id:guid}/results", async (Guid id, HttpRequest request, JsonBody json, ProjectRecords records, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ResultInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await records.AddResultAsync(id, input, ct);
                return await outcome.ToApiAsync(_ => query.FindAsync(id, ct), "community project", "community project");
            })
            .Accepts<ResultInput>("application/json")
            .WithSummary("Adds an output or outcome with its target")
            .RequireCommunityWork();

        projects.MapPut("/{id:guid}/results/{resultId:guid}", async (Guid id, Guid resultId, HttpRequest request, JsonBody json, ProjectRecords records, ProjectQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<AchievedInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await records.RecordAchievedAsync(id, resultId, input, ct);
                return await outcome.ToApiAsync(_ => query.FindAsync(id, ct), "result", "community project");
            })
            .Accepts<AchievedInput>("application/json")
            .WithSummary("Records what a result has achieved so far against its target")
            .RequireCommunityWork();

        api.MapGet("/cases/{id:guid}/community-projects", async Task<Results<Ok<IReadOnlyList<CaseProjectView>>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, CaseProjectsQuery query, CancellationToken ct) =>
                await query.RunAsync(id, ct) is { } list ? TypedResults.Ok(list) : DomainProblems.NotFound("case"))
            .WithTags("Community projects")
            .WithSummary("The community projects the case's returnee takes part in")
            .RequireAuthorization(Policies.Staff);
    }
}
