namespace Homeward.Bench;

public enum Provider
{
    Sqlite,
    Postgres,
}

/// <summary>What a measuring run does: which size, which databases, how many samples, how long the load lasts.</summary>
public sealed record BenchOptions(
    string SizeName,
    int Persons,
    IReadOnlyList<Provider> Providers,
    int Iterations,
    int LoadUsers,
    int LoadSeconds,
    int ThinkMilliseconds,
    bool Load,
    bool Export,
    int ImportRows,
    bool Fresh,
    bool WriteReport,
    string PostgresAdmin,
    string SqliteFolder,
    IReadOnlySet<string>? Only = null)
{
    /// <summary>The request measures `--only` may name; the baseline request is always measured.</summary>
    public static readonly IReadOnlyList<string> MeasureKeys = ["duplicates", "caseload", "case", "dashboard", "supervision", "programme-dashboard", "all-indicators"];

    /// <summary>The whole sections `--only` may name (load, export and import still obey --no-load, --no-export, --import-rows 0).</summary>
    public static readonly IReadOnlyList<string> SectionKeys = ["startup", "load", "export", "import"];

    /// <summary>Whether a request measure or a section is taken in this run (all of them unless `--only` names some).</summary>
    public bool Measures(string key) => Only is null || Only.Contains(key);

    /// <summary>A run limited by `--only`: it prints its figures but saves nothing and leaves docs/performance.md alone.</summary>
    public bool Partial => Only is not null;

    public bool RunsLoad => Load && Measures("load");
    public bool RunsExport => Export && Measures("export");
    public bool RunsImport => ImportRows > 0 && Measures("import");

    public const string Usage = """
        Usage: dotnet run -c Release --project bench/Homeward.Bench -- [options]
          --size S|M|L|<persons>   S = 10 000, M = 200 000, L = 1 000 000 persons (default S)
          --provider Sqlite|Postgres|both                             (default both)
          --iterations N           measured requests per scenario     (default 300)
          --load-users N           concurrent simulated case managers (default 8)
          --load-seconds N         load test duration, 10..600        (default 90)
          --think-ms N             pause between a user's actions     (default 0)
          --no-load                skip the load test
          --no-export              skip the de-identified case export (CSV and XLSX)
          --import-rows N          RSS submissions imported from one CSV file, 0 to skip (default 100 000)
          --fresh                  regenerate the database even when one of this size exists
          --no-report              do not update docs/performance.md
          --only KEY,KEY           measure only these (the baseline request always): duplicates, caseload, case,
                                   dashboard, supervision, programme-dashboard, all-indicators, and the sections
                                   startup, load, export, import; prints the figures, saves nothing
          --postgres CONN          admin connection string (default $HOMEWARD_BENCH_POSTGRES,
                                   else Host=127.0.0.1;Port=55433;Username=postgres)
          --sqlite-folder DIR      where the SQLite files live (default $TMPDIR/homeward-bench)
        Load generator (started by the run as a separate process):
          load --url http://127.0.0.1:PORT [--users N] [--seconds N] [--think-ms N] [--out FILE]
        """;

    public static readonly IReadOnlyDictionary<string, int> Sizes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["S"] = 10_000, ["M"] = 200_000, ["L"] = 1_000_000,
    };

    private static string DefaultPostgres() =>
        Environment.GetEnvironmentVariable("HOMEWARD_BENCH_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=55433;Username=postgres";

    public static BenchOptions Parse(string[] args)
    {
        var a = new Args(args);
        var size = a.Value("--size") ?? "S";
        int persons;
        if (Sizes.TryGetValue(size, out var known))
        {
            persons = known;
            size = size.ToUpperInvariant();
        }
        else if (int.TryParse(size, out persons) && persons >= 0)
        {
            size = $"P{persons}";
        }
        else
        {
            throw new UsageException($"--size must be S, M, L or a number of persons, not '{size}'.");
        }

        var providers = (a.Value("--provider") ?? "both").ToLowerInvariant() switch
        {
            "both" => new[] { Provider.Sqlite, Provider.Postgres },
            "sqlite" => [Provider.Sqlite],
            "postgres" => [Provider.Postgres],
            var other => throw new UsageException($"--provider must be Sqlite, Postgres or both, not '{other}'."),
        };
        var options = new BenchOptions(
            size, persons, providers,
            a.Int("--iterations", 300, 10, 100_000),
            a.Int("--load-users", 8, 1, 500),
            a.Int("--load-seconds", 90, 10, 600),
            a.Int("--think-ms", 0, 0, 60_000),
            !a.Flag("--no-load"),
            !a.Flag("--no-export"),
            a.Int("--import-rows", 100_000, 0, 1_000_000),
            a.Flag("--fresh"),
            !a.Flag("--no-report"),
            a.Value("--postgres") ?? DefaultPostgres(),
            a.Value("--sqlite-folder") ?? Path.Combine(Path.GetTempPath(), "homeward-bench"),
            ParseOnly(a.Value("--only")));
        a.EnsureAllUsed();
        return options;
    }

    private static HashSet<string>? ParseOnly(string? value)
    {
        if (value is null) return null;
        var keys = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => k.ToLowerInvariant()).ToHashSet();
        var unknown = keys.Except([.. MeasureKeys, .. SectionKeys]).ToList();
        if (keys.Count == 0 || unknown.Count > 0)
            throw new UsageException($"--only takes a comma-separated list among {string.Join(", ", MeasureKeys.Concat(SectionKeys))}; "
                + (keys.Count == 0 ? "it was empty." : $"unknown: {string.Join(", ", unknown)}."));
        return keys;
    }
}

/// <summary>Settings of the load generator process.</summary>
public sealed record LoadOptions(Uri Url, int Users, int Seconds, int ThinkMilliseconds, string? Out)
{
    public static LoadOptions Parse(string[] args)
    {
        var a = new Args(args);
        var url = a.Value("--url") ?? throw new UsageException("load needs --url http://127.0.0.1:PORT.");
        var options = new LoadOptions(new Uri(url), a.Int("--users", 8, 1, 500), a.Int("--seconds", 90, 1, 600), a.Int("--think-ms", 0, 0, 60_000), a.Value("--out"));
        a.EnsureAllUsed();
        return options;
    }
}

/// <summary>`--name value` and `--flag` arguments; anything unknown is a usage error.</summary>
internal sealed class Args(string[] args)
{
    private readonly HashSet<int> _used = [];

    public string? Value(string name)
    {
        var i = Array.IndexOf(args, name);
        if (i < 0) return null;
        if (i + 1 >= args.Length) throw new UsageException($"{name} needs a value.");
        _used.Add(i);
        _used.Add(i + 1);
        return args[i + 1];
    }

    public bool Flag(string name)
    {
        var i = Array.IndexOf(args, name);
        if (i >= 0) _used.Add(i);
        return i >= 0;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        var text = Value(name);
        if (text is null) return fallback;
        return int.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{name} must be a whole number from {min} to {max}.");
    }

    public void EnsureAllUsed()
    {
        var unknown = args.Where((_, i) => !_used.Contains(i)).ToList();
        if (unknown.Count > 0) throw new UsageException($"Unknown argument: {string.Join(" ", unknown)}");
    }
}
