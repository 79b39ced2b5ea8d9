namespace Homeward.Bench;

/// <summary>The machine a run measured on. The load average says how busy the shared machine was.</summary>
public sealed record MachineInfo(string Cpu, int Cores, double MemoryGb, string Os, string Dotnet, string LoadAverageAtStart, string? LoadAverageAtEnd)
{
    public static MachineInfo Read() => new(
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown",
        Environment.ProcessorCount,
        Math.Round(long.Parse(File.ReadLines("/proc/meminfo").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture) / 1024.0 / 1024.0, 1),
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
        LoadAverage(), null);

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}

/// <summary>One latency figure with its target (p95) and its ratio to the baseline request of the same run.</summary>
public sealed record Measure(string Key, string Title, Stats Stats, double? TargetP95Ms, double BaselineRatio);

/// <summary>A caseload request over HTTP and the same SQL straight on the database.</summary>
public sealed record CaseloadVariant(string Key, string Title, string Path, Stats Api, Stats DirectAll, Stats DirectMain, int Statements, double Ratio,
    double RatioP50, string MainSql);

/// <summary>Start-up to the first served request (median of several starts), first requests, and memory at rest.</summary>
/// <param name="FirstDashboardMs">The first programme dashboard after start: the statistics read from the database (bench servers skip the warm-up at start); null in runs saved before it was measured.</param>
public sealed record StartupResult(double MedianMs, List<double> RunsMs, double FirstLoginMs, double FirstCaseloadMs, long IdleRssBytes, double? FirstDashboardMs = null);

public sealed record RunSettings(int Iterations, int LoadUsers, int LoadSeconds, int ThinkMilliseconds);

/// <summary>Everything one size on one provider measured; saved as bench/results/&lt;size&gt;-&lt;provider&gt;.json.</summary>
public sealed record RunResult(
    string Size, string Provider, DateTime At, MachineInfo Machine, DatasetInfo Dataset, RunSettings Settings,
    List<Measure> Measures, List<CaseloadVariant> Caseload, StartupResult? Startup, StartupResult? EmptyDatabaseStartup,
    long RssAfterLoadBytes, LoadResult? Load, List<string> Notes, List<ExportResult>? Exports = null, ImportResult? Import = null)
{
    public const double CaseloadTargetMs = 50;
    public const double CasePageTargetMs = 50;
    public const double DirectSqlRatioTarget = 1.5;
    public const double DashboardTargetMs = 500;
    public const double ImportTargetRowsPerSecond = 5000;
    public static double DuplicateTargetMs(string provider) => provider == nameof(Bench.Provider.Postgres) ? 50 : 100;

    public Measure? Find(string key) => Measures.FirstOrDefault(m => m.Key == key);
}
