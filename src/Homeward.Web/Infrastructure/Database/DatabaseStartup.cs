using Homeward.Data;
using Homeward.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>Applies migrations on start and seeds the demo programme where configured.</summary>
public static class DatabaseStartup
{
    /// <summary>Returns false, after one clear line on standard error, when the database cannot be reached.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Homeward.Database");
        try
        {
            await MigrateAsync(app.Services);
        }
        catch (DatabaseUnreachableException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return false;
        }
        await Features.Instruments.ShippedInstruments.LoadAsync(app.Services);
        await Features.Feasibility.DefaultGrid.LoadAsync(app.Services);

        if (app.Configuration.GetValue<bool>("Demo:Seed") && !app.Environment.IsProduction())
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            logger.LogInformation(seeded ? "Demo programme seeded" : "Demo programme already present");
            app.Lifetime.ApplicationStarted.Register(() => DemoAccounts.PrintTo(Console.Out, app.Urls));
        }
        if (app.Services.GetRequiredService<DatabaseInfo>().Provider == DatabaseProvider.Sqlite)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            if (await SqlitePlannerStatistics.RefreshIfStaleAsync(scope.ServiceProvider.GetRequiredService<HomewardDbContext>()))
                logger.LogInformation("SQLite table statistics gathered in {Elapsed}", System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        return true;
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomewardDbContext>();
        var info = scope.ServiceProvider.GetRequiredService<DatabaseInfo>();
        await EnsureReachableAsync(info);
        await using (await MigrationLock.AcquireAsync(info))
            await db.Database.MigrateAsync();
        if (info.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        await db.Protection.EnsureHashKeyAsync(db);
    }

    private static async Task EnsureReachableAsync(DatabaseInfo info)
    {
        if (info.Provider != DatabaseProvider.Postgres) return;
        var builder = new NpgsqlConnectionStringBuilder(info.ConnectionString) { Timeout = 5, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new DatabaseUnreachableException(
                $"Homeward cannot reach PostgreSQL at {builder.Host}:{builder.Port} (database '{builder.Database}'): {ex.Message} Check ConnectionStrings__Homeward.");
        }
    }
}

public sealed class DatabaseUnreachableException(string message) : Exception(message);
