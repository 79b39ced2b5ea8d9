using Homeward.Web.Tests.Infrastructure;
using Npgsql;

namespace Homeward.Web.Tests.ScaleOut;

/// <summary>
/// Two Homeward instances, A and B, on one fresh PostgreSQL database, started at the same moment on the empty database
/// (both migrate; A seeds the demo programme). Their overdue job waits a day, so that only the job test runs it.
/// Skipped, with the reason, when PostgreSQL is not available.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    private readonly string _database = $"homeward_scaleout_{Guid.NewGuid():N}";
    private readonly string _admin = PostgresApp.AdminConnectionString;
    private readonly List<ClusterNode> _extra = [];

    public PostgresCluster()
    {
        A = Create("A", seedDemo: true, jobFirstRun: TimeSpan.FromDays(1));
        B = Create("B", seedDemo: false, jobFirstRun: TimeSpan.FromDays(1));
    }

    public ClusterNode A { get; }
    public ClusterNode B { get; }
    public string? SkipReason { get; private set; }

    /// <summary>Another instance on the same database, disposed with the cluster.</summary>
    public ClusterNode AddNode(string name, TimeSpan jobFirstRun)
    {
        var node = Create(name, seedDemo: false, jobFirstRun);
        _extra.Add(node);
        return node;
    }

    private ClusterNode Create(string name, bool seedDemo, TimeSpan jobFirstRun)
    {
        var node = new ClusterNode(name, "Postgres", ConnectionString, seedDemo, jobFirstRun);
        if (SkipReason is not null) node.MarkUnavailable(SkipReason);
        return node;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ToString();

    public async ValueTask InitializeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            SkipReason = $"PostgreSQL is not available ({ex.Message}). Set HOMEWARD_TEST_POSTGRES to an admin connection string to run these tests.";
            A.MarkUnavailable(SkipReason);
            B.MarkUnavailable(SkipReason);
            return;
        }
        // Both instances start on the empty database at once: EF Core's migration lock lets one migrate while the other waits.
        await Task.WhenAll(A.StartAsync(), B.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _extra) await node.DisposeAsync();
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (SkipReason is null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
