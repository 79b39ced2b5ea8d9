using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>One import of a file of RSS submissions: how many rows, how long the request took, how big the file was.</summary>
public sealed record ImportResult(int Rows, double Seconds, double RowsPerSecond, long FileBytes, string Format);

/// <summary>
/// Times `POST /api/v1/instruments/{id}/submissions/import` with a CSV of Reintegration Sustainability Survey rounds, as a field
/// team uploads a KoboToolbox export: the open cases of the Dakar office (in the case manager's scope, and a supervisor's),
/// answers varied by a fixed seed so every run sends the same file. Checked, scored and stored in the one request.
/// </summary>
public static class ImportBench
{
    private const string RssFormId = "homeward_rss";

    /// <summary>The RSS questions in the order of the form, each with the choices a returnee may give ("" when the question is skipped).</summary>
    private static readonly (string Name, string[] Choices)[] Questions =
    [
        ("econ_satisfaction", ["very_satisfied", "satisfied", "neutral", "dissatisfied", "very_dissatisfied", "dont_know"]),
        ("food_reduction", ["never", "sometimes", "often", "dont_know"]),
        ("can_borrow", ["yes", "no", "dont_know"]),
        ("borrow_frequency", ["never", "sometimes", "often"]),
        ("debt_vs_spending", ["no_debt", "smaller", "larger", "dont_know"]),
        ("work_status", ["regular", "irregular", "none"]),
        ("productive_assets", ["yes", "no"]),
        ("looking_for_job", ["yes", "no"]),
        ("housing_access", ["very_good", "good", "fair", "poor", "very_poor"]),
        ("housing_quality", ["very_good", "good", "fair", "poor", "very_poor", "dont_know"]),
        ("school_age_children", ["yes", "no"]),
        ("children_in_school", ["all", "some", "none"]),
        ("justice_access", ["very_good", "good", "fair", "poor", "very_poor", "dont_know"]),
        ("identity_documents", ["yes", "no"]),
        ("drinking_water", ["very_good", "good", "fair", "poor", "very_poor"]),
        ("health_access", ["very_good", "good", "fair", "poor", "very_poor"]),
        ("health_quality", ["very_good", "good", "fair", "poor", "very_poor", "dont_know"]),
        ("social_participation", ["often", "sometimes", "never"]),
        ("support_network", ["yes", "no", "dont_know"]),
        ("belonging", ["strongly_agree", "agree", "neutral", "disagree", "strongly_disagree"]),
        ("discrimination", ["never", "sometimes", "often"]),
        ("safety", ["strongly_agree", "agree", "neutral", "disagree", "strongly_disagree", "dont_know"]),
        ("family_tension", ["never", "sometimes", "often"]),
        ("distress_signs", ["never", "sometimes", "often"]),
        ("wants_psych_support", ["no", "yes", "dont_know"]),
        ("able_to_stay", ["yes", "not_sure", "no"]),
    ];

    private static readonly string[] Rounds = ["baseline", "follow_up", "closure"];

    public static async Task<ImportResult> RunAsync(HttpClient http, string bearerToken, BenchDatabase db, int rows, CancellationToken ct)
    {
        var references = await OpenDakarCasesAsync(db, ct);
        if (references.Count == 0) throw new InvalidOperationException($"{db} has no open case of the Dakar office to import into.");
        var instrumentId = await RssIdAsync(http, bearerToken, ct);
        var file = Encoding.UTF8.GetBytes(Csv(references, rows));

        using var request = Api.Request(HttpMethod.Post, $"api/v1/instruments/{instrumentId}/submissions/import", bearerToken);
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        request.Content = new MultipartFormDataContent { { content, "file", "rss-round.csv" } };
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        clock.Stop();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The import answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        var imported = JsonDocument.Parse(body).RootElement.GetProperty("imported").GetInt32();
        if (imported != rows) throw new InvalidOperationException($"The import stored {imported} submissions of {rows}.");
        var seconds = clock.Elapsed.TotalSeconds;
        return new ImportResult(rows, Math.Round(seconds, 2), Math.Round(rows / seconds), file.LongLength, "csv");
    }

    /// <summary>The references of the Dakar office's cases that are not closed.</summary>
    private static async Task<List<string>> OpenDakarCasesAsync(BenchDatabase db, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT c.\"Reference\" FROM cases c JOIN offices o ON o.\"Id\" = c.\"OfficeId\" "
            + "WHERE o.\"Name\" = 'Dakar office' AND c.\"Stage\" <> 'Closed' ORDER BY c.\"Reference\" LIMIT 20000";
        var references = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) references.Add(reader.GetString(0));
        return references;
    }

    /// <summary>The latest version of the RSS (the instrument list gives the latest import of a form first).</summary>
    private static async Task<Guid> RssIdAsync(HttpClient http, string token, CancellationToken ct)
    {
        using var request = Api.Request(HttpMethod.Get, "api/v1/instruments", token);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        return list.EnumerateArray().First(i => i.GetProperty("formId").GetString() == RssFormId).GetProperty("id").GetGuid();
    }

    /// <summary>
    /// One row per submission, the cases taken in turn; each returnee has a level of their own that later rounds move up or down,
    /// so answers vary plausibly. Follow-up questions are answered only when the form asks them.
    /// </summary>
    private static string Csv(List<string> references, int rows)
    {
        var random = new Random(20261124);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var text = new StringBuilder(rows * 400);
        text.Append("case_reference,answered_on,round,").AppendJoin(',', Questions.Select(q => q.Name)).Append(",notes\r\n");
        for (var i = 0; i < rows; i++)
        {
            var reference = references[i % references.Count];
            var round = i / references.Count;
            var level = reference.Sum(c => c) % 100 / 100.0 + (random.NextDouble() - 0.5) * 0.4;
            text.Append(reference).Append(',')
                .Append(today.AddDays(-(i % 700)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(Rounds[Math.Min(round, Rounds.Length - 1)]);
            string? work = null, children = null;
            foreach (var (name, choices) in Questions)
            {
                text.Append(',');
                if (name == "looking_for_job" && work != "none") continue;
                if (name == "children_in_school" && children != "yes") continue;
                // Mostly near the returnee's level, sometimes anywhere on the scale.
                var index = random.Next(10) == 0 ? random.Next(choices.Length) : (int)Math.Clamp((1 - level) * choices.Length, 0, choices.Length - 1);
                var answer = choices[index];
                if (name == "work_status") work = answer;
                if (name == "school_age_children") children = answer;
                text.Append(answer);
            }
            text.Append(',').Append(random.Next(20) == 0 ? "\"Visited at home, with the family\"" : "").Append("\r\n");
        }
        return text.ToString();
    }
}
