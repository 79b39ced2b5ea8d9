using Homeward.Domain;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Children;

/// <summary>Unaccompanied and separated children: registration with the guardian, family tracing, verification, reunification.</summary>
public sealed class TracingApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var child = api.MapGroup("/cases/{id:guid}/children/{personId:guid}").WithTags("Children");

        child.MapGet("/tracing", async (Guid id, Guid personId, Tracing tracing, CancellationToken ct) =>
                await tracing.OverviewAsync(id, personId, ct) is { } overview ? Results.Ok(overview) : NotFound())
            .WithSummary("The child's registration as unaccompanied or separated, with the guardian, and the family tracing requests; without the sensitive data permission only each request's status")
            .RequireAuthorization(Policies.Staff);

        child.MapGet("/tracing/{tracingId:guid}/matches", async (Guid id, Guid personId, Guid tracingId, Tracing tracing, CurrentUser user, CancellationToken ct) =>
                !user.CanSeeSensitiveData ? NeedsPermission()
                : await tracing.MatchesAsync(id, personId, tracingId, ct) is { } matches ? Results.Ok(matches) : NotFound())
            .WithSummary("Persons in Homeward's records who may be the family member sought, with a score; details only within your scope; needs the sensitive data permission")
            .RequireAuthorization(Policies.CaseWork);

        Post<SeparationInput>(child, "/separation", "Registers the child as unaccompanied or separated, with the responsible adult or appointed guardian (replaces an earlier registration)",
            (t, id, personId, _, input, ct) => Wrap(t.RegisterAsync(id, personId, input, ct)), sensitive: false);
        Post<TracingInput>(child, "/tracing", "Opens a tracing request for a family member: who is sought, known places, last contact; needs the sensitive data permission",
            (t, id, personId, _, input, ct) => Wrap(t.OpenAsync(id, personId, input, ct)));
        Post<TracingActionInput>(child, "/tracing/{tracingId:guid}/actions", "Records a tracing action and its outcome; needs the sensitive data permission",
            (t, id, personId, tracingId, input, ct) => Wrap(t.AddActionAsync(id, personId, tracingId, input, ct)));
        Post<MatchInput>(child, "/tracing/{tracingId:guid}/match", "Picks one of the candidates found in Homeward's records as the family member sought; needs the sensitive data permission",
            (t, id, personId, tracingId, input, ct) => Wrap(t.PickMatchAsync(id, personId, tracingId, input, ct)));
        Post<VerificationInput>(child, "/tracing/{tracingId:guid}/verification", "Records whether the relationship is verified and whether reunification is appropriate; needs the sensitive data permission",
            (t, id, personId, tracingId, input, ct) => Wrap(t.VerifyAsync(id, personId, tracingId, input, ct)));
        Post<ReunificationInput>(child, "/tracing/{tracingId:guid}/reunification", "Records the reunification (date, place, who was present), travel supervision and reception on arrival; only once verified and appropriate; needs the sensitive data permission",
            (t, id, personId, tracingId, input, ct) => Wrap(t.ReunifyAsync(id, personId, tracingId, input, ct)));
    }

    private delegate Task<object?> Change<T>(Tracing tracing, Guid id, Guid personId, Guid tracingId, T input, CancellationToken ct);

    private static async Task<object?> Wrap<T>(Task<T?> task) where T : class => await task;

    /// <summary>A change of the child's records; tracing content needs the sensitive data permission (403 without, before anything is read).</summary>
    private static void Post<T>(RouteGroupBuilder group, string pattern, string summary, Change<T> change, bool sensitive = true) where T : class =>
        group.MapPost(pattern, async (Guid id, Guid personId, HttpRequest request, JsonBody json, Tracing tracing, CurrentUser user, CancellationToken ct) =>
            {
                if (sensitive && !user.CanSeeSensitiveData) return NeedsPermission();
                var tracingId = Guid.TryParse(request.RouteValues["tracingId"]?.ToString(), out var t) ? t : Guid.Empty;
                var (input, errors) = await json.ReadAsync<T>(request, ct);
                if (input is null) return errors.ToProblem();
                try
                {
                    return await change(tracing, id, personId, tracingId, input, ct) is { } view ? Results.Ok(view) : NotFound();
                }
                catch (DomainRuleException ex)
                {
                    return ex.ToResult();
                }
            })
            .Accepts<T>("application/json")
            .WithSummary(summary)
            .RequireAuthorization(Policies.CaseWork);

    private static IResult NeedsPermission() =>
        TypedResults.Problem("Family tracing records are child-protection data: reading or writing them needs the sensitive data permission.", statusCode: 403, title: "Forbidden");

    private static IResult NotFound() =>
        TypedResults.Problem("No such record of a member of this case's household is visible to you.", statusCode: 404, title: "Not found");
}
