using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Homeward.Bench;

/// <summary>
/// The database of one size on one provider: `homeward_bench_&lt;size&gt;` on the PostgreSQL server, or
/// `homeward-bench-&lt;size&gt;.db` in the SQLite folder. Kept between runs so that a size is generated once.
/// </summary>
public sealed class BenchDatabase
{
    private readonly string _postgresAdmin;

    private BenchDatabase(Provider provider, string sizeName, int persons, string postgresAdmin, string sqliteFolder)
    {
        Provider = provider;
        SizeName = sizeName;
        Persons = persons;
        _postgresAdmin = postgresAdmin;
        WorkFolder = sqliteFolder;
        Directory.CreateDirectory(sqliteFolder);
        var key = sizeName.ToLowerInvariant();
        if (provider == Provider.Postgres)
        {
            Name = $"homeward_bench_{key}";
            ConnectionString = new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = Name }.ToString();
        }
        else
        {
            Name = Path.Combine(sqliteFolder, $"homeward-bench-{key}.db");
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = Name, Pooling = true }.ToString();
        }
    }

    public Provider Provider { get; }
    public string SizeName { get; }
    public int Persons { get; }
    /// <summary>The PostgreSQL database name or the SQLite file path.</summary>
    public string Name { get; }
    public string ConnectionString { get; }
    /// <summary>The bench's own folder: SQLite files and notes on how each database was generated.</summary>
    public string WorkFolder { get; }

    public static BenchDatabase For(Provider provider, string sizeName, int persons, BenchOptions options) =>
        new(provider, sizeName, persons, options.PostgresAdmin, options.SqliteFolder);

    public override string ToString() => $"{Provider} {SizeName} ({Name})";

    /// <summary>How Homeward is told to use this database.</summary>
    public IReadOnlyDictionary<string, string> HostSettings() => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Homeward"] = ConnectionString,
    };

    /// <summary>The migrations of this build of Homeward for this provider.</summary>
    private HashSet<string> KnownMigrations()
    {
        var assembly = System.Reflection.Assembly.Load(Provider == Provider.Postgres ? "Homeward.Migrations.Postgres" : "Homeward.Migrations.Sqlite");
        return assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).FirstOrDefault())
            .OfType<Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute>()
            .Select(a => a.Id).ToHashSet();
    }

    private async Task<List<string>> ListAsync(string sql, CancellationToken ct)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<string>();
        while (await reader.ReadAsync(ct)) values.Add(reader.GetString(0));
        return values;
    }

    public DbConnection CreateConnection() => Provider == Provider.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    /// <summary>
    /// The persons in the database, or null when it does not exist or has no schema yet. A database made by a Homeward
    /// whose migrations this one does not have is never dropped on its own (L takes half an hour to generate): the run
    /// stops and says so, and `--fresh` regenerates it.
    /// </summary>
    public async Task<long?> CountPersonsAsync(CancellationToken ct)
    {
        if (!await ExistsAsync(ct)) return null;
        try
        {
            var known = KnownMigrations();
            var applied = await ListAsync("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", ct);
            if (applied.Any(id => !known.Contains(id)))
            {
                throw new UsageException($"{this} was made by another version of Homeward (migrations {string.Join(", ", applied.Except(known))}): "
                    + "run from a build that has them, or pass --fresh to generate it again.");
            }
            return await ScalarAsync<long>("SELECT COUNT(*) FROM persons", ct);
        }
        catch (DbException)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(CancellationToken ct)
    {
        if (Provider == Provider.Sqlite) return File.Exists(Name);
        await using var admin = new NpgsqlConnection(_postgresAdmin);
        await admin.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", admin);
        cmd.Parameters.AddWithValue("name", Name);
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    /// <summary>Drops the database (if any) and creates it empty.</summary>
    public async Task RecreateAsync(CancellationToken ct)
    {
        if (Provider == Provider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(Name + suffix);
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_postgresAdmin);
        await admin.OpenAsync(ct);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", $"CREATE DATABASE \"{Name}\"" })
        {
            await using var cmd = new NpgsqlCommand(sql, admin);
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Fresh planner statistics, as autovacuum would gather after a bulk load (PostgreSQL only).</summary>
    public async Task AnalyzeAsync(CancellationToken ct)
    {
        if (Provider != Provider.Postgres) return;
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "ANALYZE";
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<long> SizeInBytesAsync(CancellationToken ct)
    {
        if (Provider == Provider.Sqlite)
            return new[] { "", "-wal" }.Select(s => new FileInfo(Name + s)).Where(f => f.Exists).Sum(f => f.Length);
        return await ScalarAsync<long>($"SELECT pg_database_size('{Name}')", ct);
    }

    public async Task<string> ServerVersionAsync(CancellationToken ct) =>
        Provider == Provider.Sqlite
            ? "SQLite " + await ScalarAsync<string>("SELECT sqlite_version()", ct)
            : "PostgreSQL " + await ScalarAsync<string>("SHOW server_version", ct);

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        var value = await cmd.ExecuteScalarAsync(ct);
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Rows per main table, for the report and for the backup check.</summary>
    public async Task<Dictionary<string, long>> CountRowsAsync(CancellationToken ct)
    {
        var counts = new Dictionary<string, long>();
        foreach (var table in MainTables)
            counts[table] = await ScalarAsync<long>($"SELECT COUNT(*) FROM {table}", ct);
        return counts;
    }

    public static readonly string[] MainTables =
    [
        "persons", "households", "cases", "consents", "assessments", "case_events", "plans", "budget_lines",
        "assistance_deliveries", "follow_ups", "counselling_sessions", "notifications", "audit_log",
    ];
}
