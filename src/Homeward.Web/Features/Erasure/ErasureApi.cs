using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Erasure;

/// <summary>The data protection officer's legal holds and erasures on request.</summary>
public sealed class ErasureApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var officer = api.MapGroup("").WithTags("Data protection").RequireAuthorization(Policies.DataProtection);
        officer.MapGet("/legal-holds", async (LegalHolds holds, CancellationToken ct) => TypedResults.Ok(await holds.ListAsync(ct)))
            .WithSummary("Every legal hold, running ones first (latest 500)");
        officer.MapPost("/persons/{id:guid}/legal-holds", PlaceAsync)
            .WithSummary("Place a legal hold on a person, or on one of their cases (caseId), with the reason")
            .WithDescription("While it runs, erasure on request is refused naming the hold and the retention job leaves the person's cases (or the case) alone.");
        officer.MapPost("/legal-holds/{holdId:guid}/lift", LiftAsync)
            .WithSummary("Lift a legal hold; a hold already lifted is 409");
        officer.MapPost("/persons/{id:guid}/erasure", EraseAsync)
            .WithSummary("Erase a person's data on their request (confirm: true), where no legal hold applies")
            .WithDescription("Anonymises at once and irrevocably, with the retention job's rules, every case of which the person is the principal returnee "
                + "(or only the person, for a household member): names replaced, contact, documents and free text removed, date of birth kept as the year, "
                + "place of return as the district; stages, assessments and amounts kept for statistics. 409 naming the hold when a legal hold applies, "
                + "or when one of the cases is still open. Written to the audit log.");
    }

    private static async Task<IResult> PlaceAsync(Guid id, PlaceHoldRequest body, LegalHolds holds, CancellationToken ct) =>
        ToResult(await holds.PlaceAsync(id, body, ct), created: true);

    private static async Task<IResult> LiftAsync(Guid holdId, LegalHolds holds, CancellationToken ct) =>
        ToResult(await holds.LiftAsync(holdId, ct), created: false);

    private static IResult ToResult(LegalHolds.Outcome outcome, bool created) => outcome switch
    {
        LegalHolds.Outcome.Done d when created => TypedResults.Created($"/api/v1/legal-holds/{d.Hold.Id}", d.Hold),
        LegalHolds.Outcome.Done d => TypedResults.Ok(d.Hold),
        LegalHolds.Outcome.Invalid i => i.Errors.ToProblem(),
        LegalHolds.Outcome.AlreadyLifted a => new Domain.DomainRuleException("hold-already-lifted", a.Message, isConflict: true).ToResult(),
        LegalHolds.Outcome.NotFound n => DomainProblems.NotFound(n.What),
        _ => throw new InvalidOperationException(),
    };

    private static async Task<IResult> EraseAsync(Guid id, ErasureRequest body, PersonErasure erasure, CancellationToken ct) =>
        await erasure.EraseAsync(id, body, ct) switch
        {
            PersonErasure.Outcome.Done d => TypedResults.Ok(d.Erasure),
            PersonErasure.Outcome.Invalid i => i.Errors.ToProblem(),
            PersonErasure.Outcome.Refused r => TypedResults.Problem(r.Rule.Message, statusCode: StatusCodes.Status409Conflict, title: "The data cannot be erased now.",
                extensions: new Dictionary<string, object?> { ["code"] = r.Rule.Code }),
            _ => DomainProblems.NotFound("person"),
        };
}
