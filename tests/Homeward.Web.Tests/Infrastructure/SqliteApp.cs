namespace Homeward.Web.Tests.Infrastructure;

/// <summary>Homeward on a fresh SQLite file, as a newcomer runs it.</summary>
public sealed class SqliteApp : HomewardApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"homeward-test-{Guid.NewGuid():N}.db");

    public override string ProviderName => "Sqlite";
    protected override string ConnectionString => $"Data Source={_file}";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_file + suffix);
        GC.SuppressFinalize(this);
    }
}
