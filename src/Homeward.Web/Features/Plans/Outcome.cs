using Homeward.Domain;
using Homeward.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Plans;

public enum OutcomeKind { Done, NotFound, Invalid, Conflict, Stale }

/// <summary>
/// What a plan or assistance use case answered: done with a value, or why not, with one message per field at fault.
/// The API turns it into a status code; the pages show the messages next to the fields.
/// </summary>
public sealed record Outcome<T>(OutcomeKind Kind, T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Code)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public static Outcome<T> Done(T value) => new(OutcomeKind.Done, value, NoErrors, null);
    public static Outcome<T> NotFound() => new(OutcomeKind.NotFound, default, NoErrors, "not-found");
    public static Outcome<T> Stale() => new(OutcomeKind.Stale, default, NoErrors, "stale-edit");
    public static Outcome<T> Invalid(FieldErrors errors) => new(OutcomeKind.Invalid, default, errors.ToDictionary(), "invalid");

    public static Outcome<T> Refused(DomainRuleException ex, string message) =>
        new(ex.IsConflict ? OutcomeKind.Conflict : OutcomeKind.Invalid, default, new Dictionary<string, string[]> { [ex.Field ?? "request"] = [message] }, ex.Code);
}

public static class OutcomeResults
{
    /// <summary>404 for a case out of sight, 400 naming fields, 409 for the record's state or a stale edit.</summary>
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult, NotFound<DomainProblems.ProblemDetailsLike>> ToApi<T>(this Outcome<T> outcome, string notFound, string staleWhat = "plan")
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                return TypedResults.Ok(outcome.Value!);
            case OutcomeKind.NotFound:
                return DomainProblems.NotFound(notFound);
            case OutcomeKind.Stale:
                return DomainProblems.StaleEdit(staleWhat);
            case OutcomeKind.Invalid:
                return TypedResults.ValidationProblem(outcome.Errors, title: "The request has invalid fields.",
                    extensions: new Dictionary<string, object?> { ["code"] = outcome.Code });
            default:
                var (field, messages) = outcome.Errors.First();
                return TypedResults.Problem(messages[0], statusCode: StatusCodes.Status409Conflict, title: "The case is not in a state that allows this.",
                    extensions: new Dictionary<string, object?> { ["code"] = outcome.Code, ["field"] = field });
        }
    }
}
