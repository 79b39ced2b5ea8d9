using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>
/// The measuring run: for each provider, prepare the database of the size, start Homeward as a child process, measure
/// over HTTP, replay the caseload SQL directly, run the load generator as a separate process, save the results and
/// rewrite the results section of docs/performance.md.
/// </summary>
public static class BenchCommand
{
    private sealed record Variant(string Key, string Title, string Path, string Account);

    public static async Task<int> RunAsync(BenchOptions options, CancellationToken ct)
    {
        Console.WriteLine($"Homeward bench: size {options.SizeName} ({options.Persons} persons), {string.Join(" and ", options.Providers)}, "
            + $"{options.Iterations} requests per scenario, load {(options.RunsLoad ? $"{options.LoadUsers} users × {options.LoadSeconds} s" : "off")}"
            + (options.Only is { } only ? $", only {string.Join(", ", only)} (partial run: nothing saved)" : ""));
        Directory.CreateDirectory(RepositoryPaths.ResultsFolder);
        var failed = false;
        foreach (var provider in options.Providers)
        {
            Console.WriteLine($"\n== {provider} ==");
            try
            {
                var result = await RunProviderAsync(options, provider, ct);
                if (options.Partial)
                {
                    Console.WriteLine("  Partial run (--only): results not saved");
                }
                else
                {
                    var file = Path.Combine(RepositoryPaths.ResultsFolder, $"{options.SizeName}-{provider}.json".ToLowerInvariant());
                    await File.WriteAllTextAsync(file, JsonSerializer.Serialize(result, Json.Options), ct);
                    Console.WriteLine($"  Results saved to {Path.GetRelativePath(RepositoryPaths.Root, file)}");
                }
                Summarise(result);
            }
            catch (Npgsql.NpgsqlException ex) when (provider == Provider.Postgres)
            {
                Console.Error.WriteLine($"  PostgreSQL is not available ({ex.Message}): skipped. Pass --postgres with an admin connection string.");
                failed = true;
            }
        }
        if (options.WriteReport && !options.Partial)
        {
            PerformanceReport.Write();
            Console.WriteLine($"\n{Path.GetRelativePath(RepositoryPaths.Root, RepositoryPaths.PerformanceDoc)} updated.");
        }
        return failed ? 1 : 0;
    }

    private static async Task<RunResult> RunProviderAsync(BenchOptions options, Provider provider, CancellationToken ct)
    {
        var machine = MachineInfo.Read();
        var at = DateTime.UtcNow;
        var notes = new List<string>();
        var empty = BenchDatabase.For(provider, "0", 0, options);
        var db = BenchDatabase.For(provider, options.SizeName, options.Persons, options);
        var measuresStartup = options.Measures("startup");
        Console.WriteLine("  Preparing the databases");
        if (measuresStartup) await Preparation.PrepareAsync(empty, fresh: false, ct);
        var dataset = await Preparation.PrepareAsync(db, options.Fresh, ct);

        StartupResult? startup = null, emptyStartup = null;
        HomewardServer server;
        if (measuresStartup)
        {
            Console.WriteLine("  Start-up and idle memory: demo-only database, then the measured one");
            (emptyStartup, var emptyServer) = await StartupAsync(empty, ct);
            await emptyServer.DisposeAsync();
            (startup, server) = await StartupAsync(db, ct);
        }
        else
        {
            server = await HomewardServer.StartAsync(db, null, ct);
            notes.Add("Start-up and idle memory not measured (--only).");
        }
        await using var _ = server;
        using var http = Api.Client(server.Address);
        var tokens = new Dictionary<string, string>
        {
            [Api.CaseManager] = await Api.SignInAsync(http, Api.CaseManager, ct),
            [Api.Supervisor] = await Api.SignInAsync(http, Api.Supervisor, ct),
            [MonitoringProbes.MEOfficer] = await Api.SignInAsync(http, MonitoringProbes.MEOfficer, ct),
        };

        var samples = await Samples.DrawAsync(db, options.Iterations, ct);
        var variants = options.Measures("caseload") ? await CaseloadVariantsAsync(http, tokens, samples, ct) : [];

        var captured = new Dictionary<string, CapturedRequest>();
        if (variants.Count > 0)
        {
            Console.WriteLine("  Capturing the SQL of each caseload request (in-process host with a command interceptor)");
            await using var capture = new SqlCapture(db);
            var captureTokens = new Dictionary<string, string>
            {
                [Api.CaseManager] = await capture.SignInAsync(Api.CaseManager, ct),
                [Api.Supervisor] = await capture.SignInAsync(Api.Supervisor, ct),
            };
            foreach (var v in variants) captured[v.Key] = await capture.CaptureAsync("/" + v.Path, captureTokens[v.Account], ct);
        }

        Console.WriteLine("  Measuring over HTTP and, for the caseload, the same SQL directly on the database");
        var n = options.Iterations;
        var cm = tokens[Api.CaseManager];
        var baselineProbe = Rounds.Http("baseline", http, cm, ["api/v1/auth/me"]);
        var duplicatesProbe = Rounds.Http("duplicates", http, cm, samples.DuplicateProbes);
        var caseProbe = Rounds.Http("case", http, cm, samples.CaseIds.Select(id => $"api/v1/cases/{id}").ToList());
        var dashboardProbe = Rounds.Http("dashboard", http, cm, ["api/v1/dashboard"], every: 10);
        var supervisionProbe = Rounds.Http("supervision", http, tokens[Api.Supervisor], ["api/v1/supervision"], every: 10);
        var programmeDashboardProbe = MonitoringProbes.Dashboard(http, tokens[MonitoringProbes.MEOfficer], every: 10);
        var (indicatorsProbe, indicatorRequests) = options.Measures("all-indicators")
            ? await MonitoringProbes.AllIndicatorsAsync(http, tokens[MonitoringProbes.MEOfficer], every: 50, ct)
            : (new Probe("all indicators", 50, (_, _) => Task.FromResult(true)), 0);
        var apiProbes = variants.ToDictionary(v => v.Key, v => Rounds.Http($"caseload {v.Key}", http, tokens[v.Account], [v.Path]));
        var direct = new Dictionary<string, DirectSql>();
        var directMain = variants.ToDictionary(v => v.Key, _ => new List<double>());
        var directProbes = new Dictionary<string, Probe>();
        try
        {
            foreach (var v in variants)
            {
                var sql = direct[v.Key] = await DirectSql.OpenAsync(db, captured[v.Key], ct);
                var expected = ExpectedRows(captured[v.Key]);
                directProbes[v.Key] = new Probe($"sql {v.Key}", 1, async (_, token) =>
                {
                    var (_, main, rows) = await sql.RunOnceAsync(token);
                    directMain[v.Key].Add(main);
                    // The replayed SQL must read the page the API returned, else the comparison means nothing.
                    return rows == expected ? true : throw new InvalidOperationException(
                        $"Caseload {v.Key}: the replayed SQL read {rows} rows where the API read {expected}.\n{sql.MainSql}");
                });
            }
            var measured = new (string Key, Probe Probe)[]
            {
                ("duplicates", duplicatesProbe), ("case", caseProbe), ("dashboard", dashboardProbe), ("supervision", supervisionProbe),
                ("programme-dashboard", programmeDashboardProbe), ("all-indicators", indicatorsProbe),
            }.Where(p => options.Measures(p.Key)).Select(p => p.Probe);
            await Rounds.RunAsync([baselineProbe, .. measured, .. apiProbes.Values, .. directProbes.Values], n, ct);
        }
        finally
        {
            foreach (var sql in direct.Values) await sql.DisposeAsync();
        }

        var baseline = baselineProbe.Stats;
        Measure M(string key, string title, Stats stats, double? target) => new(key, title, stats, target, Math.Round(stats.P95 / baseline.P95, 1));
        var measures = new List<Measure>
        {
            new("baseline", "Authenticated no-op (`GET /api/v1/auth/me`): baseline", baseline, null, 1),
            M("duplicates", "Duplicate search (`GET /api/v1/persons/duplicates`)", duplicatesProbe.Stats, RunResult.DuplicateTargetMs(provider.ToString())),
            M("caseload", "Caseload page of 50, all filter variants (`GET /api/v1/cases`)",
                Stats.Of([.. apiProbes.Values.SelectMany(p => p.Milliseconds)], apiProbes.Values.Sum(p => p.Errors)), RunResult.CaseloadTargetMs),
            M("case", "Case page (`GET /api/v1/cases/{id}`, writes read-audit lines)", caseProbe.Stats, RunResult.CasePageTargetMs),
            M("dashboard", "Case manager's dashboard (`GET /api/v1/dashboard`), informational", dashboardProbe.Stats, null),
            M("programme-dashboard", $"Programme dashboard, one year by quarter, every chart with its table (`GET /statistics?period={MonitoringProbes.ReportingYear}`)",
                programmeDashboardProbe.Stats, RunResult.DashboardTargetMs),
            M("all-indicators", $"Every computed indicator of the results framework, one year, in total and by each of its disaggregations ({indicatorRequests} requests in sequence), informational",
                indicatorsProbe.Stats, null),
            M("supervision", "Supervision (`GET /api/v1/supervision`, all offices), informational", supervisionProbe.Stats, null),
        };
        if (options.Only is { } only)
        {
            measures.RemoveAll(m => m.Key != "baseline" && (m.Key == "caseload" ? variants.Count == 0 : !only.Contains(m.Key)));
            notes.Add($"Only these requests were measured (--only): {string.Join(", ", only)}.");
        }
        var caseload = variants.Select(v =>
        {
            var api = apiProbes[v.Key].Stats;
            var all = directProbes[v.Key].Stats;
            return new CaseloadVariant(v.Key, v.Title, v.Path, api, all, Stats.Of(directMain[v.Key].Skip(directMain[v.Key].Count - all.Count).ToList()),
                direct[v.Key].Statements, Math.Round(api.P95 / Math.Max(all.P95, 0.01), 2), Math.Round(api.P50 / Math.Max(all.P50, 0.01), 2), direct[v.Key].MainSql);
        }).ToList();

        LoadResult? load = null;
        if (options.RunsLoad)
        {
            Console.WriteLine($"  Load test: {options.LoadUsers} simulated case managers for {options.LoadSeconds} s (separate process)");
            load = await RunLoadAsync(server, options, ct);
        }
        else
        {
            notes.Add("Load test not run (--no-load or --only).");
        }
        if (!options.Partial) await Task.Delay(TimeSpan.FromSeconds(10), ct);
        var rssAfter = server.ResidentBytes();

        var exports = new List<ExportResult>();
        if (options.RunsExport)
        {
            Console.WriteLine("  De-identified exports (cases, then follow-up visits), CSV then XLSX, each from a server started for it");
            foreach (var exported in new[] { ExportBench.Cases, ExportBench.FollowUps })
                foreach (var format in new[] { "csv", "xlsx" }) exports.Add(await ExportBench.RunAsync(db, exported, format, ct));
        }
        else
        {
            notes.Add("Export not measured (--no-export or --only).");
        }

        ImportResult? import = null;
        if (options.RunsImport)
        {
            Console.WriteLine($"  Import of {options.ImportRows} RSS submissions from one CSV file, as the Dakar case manager");
            import = await ImportBench.RunAsync(http, cm, db, options.ImportRows, ct);
            Console.WriteLine($"    {import.Rows} rows in {import.Seconds:F1} s: {import.RowsPerSecond:F0} rows/s");
            notes.Add($"The import added {import.Rows:N0} RSS submissions to this database after the measurements; a later run on it reads them too.");
        }

        return new RunResult(options.SizeName, provider.ToString(), at, machine with { LoadAverageAtEnd = MachineInfo.LoadAverage() }, dataset,
            new RunSettings(options.Iterations, options.LoadUsers, options.LoadSeconds, options.ThinkMilliseconds),
            measures, caseload, startup, emptyStartup, rssAfter, load, notes, exports, import);
    }

    /// <summary>
    /// Starts Homeward three times and keeps the last one running: the median time to the first served request, then
    /// (on the last) resident memory after ten idle seconds, and the first sign-in and caseload request (cold).
    /// </summary>
    private static async Task<(StartupResult, HomewardServer)> StartupAsync(BenchDatabase db, CancellationToken ct)
    {
        var runs = new List<double>();
        HomewardServer? server = null;
        for (var i = 0; i < 3; i++)
        {
            if (server is not null) await server.DisposeAsync();
            server = await HomewardServer.StartAsync(db, null, ct);
            runs.Add(Math.Round(server.StartupTime.TotalMilliseconds));
        }
        await Task.Delay(TimeSpan.FromSeconds(10), ct);
        var idle = server!.ResidentBytes();
        using var http = Api.Client(server.Address);
        var clock = Stopwatch.StartNew();
        var token = await Api.SignInAsync(http, Api.CaseManager, ct);
        var login = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        using (var response = await http.SendAsync(Api.Request(HttpMethod.Get, "api/v1/cases", token), ct)) response.EnsureSuccessStatusCode();
        var caseload = clock.Elapsed.TotalMilliseconds;
        // The cold read of statistics, which a production instance does in the background when it starts.
        var officer = await Api.SignInAsync(http, MonitoringProbes.MEOfficer, ct);
        clock.Restart();
        using (var response = await http.SendAsync(Api.Request(HttpMethod.Get, MonitoringProbes.DashboardPath, officer), ct)) response.EnsureSuccessStatusCode();
        var dashboard = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"    {db}: start-up {string.Join(" / ", runs)} ms, idle RSS {idle / 1048576} MiB, first sign-in {login:F0} ms, first caseload {caseload:F0} ms, "
            + $"first programme dashboard {dashboard:F0} ms");
        return (new StartupResult(runs.Order().ElementAt(1), runs, Math.Round(login, 1), Math.Round(caseload, 1), idle, Math.Round(dashboard, 1)), server);
    }

    private static async Task<List<Variant>> CaseloadVariantsAsync(HttpClient http, Dictionary<string, string> tokens, Samples samples, CancellationToken ct)
    {
        const string Cases = "api/v1/cases";
        var variants = new List<Variant>
        {
            new("first", "First page, no filter", Cases, Api.CaseManager),
            new("stage", "Stage = Implementation", $"{Cases}?stage=Implementation", Api.CaseManager),
            new("overdue", "Overdue follow-up", $"{Cases}?overdueFollowUp=true", Api.CaseManager),
            new("late", "Late plan", $"{Cases}?latePlan=true", Api.CaseManager),
            new("vulnerable", "Vulnerable", $"{Cases}?vulnerable=true", Api.CaseManager),
            new("combined", "Stage = Monitoring and overdue follow-up", $"{Cases}?stage=Monitoring&overdueFollowUp=true", Api.CaseManager),
            new("location", "Return location = a region (and below)", $"{Cases}?locationId={samples.SenegalRegion}", Api.CaseManager),
            new("search", $"Name search \"{samples.CommonFamilyName}\"", $"{Cases}?q={Uri.EscapeDataString(samples.CommonFamilyName)}", Api.CaseManager),
            new("mine", "My cases", $"{Cases}?mine=true", Api.CaseManager),
        };
        // Keyset pages further in: the cursor of page 1, and of page 19 reached by following the cursors.
        var cursor = (string?)null;
        for (var page = 1; page <= 19; page++)
        {
            using var response = await http.SendAsync(Api.Request(HttpMethod.Get, cursor is null ? Cases : $"{Cases}?after={cursor}", tokens[Api.CaseManager]), ct);
            var json = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>(ct);
            cursor = json.GetProperty("nextCursor").GetString();
            if (cursor is null) break;
            if (page == 1) variants.Add(new("page2", "Page 2 (keyset cursor)", $"{Cases}?after={cursor}", Api.CaseManager));
            if (page == 19) variants.Add(new("page20", "Page 20 (keyset cursor)", $"{Cases}?after={cursor}", Api.CaseManager));
        }
        variants.Add(new("supervisor", "First page as a supervisor (all offices)", Cases, Api.Supervisor));
        return variants;
    }

    /// <summary>Starts this executable again in `load` mode against the running server and reads its result file.</summary>
    private static async Task<LoadResult> RunLoadAsync(HomewardServer server, BenchOptions options, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"homeward-bench-load-{Guid.NewGuid():N}.json");
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(BenchCommand).Assembly.Location);
        foreach (var arg in new[]
                 {
                     "load", "--url", server.Address.ToString(), "--users", options.LoadUsers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--seconds", options.LoadSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--think-ms", options.ThinkMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output,
                 })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"The load generator failed with code {process.ExitCode}.");
        var result = JsonSerializer.Deserialize<LoadResult>(await File.ReadAllTextAsync(output, ct), Json.Options)!;
        File.Delete(output);
        return result;
    }

    /// <summary>The rows the page query read: the page's items, plus one more when a next page exists.</summary>
    private static int ExpectedRows(CapturedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("items").GetArrayLength()
            + (body.RootElement.GetProperty("nextCursor").ValueKind == JsonValueKind.Null ? 0 : 1);
    }

    private static void Summarise(RunResult r)
    {
        Console.WriteLine($"    load average {r.Machine.LoadAverageAtStart} → {r.Machine.LoadAverageAtEnd}");
        if (r.Startup is { } s)
            Console.WriteLine($"    start-up {s.MedianMs:F0} ms (median), idle RSS {s.IdleRssBytes / 1048576} MiB");
        foreach (var m in r.Measures)
            Console.WriteLine($"    {m.Key,-12} p50 {m.Stats.P50,8:F1}  p95 {m.Stats.P95,8:F1}  p99 {m.Stats.P99,8:F1} ms  ×{m.BaselineRatio,-6} "
                + (m.TargetP95Ms is { } t ? (m.Stats.P95 <= t ? $"met (≤ {t})" : $"MISSED (≤ {t})") : "") + (m.Stats.Errors > 0 ? $"  {m.Stats.Errors} errors" : ""));
        foreach (var v in r.Caseload)
            Console.WriteLine($"    caseload {v.Key,-10} API p95 {v.Api.P95,8:F1}  SQL p95 {v.DirectAll.P95,8:F1} ms  ratio {v.Ratio}");
        if (r.Load is { } l)
        {
            Console.WriteLine($"    load: {l.Requests} requests, {l.RequestsPerSecond} req/s, p95 {l.All.P95} ms, {l.Errors} errors");
            // What went wrong, so a partial run (which saves nothing) still says it.
            if (l.Errors > 0)
            {
                Console.WriteLine($"    statuses: {string.Join(", ", l.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}"))}");
                foreach (var sample in l.ErrorSamples) Console.WriteLine($"      {sample}");
            }
        }
        foreach (var e in r.Exports ?? [])
            Console.WriteLine($"    export {e.Of} {e.Format}: {e.Rows} rows in {e.Seconds:F1} s, peak RSS {e.PeakRssDuringBytes / 1048576} MiB (idle {e.IdleRssBytes / 1048576} MiB)");
        if (r.Import is { } i)
            Console.WriteLine($"    import: {i.Rows} rows in {i.Seconds:F1} s, {i.RowsPerSecond:F0} rows/s");
    }
}
