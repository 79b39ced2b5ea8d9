using Homeward.Web.Features.Monitoring;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Statistics;

/// <summary>The record-level de-identified exports (cases, follow-ups), one implementation behind every route and the statistics page's download links.</summary>
public sealed class StatisticsApi : IApiEndpoints
{
    private const string Protection = "Stable keyed pseudonyms for the case and the returnee (the same in every export and in every dataset, so the files join), "
        + "no names, contact, documents or free text; age group, quarters instead of dates, region instead of community. Streamed; the export is written to the audit log.";

    public void Map(RouteGroupBuilder api)
    {
        var statistics = api.MapGroup("/statistics").WithTags("Statistics").RequireAuthorization(Policies.Monitoring);
        Map<DeIdentifiedCases, DeIdentifiedCase>(statistics, "cases", "Cases", "De-identified case-level data",
            "One row per case of a returnee who consents to anonymised statistics. " + Protection);
        Map<DeIdentifiedFollowUps, DeIdentifiedFollowUp>(statistics, "follow-ups", "Follow-ups", "De-identified follow-up visits",
            "One row per follow-up visit (scheduled or not) of a case whose returnee consents to anonymised statistics: months after return, the "
            + "quarter it was due and done, whether it is done, overdue or upcoming, days after the due date, the mode; no findings. " + Protection
            + " A workbook continues on a second sheet past 1,048,576 rows.");
    }

    private static void Map<TDataset, TRow>(RouteGroupBuilder statistics, string path, string sheet, string title, string description)
        where TDataset : IDeIdentifiedDataset<TRow>
    {
        statistics.MapGet($"/{path}", (string? format, [FromServices] TDataset export, IStringLocalizer<SharedResource> L, HttpResponse response, CancellationToken ct) =>
                ExportAsync<TDataset, TRow>(format, path, sheet, export, L, response, ct))
            .WithSummary($"{title}: JSON (default), format=csv or format=xlsx")
            .WithDescription(description);
        statistics.MapGet($"/{path}.csv", ([FromServices] TDataset export, HttpResponse response, CancellationToken ct) =>
                FileAsync<TDataset, TRow>(export, path, sheet, "csv", response, ct))
            .WithSummary($"{title} as CSV, HXL hashtags on the second row (the same as /{path}?format=csv)")
            .WithDescription(description);
        statistics.MapGet($"/{path}.xlsx", ([FromServices] TDataset export, HttpResponse response, CancellationToken ct) =>
                FileAsync<TDataset, TRow>(export, path, sheet, "xlsx", response, ct))
            .WithSummary($"{title} as an Excel workbook, HXL hashtags on the second row (the same as /{path}?format=xlsx)")
            .WithDescription(description);
    }

    private static async Task<IResult> ExportAsync<TDataset, TRow>(string? format, string path, string sheet, TDataset export,
        IStringLocalizer<SharedResource> L, HttpResponse response, CancellationToken ct) where TDataset : IDeIdentifiedDataset<TRow>
    {
        var chosen = string.IsNullOrEmpty(format) ? "json" : format.ToLowerInvariant();
        if (chosen is not ("json" or "csv" or "xlsx"))
            return new FieldErrors().Add("format", L["Choose one of: {0}.", "json, csv, xlsx"].Value).ToProblem();
        if (chosen != "json") return await FileAsync<TDataset, TRow>(export, path, sheet, chosen, response, ct);
        await export.AuditAsync(chosen, ct);
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(export.RowsAsync(ct));
    }

    private static async Task<IResult> FileAsync<TDataset, TRow>(TDataset export, string path, string sheet, string format, HttpResponse response, CancellationToken ct)
        where TDataset : IDeIdentifiedDataset<TRow>
    {
        await export.AuditAsync(format, ct);
        response.Headers.CacheControl = "no-store";
        var name = $"{path}-de-identified-{DateTime.UtcNow:yyyyMMdd}.{format}";
        var rows = TableAsync<TDataset, TRow>(export, ct);
        return format == "csv"
            ? TypedResults.Stream(body => TabularFile.WriteCsvAsync(body, rows, ct), TabularFile.CsvType, name)
            : TypedResults.Stream(body => TabularFile.WriteXlsxAsync(body, sheet, rows, ct), TabularFile.XlsxType, name);
    }

    private static async IAsyncEnumerable<object?[]> TableAsync<TDataset, TRow>(TDataset export, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        where TDataset : IDeIdentifiedDataset<TRow>
    {
        yield return export.Header;
        yield return export.Hashtags;
        await foreach (var row in export.RowsAsync(ct)) yield return export.Cells(row);
    }
}
