using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Communities;

/// <summary>Answers a use case that saved a record with the record as read back, or with why it was refused.</summary>
public static class OutcomeViews
{
    public static async Task<Results<Ok<TView>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>>> ToApiAsync<TView>(
        this Outcome<Guid> outcome, Func<Guid, Task<TView?>> view, string notFound, string staleWhat) where TView : class =>
        outcome.Kind == OutcomeKind.Done
            ? TypedResults.Ok((await view(outcome.Value))!)
            : new Outcome<TView>(outcome.Kind, null, outcome.Errors, outcome.Code).ToApi(notFound, staleWhat);
}
