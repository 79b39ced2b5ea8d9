using Homeward.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Database;

public static class DatabaseSetup
{
    private const string SqliteMigrations = "Homeward.Migrations.Sqlite";
    private const string PostgresMigrations = "Homeward.Migrations.Postgres";

    public static DatabaseProvider ReadProvider(IConfiguration config)
    {
        var value = config["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{value}'.");
    }

    public static IServiceCollection AddHomewardDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var provider = ReadProvider(config);
        var connectionString = config.GetConnectionString("Homeward")
            ?? throw new InvalidOperationException("ConnectionStrings:Homeward is not set.");
        if (provider == DatabaseProvider.Sqlite)
            connectionString = ResolveSqlitePath(connectionString, env.ContentRootPath);

        services.AddSingleton(new DatabaseInfo(provider, connectionString));
        services.AddScoped<IDataScope, UserDataScope>();
        services.AddScoped<Data.Audit.IAuditActor, Auth.HttpAuditActor>();
        services.AddDbContext<HomewardDbContext>(options =>
        {
            if (provider == DatabaseProvider.Postgres)
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrations));
            else
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrations));
            // Each host's model carries its own Data Protection keys (encrypted columns).
            options.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, Data.Protection.ProtectionModelCacheKey>();
        });
        return services;
    }

    /// <summary>A relative SQLite file lives under the content root; its folder is created on first start.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is ":memory:" || builder.Mode == SqliteOpenMode.Memory) return connectionString;
        var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        builder.DataSource = path;
        builder.Pooling = true;
        return builder.ToString();
    }
}

/// <summary>Which database this instance runs on, for operators and health reports.</summary>
public sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString);
