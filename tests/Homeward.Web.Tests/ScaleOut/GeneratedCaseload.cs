using Homeward.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.ScaleOut;

/// <summary>
/// Homeward on its own SQLite file with the benchmark's size S: 10 000 synthetic persons from `generate`, on top of the
/// demo programme. Shared by the tests of one class and deleted after them.
/// </summary>
public sealed class GeneratedCaseload : IAsyncLifetime
{
    public const int Persons = 10_000;
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"homeward-size-s-{Guid.NewGuid():N}.db");

    public GeneratedCaseload() => App = new ClusterNode("size S", "Sqlite", $"Data Source={_file}", seedDemo: true, jobFirstRun: TimeSpan.FromDays(1));

    public ClusterNode App { get; }
    public int Generated { get; private set; }

    public async ValueTask InitializeAsync()
    {
        await App.StartAsync();
        await using var scope = App.Services.CreateAsyncScope();
        Generated = await scope.ServiceProvider.GetRequiredService<SyntheticDataGenerator>().GenerateAsync(Persons);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_file + suffix);
    }
}
