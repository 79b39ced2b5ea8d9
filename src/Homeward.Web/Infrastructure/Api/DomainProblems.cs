using Homeward.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Infrastructure.Api;

/// <summary>How refusals reach API clients: a rule broken by the input is 400 naming the field; by the record's state, 409.</summary>
public static class DomainProblems
{
    public static IResult ToResult(this DomainRuleException ex) => ex.IsConflict
        ? TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status409Conflict, title: "The case is not in a state that allows this.",
            extensions: new Dictionary<string, object?> { ["code"] = ex.Code, ["field"] = ex.Field })
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field ?? "request"] = [ex.Message] },
            title: "The request has invalid fields.", extensions: new Dictionary<string, object?> { ["code"] = ex.Code });

    /// <summary>A record that does not exist or is outside the caller's scope: the two look the same.</summary>
    public static NotFound<ProblemDetailsLike> NotFound(string what) => TypedResults.NotFound(new ProblemDetailsLike(404, $"No {what} with this id is visible to you."));

    public sealed record ProblemDetailsLike(int Status, string Title);

    /// <summary>The answer to an edit made on a stale copy: nothing was changed.</summary>
    public static ProblemHttpResult StaleEdit(string what) => TypedResults.Problem(
        $"Someone else changed this {what} since you loaded it. Nothing was saved: reload it and apply your change again.",
        statusCode: StatusCodes.Status409Conflict, title: "Edit conflict", extensions: new Dictionary<string, object?> { ["code"] = "stale-edit" });
}

/// <summary>Collects field errors, then answers 400 with each field listed, or nothing.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new();

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public FieldErrors When(bool condition, string field, string message) => condition ? Add(field, message) : this;

    public bool Any => _errors.Count > 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(ToDictionary(), title: "The request has invalid fields.");
}
