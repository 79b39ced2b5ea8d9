using System.Net.Http.Json;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>
/// What an M&amp;E officer's monthly review asks of Homeward: the programme dashboard for the last full year, and every
/// computed indicator of the results framework for that year broken down by each of its disaggregations in turn.
/// </summary>
public static class MonitoringProbes
{
    public const string MEOfficer = "me@demo.homeward";

    /// <summary>The last complete calendar year: the period an annual report covers.</summary>
    public static int ReportingYear => DateTime.UtcNow.Year - 1;

    /// <summary>The programme dashboard page (every chart, each with the table behind it), for one year by quarter.</summary>
    public static string DashboardPath => $"statistics?period={ReportingYear}&every=quarter";

    public static Probe Dashboard(HttpClient http, string token, int every) =>
        Rounds.Http("programme dashboard", http, token, [DashboardPath], every);

    /// <summary>One sample = every computed indicator, once in total and once per disaggregation, one request each, in sequence.</summary>
    public static async Task<(Probe Probe, int Requests)> AllIndicatorsAsync(HttpClient http, string token, int every, CancellationToken ct)
    {
        using var list = await http.SendAsync(Api.Request(HttpMethod.Get, "api/v1/indicators", token), ct);
        var indicators = await list.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct);
        var paths = new List<string>();
        foreach (var indicator in indicators.EnumerateArray())
        {
            // Manual indicators are entered per period, not computed.
            if (indicator.GetProperty("computed") is { ValueKind: JsonValueKind.String } computed && computed.GetString() == "None"
                || indicator.GetProperty("computed").ValueKind == JsonValueKind.Null) continue;
            var values = $"api/v1/indicators/{indicator.GetProperty("id").GetGuid()}/values?period={ReportingYear}&every=quarter";
            paths.Add(values);
            paths.AddRange(indicator.GetProperty("disaggregations").EnumerateArray().Select(d => $"{values}&by={d.GetString()}"));
        }
        var one = Rounds.Http("indicator", http, token, paths);
        var probe = new Probe("all indicators", every, async (_, token2) =>
        {
            var ok = true;
            for (var i = 0; i < paths.Count; i++) ok &= await one.RunAsync(i, token2);
            return ok;
        });
        return (probe, paths.Count);
    }
}
