using System.Globalization;
using System.Text;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Statistics;

/// <summary>De-identified data for monitoring and evaluation.</summary>
public sealed class StatisticsApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapGet("/statistics/cases", ExportAsync)
            .WithTags("Monitoring and evaluation")
            .WithSummary("One de-identified row per case of a returnee who consents to anonymised statistics; JSON (default) or format=csv")
            .WithDescription("Stable pseudonyms (the same case or returnee gets the same one in every export), no names, contact, documents or free text; "
                + "age in five-year bands, months instead of dates, region instead of community. The export is written to the audit log.")
            .RequireAuthorization(p => p.RequireRole(Roles.MEOfficer));

    private static async Task<Results<Ok<IReadOnlyList<DeIdentifiedCase>>, FileContentHttpResult, ValidationProblem>> ExportAsync(
        string? format, DeIdentifiedCases export, IStringLocalizer<SharedResource> L, CancellationToken ct)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is { Length: > 0 } && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
            return new FieldErrors().Add("format", L["Choose one of: {0}.", "json, csv"].Value).ToProblem();
        var rows = await export.ExportAsync(csv ? "csv" : "json", ct);
        return csv ? TypedResults.File(Encoding.UTF8.GetBytes(Csv(rows)), "text/csv", "homeward-cases-deidentified.csv") : TypedResults.Ok(rows);
    }

    private static string Csv(IReadOnlyList<DeIdentifiedCase> rows)
    {
        var text = new StringBuilder("case,returnee,office,stage,returnMonth,returnType,hostCountry,region,sex,ageBandAtReturn,householdSize,vulnerable,assessments,planAgreed,assistanceDelivered,followUpsDone,closureReason,closedMonth\n");
        foreach (var r in rows)
            text.AppendJoin(',', new object?[]
            {
                r.Case, r.Returnee, r.Office, r.Stage, r.ReturnMonth, r.ReturnType, r.HostCountry, r.Region, r.Sex, r.AgeBandAtReturn, r.HouseholdSize,
                r.Vulnerable, r.Assessments, r.PlanAgreed, r.AssistanceDelivered, r.FollowUpsDone, r.ClosureReason, r.ClosedMonth,
            }.Select(Field)).Append('\n');
        return text.ToString();
    }

    /// <summary>Quoted when needed; a leading =, +, - or @ is defused so that a spreadsheet never runs it as a formula.</summary>
    private static string Field(object? value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (text.Length > 0 && "=+-@".Contains(text[0]) && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _)) text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
