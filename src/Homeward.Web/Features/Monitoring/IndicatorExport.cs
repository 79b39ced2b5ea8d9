using Homeward.Domain.Results;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// An indicator's values as a file: a header row, then HXL hashtags on the second row (the humanitarian data
/// exchange convention), then one row per cell. Suppressed cells are exported as suppressed, with no number.
/// </summary>
public static class IndicatorExport
{
    private static readonly Dictionary<string, string> GroupTags = new()
    {
        ["sex"] = "#meta+sex", ["ageGroup"] = "#meta+age_group", ["vulnerability"] = "#meta+vulnerability", ["country"] = "#country+code",
        ["location"] = "#adm1+name", ["returnType"] = "#meta+return_type", ["office"] = "#org+office", ["closureReason"] = "#meta+closure_reason",
        ["assistanceDimension"] = "#sector+dimension", ["assistanceForm"] = "#meta+modality", ["participantType"] = "#meta+participant_type",
        ["capacityActivity"] = "#activity+type", ["stakeholderType"] = "#org+type",
    };

    public static async IAsyncEnumerable<object?[]> RowsAsync(IndicatorValuesView view)
    {
        object?[] header = ["indicator_code", "indicator", "period", .. view.By, "value", "unit", "people", "numerator", "denominator", "target", "status", "suppressed"];
        yield return header;
        object?[] tags = ["#indicator+code", "#indicator+name", "#date+period", .. view.By.Select(b => GroupTags.GetValueOrDefault(b, $"#meta+{b.ToLowerInvariant()}")),
            view.HxlTag, "#indicator+unit", "#affected+returnees+num", "#indicator+numerator", "#indicator+denominator", "#indicator+target", "#status", "#meta+suppressed"];
        yield return tags;
        foreach (var v in view.Values)
        {
            object?[] row = [view.Code, view.Name, v.Period ?? "Total", .. view.By.Select(b => (object?)(v.Groups[b] ?? "Total")),
                v.Value, view.Unit, v.People, v.Numerator, v.Denominator, v.Target, v.Status?.ToString(), v.Suppressed ? "yes" : "no"];
            yield return row;
        }
        await Task.CompletedTask;
    }

    public static string FileName(IndicatorValuesView view, string extension) =>
        $"indicator-{new string(view.Code.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray())}-{DateTime.UtcNow:yyyyMMdd}.{extension}";
}
