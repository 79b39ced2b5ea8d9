using Npgsql;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>
/// Homeward on a fresh PostgreSQL database, created for this test run and dropped after it. The server is the
/// one named by HOMEWARD_TEST_POSTGRES (an admin connection string), or a local server on the default port.
/// </summary>
public sealed class PostgresApp : HomewardApp
{
    private readonly string _database = $"homeward_test_{Guid.NewGuid():N}";
    private string _admin = "";

    public override string ProviderName => "Postgres";
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ToString();

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable("HOMEWARD_TEST_POSTGRES") is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Timeout=3";

    public override async ValueTask InitializeAsync()
    {
        _admin = AdminConnectionString;
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
        }
        StartOnce();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (SkipReason is null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        GC.SuppressFinalize(this);
    }
}
