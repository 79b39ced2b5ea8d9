using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Consent;

/// <summary>A person's consent per purpose: read, give, withdraw (effective at once).</summary>
public sealed class ConsentApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var consents = api.MapGroup("/persons/{id:guid}/consents").WithTags("Consent").RequireAuthorization(Policies.CaseWork);
        consents.MapGet("", ListAsync).WithSummary("A person's consents, every purpose, withdrawn ones included");
        consents.MapPost("", GiveAsync).WithSummary("Record consent to one purpose (date, method, who obtained it, interpreter)");
        consents.MapPost("/{purpose}/withdraw", WithdrawAsync)
            .WithSummary("Withdraw consent to one purpose, effective at once")
            .WithDescription("409 when the person never gave consent to this purpose or has already withdrawn it.");
    }

    private static async Task<Results<Ok<PersonConsents>, NotFound<DomainProblems.ProblemDetailsLike>>> ListAsync(Guid id, ConsentBook book, CancellationToken ct) =>
        await book.ListAsync(id, ct) is { } consents ? TypedResults.Ok(consents) : DomainProblems.NotFound("person");

    private static async Task<Results<Ok<PersonConsents>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>>> GiveAsync(
        Guid id, ConsentDetails request, ConsentBook book, CancellationToken ct) => ToResult(await book.GiveAsync(id, request, ct));

    private static async Task<Results<Ok<PersonConsents>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>>> WithdrawAsync(
        Guid id, string purpose, ConsentBook book, CancellationToken ct) => ToResult(await book.WithdrawAsync(id, purpose, ct));

    private static Results<Ok<PersonConsents>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>> ToResult(ConsentBook.Outcome outcome) =>
        outcome switch
        {
            ConsentBook.Outcome.Done d => TypedResults.Ok(d.Consents),
            ConsentBook.Outcome.Invalid i => i.Errors.ToProblem(),
            ConsentBook.Outcome.Refused r => TypedResults.Problem(r.Rule.Message, statusCode: StatusCodes.Status409Conflict, title: "The consent cannot be changed this way.",
                extensions: new Dictionary<string, object?> { ["code"] = r.Rule.Code, ["field"] = r.Rule.Field }),
            _ => DomainProblems.NotFound("person"),
        };
}
