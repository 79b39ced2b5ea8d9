using Homeward.Domain;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Children;

/// <summary>
/// Best interests determinations of a child: child-protection data, so every endpoint needs the sensitive data permission
/// as well as the case in scope; approval is for the panel's supervisor. Reads are audited.
/// </summary>
public sealed class DeterminationsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cases/{id:guid}/children/{personId:guid}/determinations").WithTags("Children");

        group.MapGet("", async (Guid id, Guid personId, Determinations determinations, CurrentUser user, CancellationToken ct) =>
                !user.CanSeeSensitiveData ? NeedsPermission()
                : await determinations.ListAsync(id, personId, ct) is { } list ? Results.Ok(list) : NotFound())
            .WithSummary("The child's best interests determinations with their panel, decision and history")
            .RequireAuthorization(Policies.Staff);

        Post<OpenDeterminationInput>(group, "", Policies.CaseWork, "Convenes a best interests determination for the child, saying why it is required",
            (d, id, personId, _, _, input, ct) => d.OpenAsync(id, personId, input, ct));
        Post<PanelMemberInput>(group, "/{bidId:guid}/panel", Policies.CaseWork, "Adds a named member to the panel, with their function",
            (d, id, personId, bidId, _, input, ct) => d.AddMemberAsync(id, personId, bidId, input, ct));
        Post<UndertakingInput>(group, "/{bidId:guid}/panel/{memberId:guid}/undertaking", Policies.CaseWork, "Records the day a panel member signed the confidentiality undertaking",
            (d, id, personId, bidId, memberId, input, ct) => d.SignUndertakingAsync(id, personId, bidId, memberId, input, ct));
        Post<DecisionInput>(group, "/{bidId:guid}/decision", Policies.CaseWork,
            $"Records the panel's decision with its reasons: at least {Domain.Children.DeterminationRules.Quorum} members, each having signed the undertaking (409 naming those who have not)",
            (d, id, personId, bidId, _, input, ct) => d.DecideAsync(id, personId, bidId, input, ct));
        Post<ApprovalInput>(group, "/{bidId:guid}/approve", Policies.Supervision, "The panel's supervisor approves the decision; not the one who recorded it nor a panel member",
            (d, id, personId, bidId, _, input, ct) => d.ApproveAsync(id, personId, bidId, input, ct));
        Post<RevisionInput>(group, "/{bidId:guid}/revisions", Policies.CaseWork, "Records a review (the decision stands), an appeal or a reopening (back to the panel), with the reason",
            (d, id, personId, bidId, _, input, ct) => d.ReviseAsync(id, personId, bidId, input, ct));
    }

    private delegate Task<DeterminationView?> Change<T>(Determinations determinations, Guid id, Guid personId, Guid bidId, Guid memberId, T input, CancellationToken ct);

    private static void Post<T>(RouteGroupBuilder group, string pattern, string policy, string summary, Change<T> change) where T : class =>
        group.MapPost(pattern, async (Guid id, Guid personId, HttpRequest request, JsonBody json, Determinations determinations, CurrentUser user, CancellationToken ct) =>
            {
                if (!user.CanSeeSensitiveData) return NeedsPermission();
                var bidId = Route(request, "bidId");
                var memberId = Route(request, "memberId");
                var (input, errors) = await json.ReadAsync<T>(request, ct);
                if (input is null) return errors.ToProblem();
                try
                {
                    return await change(determinations, id, personId, bidId, memberId, input, ct) is { } view ? Results.Ok(view) : NotFound();
                }
                catch (DomainRuleException ex)
                {
                    return ex.ToResult();
                }
                catch (StaleEditException ex)
                {
                    return DomainProblems.StaleEdit(ex.What);
                }
            })
            .Accepts<T>("application/json")
            .WithSummary(summary)
            .RequireAuthorization(policy);

    private static Guid Route(HttpRequest request, string name) => Guid.TryParse(request.RouteValues[name]?.ToString(), out var value) ? value : Guid.Empty;

    private static IResult NotFound() =>
        TypedResults.Problem("No such determination of a member of this case's household is visible to you.", statusCode: 404, title: "Not found");

    private static IResult NeedsPermission() =>
        TypedResults.Problem("Best interests determinations are child-protection data: they need the sensitive data permission.", statusCode: 403, title: "Forbidden");
}
