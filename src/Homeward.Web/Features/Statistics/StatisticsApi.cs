using Homeward.Web.Features.Monitoring;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Statistics;

/// <summary>The de-identified case-level export, one implementation behind every route and the statistics page's download links.</summary>
public sealed class StatisticsApi : IApiEndpoints
{
    private const string Description = "One row per case of a returnee who consents to anonymised statistics. Stable keyed pseudonyms for the case and the "
        + "returnee (the same in every export), no names, contact, documents or free text; age group, quarters instead of dates, region instead of community. "
        + "Streamed; the export is written to the audit log.";

    public void Map(RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Monitoring);
        statistics.MapGet("/cases", ExportAsync)
            .WithSummary("De-identified case-level data: JSON (default), format=csv or format=xlsx")
            .WithDescription(Description);
        statistics.MapGet("/cases.csv", (DeIdentifiedCases export, HttpResponse response, CancellationToken ct) => FileAsync(export, "csv", response, ct))
            .WithSummary("De-identified case-level data as CSV, HXL hashtags on the second row (the same as /cases?format=csv)")
            .WithDescription(Description);
        statistics.MapGet("/cases.xlsx", (DeIdentifiedCases export, HttpResponse response, CancellationToken ct) => FileAsync(export, "xlsx", response, ct))
            .WithSummary("De-identified case-level data as an Excel workbook, HXL hashtags on the second row (the same as /cases?format=xlsx)")
            .WithDescription(Description);
    }

    private static async Task<IResult> ExportAsync(string? format, DeIdentifiedCases export, IStringLocalizer<SharedResource> L, HttpResponse response, CancellationToken ct)
    {
        var chosen = string.IsNullOrEmpty(format) ? "json" : format.ToLowerInvariant();
        if (chosen is not ("json" or "csv" or "xlsx"))
            return new FieldErrors().Add("format", L["Choose one of: {0}.", "json, csv, xlsx"].Value).ToProblem();
        if (chosen != "json") return await FileAsync(export, chosen, response, ct);
        await export.AuditAsync(chosen, ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(export.RowsAsync(ct));
    }

    private static async Task<IResult> FileAsync(DeIdentifiedCases export, string format, HttpResponse response, CancellationToken ct)
    {
        await export.AuditAsync(format, ct);
        response.Headers.CacheControl = "no-store";
        var name = $"cases-de-identified-{DateTime.UtcNow:yyyyMMdd}.{format}";
        var rows = TableAsync(export, ct);
        return format == "csv"
            ? TypedResults.Stream(body => TabularFile.WriteCsvAsync(body, rows, ct), TabularFile.CsvType, name)
            : TypedResults.Stream(body => TabularFile.WriteXlsxAsync(body, "Cases", rows, ct), TabularFile.XlsxType, name);
    }

    private static async IAsyncEnumerable<object?[]> TableAsync(DeIdentifiedCases export, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        yield return DeIdentifiedCase.Header;
        yield return DeIdentifiedCase.Hashtags;
        await foreach (var row in export.RowsAsync(ct)) yield return row.Cells();
    }
}
