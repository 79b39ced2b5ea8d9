using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>What the load generator measured.</summary>
public sealed record LoadResult(
    int Users, int Seconds, int ThinkMilliseconds, double ElapsedSeconds, int Requests, double RequestsPerSecond,
    int Errors, int Conflicts, Stats All, Dictionary<string, Stats> Operations, Dictionary<string, int> Statuses, List<string> ErrorSamples);

/// <summary>
/// The load generator, run as its own process on loopback: N simulated case managers, each in a closed loop of
/// list → (next page) → open a case → sometimes record a counselling session or an assessment, sometimes check a
/// name for duplicates. Every answer that is not a success is an error; 409 conflicts are also counted apart.
/// </summary>
public static class LoadCommand
{
    private static readonly string[] Filters =
    [
        "", "stage=Assessment", "stage=Planning", "stage=Implementation", "stage=Monitoring", "overdueFollowUp=true",
        "vulnerable=true", "latePlan=true", "mine=true",
    ];

    private static readonly string[] OpenStages = ["Registered", "Assessment", "Planning", "Implementation", "Monitoring"];

    private sealed class Recorder
    {
        public readonly ConcurrentDictionary<string, ConcurrentBag<double>> Latencies = new();
        public readonly ConcurrentDictionary<string, int> Statuses = new();
        public readonly ConcurrentQueue<string> ErrorSamples = new();
        public int Errors;
        public int Conflicts;

        public void Add(string operation, double ms, int status, string? error)
        {
            Latencies.GetOrAdd(operation, _ => []).Add(ms);
            Statuses.AddOrUpdate(status == 0 ? "exception" : status.ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
            if (status is >= 200 and < 300) return;
            Interlocked.Increment(ref Errors);
            if (status == 409) Interlocked.Increment(ref Conflicts);
            if (ErrorSamples.Count < 20) ErrorSamples.Enqueue($"{operation} → {(status == 0 ? "exception" : status)}: {error}");
        }
    }

    public static async Task<int> RunAsync(LoadOptions options, CancellationToken ct)
    {
        using var http = Api.Client(options.Url, options.Users * 2);
        // Two demo case managers (Dakar and Erbil); simulated users take turns with their sessions.
        var tokens = new[] { await Api.SignInAsync(http, Api.CaseManager, ct), await Api.SignInAsync(http, Api.CaseManager2, ct) };
        var recorder = new Recorder();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromSeconds(options.Seconds));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Users).Select(u =>
            Task.Run(() => UserAsync(http, tokens[u % tokens.Length], new Random(1000 + u), options.ThinkMilliseconds, recorder, stop.Token), CancellationToken.None)));
        var elapsed = clock.Elapsed.TotalSeconds;

        var all = recorder.Latencies.Values.SelectMany(b => b).ToList();
        var result = new LoadResult(
            options.Users, options.Seconds, options.ThinkMilliseconds, Math.Round(elapsed, 1), all.Count, Math.Round(all.Count / elapsed, 1),
            recorder.Errors, recorder.Conflicts, Stats.Of(all),
            recorder.Latencies.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => Stats.Of(p.Value)),
            recorder.Statuses.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => p.Value),
            [.. recorder.ErrorSamples]);
        var json = JsonSerializer.Serialize(result, Json.Options);
        if (options.Out is { } file) await File.WriteAllTextAsync(file, json, CancellationToken.None);
        else Console.WriteLine(json);
        return 0;
    }

    private static async Task UserAsync(HttpClient http, string token, Random rng, int think, Recorder recorder, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var filter = Filters[rng.Next(Filters.Length)];
                var page = Page.Read(await SendAsync(http, recorder, "list", HttpMethod.Get, $"api/v1/cases?{filter}", token, null, stop));
                if (rng.Next(100) < 30 && page.NextCursor is { } cursor)
                    page = Page.Read(await SendAsync(http, recorder, "list", HttpMethod.Get, $"api/v1/cases?{filter}&after={cursor}", token, null, stop));
                var open = page.OpenCaseIds;
                if (open.Count > 0)
                {
                    var id = open[rng.Next(open.Count)];
                    await SendAsync(http, recorder, "open case", HttpMethod.Get, $"api/v1/cases/{id}", token, null, stop);
                    var roll = rng.Next(100);
                    var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    if (roll < 30)
                        await SendAsync(http, recorder, "record counselling", HttpMethod.Post, $"api/v1/cases/{id}/counselling", token,
                            new { heldOn = today, attendees = "Returnee and spouse", notes = "Discussed the business plan and the next steps.", goalsAndMotivations = "Restart the shop." }, stop);
                    else if (roll < 40)
                        await SendAsync(http, recorder, "record assessment", HttpMethod.Post, $"api/v1/cases/{id}/assessments", token,
                            new { kind = "FamilySituation", conductedOn = today, findings = "Household of five; two children at school.", vulnerabilityFlagged = false }, stop);
                }
                if (rng.Next(100) < 15)
                    await SendAsync(http, recorder, "duplicate search", HttpMethod.Get,
                        $"api/v1/persons/duplicates?givenName=Mamadou&familyName=Diallo&birthYear={DateTime.UtcNow.Year - rng.Next(18, 50)}", token, null, stop);
                if (think > 0) await Task.Delay(rng.Next(think / 2, think * 3 / 2 + 1), stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>What a simulated user takes from a caseload page: where the next page starts and the open cases on it.</summary>
    private sealed record Page(string? NextCursor, List<string> OpenCaseIds)
    {
        public static Page Read(string? json)
        {
            if (json is null) return new Page(null, []);
            using var doc = JsonDocument.Parse(json);
            return new Page(doc.RootElement.GetProperty("nextCursor").GetString(),
                doc.RootElement.GetProperty("items").EnumerateArray()
                    .Where(i => OpenStages.Contains(i.GetProperty("stage").GetString())).Select(i => i.GetProperty("id").GetString()!).ToList());
        }
    }

    /// <summary>Sends one request and records it; returns the body of a successful answer.</summary>
    private static async Task<string?> SendAsync(HttpClient http, Recorder recorder, string operation, HttpMethod method, string path,
        string token, object? body, CancellationToken stop)
    {
        stop.ThrowIfCancellationRequested();
        using var request = Api.Request(method, path, token, body);
        var clock = Stopwatch.StartNew();
        try
        {
            // The request finishes even when the time is up, so that it is never counted as failed.
            using var response = await http.SendAsync(request, CancellationToken.None);
            var content = await response.Content.ReadAsStringAsync(CancellationToken.None);
            recorder.Add(operation, clock.Elapsed.TotalMilliseconds, (int)response.StatusCode, response.IsSuccessStatusCode ? null : Shorten(content));
            return response.IsSuccessStatusCode ? content : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            recorder.Add(operation, clock.Elapsed.TotalMilliseconds, 0, ex.Message);
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}

public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
