using System.Text.Json;
using Homeward.Domain;
using Homeward.Domain.Accounts;
using Homeward.Domain.Instruments.Submissions;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Instruments;

/// <summary>
/// A submission of an instrument on a case. Answers are choice names for selects (several as a space-separated
/// text or an array), numbers, yyyy-mm-dd dates or text; repeats give one object of answers per instance.
/// </summary>
public sealed record SubmissionRequest(Guid? InstrumentId, string? FormId, string? Version, Dictionary<string, JsonElement>? Answers,
    Dictionary<string, List<Dictionary<string, JsonElement>>>? Repeats, Guid? PersonId, DateOnly? AnsweredOn);

/// <summary>Completed instruments on a case, and re-scoring one under another version of its form.</summary>
public sealed class SubmissionsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var cases = api.MapGroup("/cases/{id:guid}/submissions").WithTags("Assessments").RequireAuthorization(Policies.Staff);

        cases.MapGet("", async (Guid id, CaseSubmissions submissions, CancellationToken ct) =>
                await submissions.ListAsync(id, ct) is { } list ? Results.Ok(list) : CaseNotFound())
            .WithSummary("The case's completed instruments, most recent first: date, instrument and version, assessor, score sets");

        cases.MapPost("", Submit).RequireAuthorization(Policies.CaseWork)
            .WithSummary("Submit a completed instrument on the case")
            .WithDescription("Names the instrument by instrumentId, or by formId and version (the latest import without a version). "
                + "Answers are checked as the instrument says (relevance, required, constraints, types): 400 listing each field at fault "
                + "(repeat answers as repeat[index].field), nothing saved. Answers to questions that are not relevant are ignored. "
                + "The response carries the scores (dimension and composite, with the version used) when the instrument is scored.");

        api.MapPost("/submissions/{id:guid}/rescore", async (Guid id, Guid? instrumentId, CaseSubmissions submissions, CancellationToken ct) =>
                await ApiGuard.RunAsync(async () => await submissions.RescoreAsync(id, instrumentId, ct) is { } view
                    ? Results.Ok(view)
                    : TypedResults.Problem("No submission with this id is visible to you.", statusCode: 404, title: "Submission not found")))
            .WithTags("Assessments")
            .RequireAuthorization(p => p.RequireRole(Roles.CaseManager, Roles.ProgrammeManager, Roles.Administrator, Roles.MEOfficer))
            .WithSummary("Score a submission again under another version of its form; earlier score sets are kept");
    }

    private static Task<IResult> Submit(Guid id, SubmissionRequest body, CaseSubmissions submissions, InstrumentCatalog catalog,
        Homeward.Data.HomewardDbContext db, CancellationToken ct) => ApiGuard.RunAsync(async () =>
    {
        // A case outside the caller's scope is not found, whatever the body says.
        if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Cases, c => c.Id == id, ct)) return CaseNotFound();
        var errors = new FieldErrors();
        var answers = ToAnswers(body, errors);
        if (errors.Any) return errors.ToProblem();
        var loaded = body.InstrumentId is { } instrumentId ? await catalog.LoadAsync(instrumentId, ct)
            : body.FormId is { Length: > 0 } formId ? await catalog.FindAsync(formId, body.Version, ct)
            : throw new DomainRuleException("submission-instrument", "Say which instrument was answered: instrumentId, or formId and version.", "instrumentId");
        if (loaded is null)
            throw new DomainRuleException("submission-instrument", "No instrument with this id, or form id and version.", body.InstrumentId is null ? "formId" : "instrumentId");

        var input = new SubmissionInput(loaded.Summary.Id, answers, body.PersonId, body.AnsweredOn, InstrumentLanguage.ForCurrentCulture(loaded.Instrument));
        var result = await submissions.SubmitAsync(id, input, ct);
        if (result is null) return CaseNotFound();
        if (result.Refused is { } check)
        {
            foreach (var error in check.Errors) errors.Add(FieldKey(result.Instrument, error), error.Message);
            return errors.ToProblem();
        }
        return TypedResults.Created($"/api/v1/cases/{id}/submissions", result.Saved);
    });

    /// <summary>"age", or "member[1].age" for an answer in the second instance of the repeat 'member'.</summary>
    private static string FieldKey(LoadedInstrument loaded, FieldError error) =>
        error.RepeatIndex is { } index && loaded.Instrument.Find(error.Field)?.Repeat is { } repeat
            ? $"{repeat.Name}[{index}].{error.Field}"
            : error.Field;

    private static AnswerSet ToAnswers(SubmissionRequest body, FieldErrors errors)
    {
        var values = (body.Answers ?? []).ToDictionary(a => a.Key, a => Text(a.Key, a.Value, errors), StringComparer.Ordinal);
        var repeats = (body.Repeats ?? []).ToDictionary(r => r.Key, r => (IReadOnlyList<IReadOnlyDictionary<string, string?>>)r.Value
            .Select((instance, i) => (IReadOnlyDictionary<string, string?>)(instance ?? []).ToDictionary(
                a => a.Key, a => Text($"{r.Key}[{i}].{a.Key}", a.Value, errors), StringComparer.Ordinal))
            .ToList(), StringComparer.Ordinal);
        return new AnswerSet(values, repeats);
    }

    /// <summary>An answer as text: a string as is, a number as written, an array of choice names joined by spaces.</summary>
    private static string? Text(string field, JsonElement value, FieldErrors errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Number: return value.GetRawText();
            case JsonValueKind.True or JsonValueKind.False: return value.GetRawText();
            case JsonValueKind.Null or JsonValueKind.Undefined: return null;
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return string.Join(' ', value.EnumerateArray().Select(e => e.GetString()));
            default:
                errors.Add(field, "Give the answer as text, a number, or an array of choice names.");
                return null;
        }
    }

    private static IResult CaseNotFound() => TypedResults.Problem("No case with this id is visible to you.", statusCode: 404, title: "Case not found");
}
