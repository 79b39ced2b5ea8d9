using System.Data.Common;
using System.Diagnostics;

namespace Homeward.Bench;

/// <summary>
/// The statements a request sent, exactly as captured, run straight on the database over one open connection, reading
/// every value of every row: what the request costs without HTTP, authentication, EF Core and JSON.
/// </summary>
public sealed class DirectSql : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly List<DbCommand> _commands;
    private readonly int _main;

    private DirectSql(DbConnection connection, List<DbCommand> commands, int main, string mainSql)
    {
        _connection = connection;
        _commands = commands;
        _main = main;
        MainSql = mainSql;
    }

    public int Statements => _commands.Count;
    /// <summary>The statement that reads the cases; the others are the sign-in check and look-ups.</summary>
    public string MainSql { get; }

    public static async Task<DirectSql> OpenAsync(BenchDatabase db, CapturedRequest request, CancellationToken ct)
    {
        var connection = await db.OpenAsync(ct);
        var commands = request.Commands.Select(c =>
        {
            var cmd = connection.CreateCommand();
            cmd.CommandText = c.Sql;
            foreach (var p in c.Parameters) cmd.Parameters.Add(SqlCapture.Copy(p));
            return cmd;
        }).ToList();
        var main = request.Commands.ToList().FindLastIndex(c => c.Sql.Contains("FROM \"cases\"", StringComparison.Ordinal));
        if (main < 0) main = commands.Count - 1;
        return new DirectSql(connection, commands, main, request.Commands[main].Sql);
    }

    /// <summary>Runs every statement once, in order: the time of all of them, of the main one, and the rows it read.</summary>
    public async Task<(double All, double Main, int MainRows)> RunOnceAsync(CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        double main = 0;
        var mainRows = 0;
        for (var k = 0; k < _commands.Count; k++)
        {
            var one = Stopwatch.StartNew();
            var rows = await ReadAllAsync(_commands[k], ct);
            if (k != _main) continue;
            main = one.Elapsed.TotalMilliseconds;
            mainRows = rows;
        }
        return (total.Elapsed.TotalMilliseconds, main, mainRows);
    }

    private static async Task<int> ReadAllAsync(DbCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cmd in _commands) await cmd.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
