using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Communities;

public sealed class CommunitiesApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var communities = api.MapGroup("/communities").WithTags("Communities");

        communities.MapGet("/returns", async Task<Results<Ok<HighReturnRanking>, ValidationProblem>> (string? from, string? to, string? level,
                HighReturnQuery query, IStringLocalizer<SharedResource> L, CancellationToken ct) =>
            {
                var (start, end, lvl, errors) = RankingRequest.Read(from, to, level, L);
                return errors.Any ? errors.ToProblem() : TypedResults.Ok(await query.RunAsync(start, end, lvl, ct));
            })
            .WithSummary("Communities ranked by returns over a period (from, to as yyyy-mm-dd; level of the hierarchy), with the previous period, trend, returns per 1,000 inhabitants and those proposed for profiling. Counts only returnees who consent to anonymised statistics.")
            .RequireAuthorization(Policies.Staff);

        communities.MapGet("", async (ProfileQuery query, CancellationToken ct) => TypedResults.Ok(await query.ListAsync(ct)))
            .WithSummary("The community profiles")
            .RequireAuthorization(Policies.Staff);

        communities.MapGet("/{id:guid}", async Task<Results<Ok<ProfileView>, NotFound<DomainProblems.ProblemDetailsLike>>> (Guid id, ProfileQuery query, CancellationToken ct) =>
                await query.FindAsync(id, ct) is { } view ? TypedResults.Ok(view) : DomainProblems.NotFound("community"))
            .WithSummary("One community profile with its favourable-conditions checklist (computed and judged) and its projects")
            .RequireAuthorization(Policies.Staff);

        communities.MapPost("", async (HttpRequest request, JsonBody json, SaveProfile save, ProfileQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ProfileInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await save.CreateAsync(input, ct);
                return await outcome.ToApiAsync(saved => query.FindAsync(saved, ct), "community", "community profile");
            })
            .Accepts<ProfileInput>("application/json")
            .WithSummary("Profiles a community: one place of the location hierarchy or a group of places")
            .RequireCommunityWork();

        communities.MapPut("/{id:guid}", async (Guid id, HttpRequest request, JsonBody json, SaveProfile save, ProfileQuery query, CancellationToken ct) =>
            {
                var (input, errors) = await json.ReadAsync<ProfileInput>(request, ct);
                var outcome = input is null ? Outcome<Guid>.Invalid(errors) : await save.UpdateAsync(id, input, ct);
                return await outcome.ToApiAsync(saved => query.FindAsync(saved, ct), "community", "community profile");
            })
            .Accepts<ProfileInput>("application/json")
            .WithSummary("Edits a community profile; a stale version is refused with 409")
            .RequireCommunityWork();
    }
}
