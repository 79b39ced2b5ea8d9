using Npgsql;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>
/// Keeps instances that start together from migrating at the same time. On PostgreSQL, EF Core's own migration lock lives
/// in each migration's transaction: with several migrations pending, two instances can interleave between transactions and
/// apply one migration twice ("relation … already exists"). A session-level advisory lock, held on a connection of its
/// own for the whole run, queues them instead: the first applies everything, the others then find nothing pending.
/// SQLite needs nothing more (one instance per file, and EF Core's lock table spans the run).
/// </summary>
public sealed class MigrationLock : IAsyncDisposable
{
    private const long Key = 7_261_002;
    private readonly NpgsqlConnection? _connection;

    private MigrationLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<MigrationLock> AcquireAsync(DatabaseInfo info, CancellationToken ct = default)
    {
        if (info.Provider != DatabaseProvider.Postgres) return new MigrationLock(null);
        // Not pooled: the lock belongs to this session and ends with it, even if the instance dies mid-migration.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(info.ConnectionString) { Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
        await take.ExecuteNonQueryAsync(ct);
        return new MigrationLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection))
            await release.ExecuteNonQueryAsync();
        await _connection.DisposeAsync();
    }
}
