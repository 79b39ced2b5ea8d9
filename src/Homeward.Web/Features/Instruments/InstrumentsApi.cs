using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Homeward.Web.Features.Instruments;

/// <summary>Assessment and survey instruments: the versions stored, importing one from an XLSForm workbook, and its original file.</summary>
public sealed class InstrumentsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var instruments = api.MapGroup("/instruments").WithTags("Instruments").RequireAuthorization(Policies.Staff);

        instruments.MapGet("", async (InstrumentCatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.ListAsync(ct)))
            .WithSummary("Every stored version of every instrument, by title, the latest import of a form first");

        instruments.MapGet("/{id:guid}", async Task<Results<Ok<InstrumentSummary>, ProblemHttpResult>> (Guid id, InstrumentCatalog catalog, CancellationToken ct) =>
                await catalog.SummaryAsync(id, ct) is { } summary ? TypedResults.Ok(summary) : NotFound())
            .WithSummary("One stored version of an instrument");

        instruments.MapGet("/{id:guid}/file", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, InstrumentCatalog catalog, CancellationToken ct) =>
                await catalog.FileAsync(id, ct) is { } f
                    ? TypedResults.File(f.File, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", f.FileName)
                    : NotFound())
            .RequireAuthorization(p => p.RequireRole(Roles.MEOfficer, Roles.Administrator))
            .WithSummary("The .xlsx of a version exactly as it was imported (M&E officer, administrator)");

        instruments.MapPost("", Import)
            .RequireAuthorization(p => p.RequireRole(Roles.MEOfficer, Roles.Administrator))
            // Sent with a bearer token by API clients; the sign-in cookie is SameSite=Lax, so no other site can post it.
            .DisableAntiforgery()
            .WithSummary("Import a version of an instrument from an XLSForm workbook (M&E officer, administrator)")
            .WithDescription("multipart/form-data with the .xlsx as 'file'; sheets survey, choices, settings (form_id, version, form_title, "
                + "default_language, homeward_kind, weights_note). A definition with faults is refused whole: 400 listing every fault with its "
                + "sheet, row, column and cell. A file that is not an .xlsx workbook, or over 5 MB: 400. A form id and version already stored: 409.");
    }

    private static async Task<Results<Created<InstrumentSummary>, ValidationProblem, ProblemHttpResult>> Import(
        HttpRequest request, InstrumentImport import, CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if ((form?.Files.GetFile("file") ?? form?.Files.FirstOrDefault()) is not { } file)
            return new FieldErrors().Add("file", "Send the workbook as a multipart form field named 'file'.").ToProblem();
        if (file.Length > InstrumentImport.MaxFileBytes)
            return TooLarge();
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var outcome = await import.ImportAsync(file.FileName, buffer.ToArray(), ct: ct);
        return outcome.Status switch
        {
            ImportStatus.Imported => TypedResults.Created($"/api/v1/instruments/{outcome.Instrument!.Id}", outcome.Instrument),
            ImportStatus.TooLarge => TooLarge(),
            ImportStatus.NotAWorkbook => new FieldErrors().Add("file", "The file is not an Excel workbook (.xlsx).").ToProblem(),
            ImportStatus.Duplicate => TypedResults.Problem("This form id and version are already imported. Give the new version its own version in the settings sheet.",
                statusCode: StatusCodes.Status409Conflict, title: "Version already imported", extensions: new Dictionary<string, object?> { ["code"] = "duplicate-version" }),
            _ => TypedResults.Problem($"The instrument has {outcome.AllErrors.Count} fault(s); nothing was imported.", statusCode: StatusCodes.Status400BadRequest,
                title: "The instrument's definition has faults.", extensions: new Dictionary<string, object?>
                {
                    ["code"] = "definition-errors",
                    ["definitionErrors"] = outcome.AllErrors,
                }),
        };
    }

    private static ValidationProblem TooLarge() =>
        new FieldErrors().Add("file", $"The file is larger than {InstrumentImport.MaxFileBytes / (1024 * 1024)} MB.").ToProblem();

    private static ProblemHttpResult NotFound() => TypedResults.Problem("No instrument with this id.", statusCode: 404, title: "Instrument not found");
}
