using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Homeward.Bench;

/// <summary>One SQL statement exactly as EF Core sent it, with its parameter values, ready to run again.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<DbParameter> Parameters);

/// <summary>The statements one API request sent to the database, in order.</summary>
public sealed record CapturedRequest(string Path, IReadOnlyList<CapturedCommand> Commands, string Body);

/// <summary>
/// Runs Homeward in this process on the bench database, with an EF Core interceptor that records every command, and
/// replays given API requests once each to learn the SQL they send (for the API-versus-direct-SQL ratio).
/// </summary>
public sealed class SqlCapture : WebApplicationFactory<Program>
{
    /// <summary>The header that marks the request whose statements are recorded.</summary>
    private const string CaptureHeader = "X-Homeward-Bench-Capture";

    private readonly BenchDatabase _db;
    private readonly CommandRecorder _recorder = new();

    public SqlCapture(BenchDatabase db)
    {
        _db = db;
        // Outside a test project the factory cannot guess Homeward.Web's content root: it is the web build's folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HOMEWARD_WEB", RepositoryPaths.WebOutput);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        foreach (var (key, value) in _db.HostSettings()) builder.UseSetting(key, value);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // The overdue job stays idle here: it would add its own statements to the capture.
        builder.UseSetting("Jobs:OverdueFollowUps:FirstRunDelay", "1.00:00:00");
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.ConfigureDbContext<HomewardDbContext>((provider, options) =>
            {
                _recorder.Requests = provider.GetRequiredService<IHttpContextAccessor>();
                options.AddInterceptors(_recorder);
            });
        });
    }

    public async Task<string> SignInAsync(string email, CancellationToken ct)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Web.Features.Demo.DemoAccounts.Password }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Sends the request once to warm up, then once more recording the statements it sends.</summary>
    public async Task<CapturedRequest> CaptureAsync(string path, string token, CancellationToken ct)
    {
        using var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync(path, ct)).EnsureSuccessStatusCode();
        _recorder.Start();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(CaptureHeader, "1");
        var response = await client.SendAsync(request, ct);
        var commands = _recorder.Stop();
        response.EnsureSuccessStatusCode();
        return new CapturedRequest(path, commands, await response.Content.ReadAsStringAsync(ct));
    }

    /// <summary>
    /// Records the statements sent while serving the marked request, and only those: a background job of the server
    /// (statistics, supervision spending, reminders) running in the same moment is not part of the caseload's SQL.
    /// </summary>
    private sealed class CommandRecorder : DbCommandInterceptor
    {
        private readonly List<CapturedCommand> _commands = [];
        private bool _recording;

        public IHttpContextAccessor? Requests { get; set; }

        public void Start()
        {
            lock (_commands)
            {
                _commands.Clear();
                _recording = true;
            }
        }

        public List<CapturedCommand> Stop()
        {
            lock (_commands)
            {
                _recording = false;
                return [.. _commands];
            }
        }

        private void Record(DbCommand command)
        {
            lock (_commands)
            {
                if (_recording && Requests?.HttpContext?.Request.Headers.ContainsKey(CaptureHeader) == true)
                    _commands.Add(new CapturedCommand(command.CommandText, command.Parameters.Cast<DbParameter>().Select(Copy).ToList()));
            }
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>A detached copy of a parameter, with its provider type, that a new command can take.</summary>
    public static DbParameter Copy(DbParameter p) => p switch
    {
        NpgsqlParameter n => n.Clone(),
        SqliteParameter s => CopySqlite(s),
        _ => throw new NotSupportedException(p.GetType().Name),
    };

    /// <summary>
    /// SqliteParameter has no Clone, and its SqliteType and Size getters answer values inferred from the value when none
    /// was set (a Guid would then be bound as a 16-character text): copy its fields as they are.
    /// </summary>
    private static SqliteParameter CopySqlite(SqliteParameter s)
    {
        var copy = new SqliteParameter();
        foreach (var field in SqliteFields) field.SetValue(copy, field.GetValue(s));
        return copy;
    }

    private static readonly System.Reflection.FieldInfo[] SqliteFields =
        typeof(SqliteParameter).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);
}
