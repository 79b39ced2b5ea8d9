using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Homeward.Web.Features.Instruments;

/// <summary>Importing a round of submissions collected offline (a KoboToolbox or ODK export of the instrument) into the caller's cases.</summary>
public sealed class SubmissionImportApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        api.MapPost("/instruments/{id:guid}/submissions/import", Import)
            .WithTags("Assessments")
            .RequireAuthorization(Policies.CaseWork)
            // Sent with a bearer token by API clients; the sign-in cookie is SameSite=Lax, so no other site can post it.
            .DisableAntiforgery()
            // The file limit plus room for the multipart envelope: a larger file is told so by the limit check, not cut off.
            .WithMetadata(new RequestSizeLimitAttribute(SubmissionImport.MaxFileBytes + 1024 * 1024))
            .WithSummary("Import submissions of the instrument from a CSV or .xlsx file (one row per submission), all or nothing")
            .WithDescription("multipart/form-data with the file as 'file' (CSV in UTF-8, comma or semicolon separated, or .xlsx: told apart by content; "
                + "at most 50 MB). Header row: case_reference, answered_on (yyyy-mm-dd), optional person_id, then one column per question by its "
                + "XLSForm name (choices by their name, select_multiple space-separated). Each row is checked and scored as a single submission. "
                + "Any fault and nothing is saved: 400 listing the faults (row, column, message; the first 200, and how many in all). "
                + "A reference that is unknown or outside the caller's cases is a fault, as is a closed case. 200 with the counts imported.");
    }

    private static async Task<Results<Ok<SubmissionImportResult>, ValidationProblem, ProblemHttpResult>> Import(
        Guid id, HttpRequest request, SubmissionImport import, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if ((form?.Files.GetFile("file") ?? form?.Files.FirstOrDefault()) is not { } file)
            return new FieldErrors().Add("file", "Send the file as a multipart form field named 'file'.").ToProblem();
        byte[] bytes = [];
        if (file.Length <= SubmissionImport.MaxFileBytes)
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        var outcome = file.Length > SubmissionImport.MaxFileBytes
            ? new SubmissionImportOutcome(true, SubmissionFileProblem.TooLarge)
            : await import.ImportAsync(id, file.FileName, bytes, ct);
        if (!outcome.InstrumentFound)
            return TypedResults.Problem("No instrument with this id.", statusCode: StatusCodes.Status404NotFound, title: "Instrument not found");
        if (outcome.FileProblem != SubmissionFileProblem.None)
            return new FieldErrors().Add("file", SubmissionImportOutcome.Describe(outcome.FileProblem)).ToProblem();
        if (outcome.Result is { } result) return TypedResults.Ok(result);
        var more = outcome.ErrorCount - outcome.ListedErrors.Count;
        return TypedResults.Problem(
            $"The file has {outcome.ErrorCount} fault(s); nothing was imported.{(more > 0 ? $" The first {outcome.ListedErrors.Count} are listed; {more} more not listed." : "")}",
            statusCode: StatusCodes.Status400BadRequest, title: "The file has faults.", extensions: new Dictionary<string, object?>
            {
                ["code"] = "submission-file-errors",
                ["errorCount"] = outcome.ErrorCount,
                ["moreErrors"] = more,
                ["rowErrors"] = outcome.ListedErrors,
            });
    }
}
