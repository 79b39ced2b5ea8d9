using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>
/// Rewrites the part of docs/performance.md between the results markers from every saved run in bench/results/;
/// the hand-written text around it (method, notes, gaps) stays as it is.
/// </summary>
public static class PerformanceReport
{
    public const string Start = "<!-- bench:results:start (written by bench/Homeward.Bench; do not edit by hand) -->";
    public const string End = "<!-- bench:results:end -->";

    private static readonly string[] SizeOrder = ["S", "M", "L"];

    public static void Write()
    {
        var runs = Directory.GetFiles(RepositoryPaths.ResultsFolder, "*.json")
            .Select(f => JsonSerializer.Deserialize<RunResult>(File.ReadAllText(f), Json.Options)!)
            .OrderBy(r => Array.IndexOf(SizeOrder, r.Size) is var i && i >= 0 ? i : 99).ThenBy(r => r.Size).ThenBy(r => r.Provider == "Postgres")
            .ToList();
        var doc = File.Exists(RepositoryPaths.PerformanceDoc) ? File.ReadAllText(RepositoryPaths.PerformanceDoc) : $"# Performance\n\n{Start}\n{End}\n";
        var from = doc.IndexOf(Start, StringComparison.Ordinal);
        var to = doc.IndexOf(End, StringComparison.Ordinal);
        if (from < 0 || to < from) doc = doc.TrimEnd() + $"\n\n{Start}\n{End}\n";
        from = doc.IndexOf(Start, StringComparison.Ordinal);
        to = doc.IndexOf(End, StringComparison.Ordinal);
        var text = doc[..(from + Start.Length)] + "\n" + Render(runs) + doc[to..];
        File.WriteAllText(RepositoryPaths.PerformanceDoc, text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static string Render(List<RunResult> runs)
    {
        var md = new StringBuilder();
        if (runs.Count == 0) return "No saved runs yet.\n";

        md.AppendLine("### Runs").AppendLine();
        md.AppendLine("| Size | Database | Date (UTC) | Persons | Cases | Database size | Generated in | Load average (start → end) |");
        md.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | --- |");
        foreach (var r in runs)
            md.AppendLine($"| {r.Size} | {r.Dataset.ServerVersion} | {r.At:yyyy-MM-dd HH:mm} | {N(r.Dataset.Rows["persons"])} | {N(r.Dataset.Rows["cases"])} | "
                + $"{Mib(r.Dataset.Bytes)} | {(r.Dataset.GeneratedSeconds is { } g ? $"{g:F0} s" : "before this run")} | {r.Machine.LoadAverageAtStart} → {r.Machine.LoadAverageAtEnd} |");
        var m = runs[0].Machine;
        md.AppendLine().AppendLine($"Machine: {m.Cpu}, {m.Cores} cores, {m.MemoryGb} GB, {m.Os}, {m.Dotnet}. "
            + $"{runs[0].Settings.Iterations} measured requests per scenario ({runs[0].Settings.Iterations / 3} per caseload variant), one at a time, after a warm-up.").AppendLine();

        md.AppendLine("### Against the targets").AppendLine();
        md.AppendLine("Each cell: p95, whether the target is met, and in brackets the ratio to the baseline request (an authenticated no-op) of the same run.").AppendLine();
        md.Append("| Measure | Target |");
        foreach (var r in runs) md.Append($" {r.Size} · {Name(r.Provider)} |");
        md.AppendLine().Append("| --- | --- |").AppendLine(string.Concat(runs.Select(_ => " --- |")));
        Row("Duplicate search p95", "≤ 100 ms SQLite, ≤ 50 ms PostgreSQL", r => Cell(r, "duplicates"));
        Row("Caseload page p95 (all variants)", "≤ 50 ms", r => Cell(r, "caseload"));
        Row("Caseload worst variant p95", "≤ 50 ms", r => r.Caseload.MaxBy(v => v.Api.P95) is { } v ? $"{Ms(v.Api.P95)} {Verdict(v.Api.P95 <= RunResult.CaseloadTargetMs)} ({v.Key})" : "–");
        Row("Caseload API ÷ direct SQL, p95 (median of variants)", "≤ 1.5×", r => RatioCell(Median(r.Caseload.Select(v => v.Ratio))));
        Row("Caseload API ÷ direct SQL, p95 (worst variant)", "≤ 1.5×", r => r.Caseload.MaxBy(v => v.Ratio) is { } v ? $"{RatioCell(v.Ratio)} ({v.Key})" : "–");
        Row("Caseload (API − no-op baseline) ÷ direct SQL, p50 (median of variants)", "–", r =>
            $"{Median(r.Caseload.Select(v => Math.Max(0, v.Api.P50 - r.Find("baseline")!.Stats.P50) / Math.Max(v.DirectAll.P50, 0.01))).ToString("F2", CultureInfo.InvariantCulture)}×");
        Row("Case page p95", "≤ 50 ms", r => Cell(r, "case"));
        Row("Programme dashboard p95 (one year by quarter, every chart), statistics read within the last five minutes", "≤ 500 ms", r => Cell(r, "programme-dashboard"));
        Row("Programme dashboard, first after start (statistics read from the database)", "–", r => r.Startup?.FirstDashboardMs is { } cold ? Ms(cold) : "not measured");
        Row("Every computed indicator × each disaggregation, p95", "–", r => Cell(r, "all-indicators"));
        Row("De-identified export of cases, CSV: peak memory", "≤ 300 MB", r => ExportCell(r, ExportBench.Cases, "csv"));
        Row("De-identified export of cases, XLSX: peak memory", "≤ 300 MB", r => ExportCell(r, ExportBench.Cases, "xlsx"));
        Row("De-identified export of follow-up visits, CSV: peak memory", "≤ 300 MB", r => ExportCell(r, ExportBench.FollowUps, "csv"));
        Row("De-identified export of follow-up visits, XLSX: peak memory", "≤ 300 MB", r => ExportCell(r, ExportBench.FollowUps, "xlsx"));
        Row("Import of RSS submissions from CSV", "≥ 5,000 rows/s", r => r.Import is { } i
            ? $"{i.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} rows/s {Verdict(i.RowsPerSecond >= RunResult.ImportTargetRowsPerSecond)} ({N(i.Rows)} rows in {i.Seconds.ToString("F1", CultureInfo.InvariantCulture)} s)"
            : "not run");
        Row("Load test: errors", "0", r => r.Load is { } l ? $"{l.Errors} {Verdict(l.Errors == 0)} of {N(l.Requests)}" : "not run");
        Row("Load test: throughput", "–", r => r.Load is { } l ? $"{l.RequestsPerSecond.ToString("F1", CultureInfo.InvariantCulture)} req/s ({l.Users} users)" : "not run");
        Row("Load test: p95, all operations", "–", r => r.Load is { } l ? $"{Ms(l.All.P95)} (×{Ratio(l.All.P95, r.Find("baseline")!.Stats.P95)})" : "not run");
        Row("Start-up to first served request", "–", r => r.Startup is { } s && r.EmptyDatabaseStartup is { } e
            ? $"{Ms(s.MedianMs)} (empty: {Ms(e.MedianMs)})" : "not run");
        Row("Idle memory (RSS) after start", "–", r => r.Startup is { } s && r.EmptyDatabaseStartup is { } e
            ? $"{Mib(s.IdleRssBytes)} (empty: {Mib(e.IdleRssBytes)})" : "not run");
        Row("Memory (RSS) after the load test", "–", r => Mib(r.RssAfterLoadBytes));
        Row("Baseline: authenticated no-op p95", "–", r => Ms(r.Find("baseline")!.Stats.P95));
        md.AppendLine();

        foreach (var r in runs) RenderRun(md, r);
        return md.ToString();

        void Row(string measure, string target, Func<RunResult, string> cell)
        {
            md.Append($"| {measure} | {target} |");
            foreach (var r in runs) md.Append($" {cell(r)} |");
            md.AppendLine();
        }
    }

    private static void RenderRun(StringBuilder md, RunResult r)
    {
        md.AppendLine($"### Size {r.Size} on {Name(r.Provider)}: details").AppendLine();
        md.AppendLine("| Request | p50 | p95 | p99 | max | target (p95) | × baseline | errors |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        foreach (var x in r.Measures)
            md.AppendLine($"| {x.Title} | {Ms(x.Stats.P50)} | {Ms(x.Stats.P95)} | {Ms(x.Stats.P99)} | {Ms(x.Stats.Max)} | "
                + $"{(x.TargetP95Ms is { } t ? $"≤ {t:F0} ms {Verdict(x.Stats.P95 <= t)}" : "–")} | {x.BaselineRatio.ToString("F1", CultureInfo.InvariantCulture)} | {x.Stats.Errors} |");
        md.AppendLine();

        md.AppendLine("Caseload variants (case manager of the Dakar office unless said): the API over HTTP against the same SQL, captured from EF Core, run directly.").AppendLine();
        md.AppendLine("| Variant | API p50 | API p95 | SQL p95, all statements | SQL p95, cases query only | statements | API ÷ SQL (p95) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var v in r.Caseload)
            md.AppendLine($"| {v.Title} | {Ms(v.Api.P50)} | {Ms(v.Api.P95)} {Verdict(v.Api.P95 <= RunResult.CaseloadTargetMs)} | {Ms(v.DirectAll.P95)} | {Ms(v.DirectMain.P95)} | {v.Statements} | {RatioCell(v.Ratio)} |");
        md.AppendLine();

        if (r.Load is { } l)
        {
            md.AppendLine($"Load test: {l.Users} simulated case managers, closed loop{(l.ThinkMilliseconds > 0 ? $" with {l.ThinkMilliseconds} ms think time" : " without think time")}, "
                + $"{l.ElapsedSeconds.ToString("F0", CultureInfo.InvariantCulture)} s from a separate process: {N(l.Requests)} requests, "
                + $"{l.RequestsPerSecond.ToString("F1", CultureInfo.InvariantCulture)} req/s, {l.Errors} errors ({l.Conflicts} conflicts). "
                + $"Statuses: {string.Join(", ", l.Statuses.Select(s => $"{s.Key} × {N(s.Value)}"))}.").AppendLine();
            md.AppendLine("| Operation | count | p50 | p95 | p99 | max | p95 ÷ same request unloaded |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            var unloaded = new Dictionary<string, string> { ["list"] = "caseload", ["open case"] = "case", ["duplicate search"] = "duplicates" };
            foreach (var (op, s) in l.Operations)
                md.AppendLine($"| {op} | {N(s.Count)} | {Ms(s.P50)} | {Ms(s.P95)} | {Ms(s.P99)} | {Ms(s.Max)} | "
                    + $"{(unloaded.TryGetValue(op, out var key) && r.Find(key) is { } u ? $"{Ratio(s.P95, u.Stats.P95)}×" : "–")} |");
            if (l.ErrorSamples.Count > 0)
            {
                md.AppendLine().AppendLine("Errors seen (first few):").AppendLine();
                foreach (var e in l.ErrorSamples.Take(5)) md.AppendLine($"- `{e.Replace('\n', ' ').Replace('|', '/')}`");
            }
            md.AppendLine();
        }

        if (r.Startup is { } started && r.EmptyDatabaseStartup is { } empty)
            md.Append($"Start-up to the first served request: {string.Join(", ", started.RunsMs.Select(Ms))} (median {Ms(started.MedianMs)}); "
                + $"on the demo-only database {string.Join(", ", empty.RunsMs.Select(Ms))}. First sign-in {Ms(started.FirstLoginMs)}, "
                + $"first caseload request {Ms(started.FirstCaseloadMs)} (cold)"
                + (started.FirstDashboardMs is { } cold ? $", first programme dashboard {Ms(cold)} (statistics read from the database; the measured requests come after it). " : ". "));
        md.AppendLine($"Overdue follow-up job on this data: {N(r.Dataset.OverdueFlagged)} visits flagged "
            + $"in {r.Dataset.OverduePassSeconds.ToString("F0", CultureInfo.InvariantCulture)} s (preparation, one pass).").AppendLine();
        md.AppendLine("Rows: " + string.Join(", ", r.Dataset.Rows.Select(p => $"{p.Key} {N(p.Value)}")) + ".").AppendLine();
        foreach (var note in r.Notes) md.AppendLine($"- {note}");
        if (r.Notes.Count > 0) md.AppendLine();
    }

    private static string Cell(RunResult r, string key)
    {
        var m = r.Find(key);
        if (m is null) return "–";
        var verdict = m.TargetP95Ms is { } t ? $" {Verdict(m.Stats.P95 <= t)}" : "";
        return $"{Ms(m.Stats.P95)}{verdict} (×{m.BaselineRatio.ToString("F1", CultureInfo.InvariantCulture)})";
    }

    private static string ExportCell(RunResult r, string dataset, string format) =>
        r.Exports?.FirstOrDefault(e => e.Of == dataset && e.Format == format) is { } e
            ? $"{Mib(e.PeakRssBytes)} {Verdict(e.PeakRssBytes / 1048576.0 <= ExportBench.PeakMemoryTargetMb)} (idle {Mib(e.IdleRssBytes)}; "
              + $"{(e.Rows >= 0 ? $"{N(e.Rows)} rows, " : "")}{Mib(e.Bytes)} in {e.Seconds.ToString("F1", CultureInfo.InvariantCulture)} s)"
            : "not run";

    private static string Verdict(bool met) => met ? "✓ met" : "✗ missed";
    private static string RatioCell(double ratio) => $"{ratio.ToString("F2", CultureInfo.InvariantCulture)}× {Verdict(ratio <= RunResult.DirectSqlRatioTarget)}";
    private static string Ratio(double a, double b) => (a / Math.Max(b, 0.01)).ToString("F1", CultureInfo.InvariantCulture);
    private static double Median(IEnumerable<double> values) => values.Order().ToList() is { Count: > 0 } l ? l[l.Count / 2] : 0;
    private static string Ms(double ms) => ms >= 100 ? $"{ms.ToString("F0", CultureInfo.InvariantCulture)} ms" : $"{ms.ToString("F1", CultureInfo.InvariantCulture)} ms";
    private static string Mib(long bytes) => $"{(bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture)} MiB";
    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
    private static string Name(string provider) => provider == "Postgres" ? "PostgreSQL" : "SQLite";
}
