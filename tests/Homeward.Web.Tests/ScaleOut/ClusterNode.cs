using System.Collections.Concurrent;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Homeward.Web.Tests.ScaleOut;

/// <summary>
/// One Homeward instance of a cluster: the real host on a database other instances share. It records its own log
/// lines, so that a test can tell which instance did what.
/// </summary>
public sealed class ClusterNode(string name, string provider, string connectionString, bool seedDemo, TimeSpan jobFirstRun) : HomewardApp
{
    public string Name { get; } = name;
    public override string ProviderName => provider;
    protected override string ConnectionString => connectionString;
    public LogRecorder Log { get; } = new();

    public void MarkUnavailable(string reason) => SkipReason = reason;

    /// <summary>Starts the host (migrations, and the demo seed when this node seeds) and waits until it serves.</summary>
    public Task StartAsync() => Task.Run(StartOnce);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Seed", seedDemo ? "true" : "false");
        builder.UseSetting("Jobs:OverdueFollowUps:FirstRunDelay", jobFirstRun.ToString("c"));
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Log);
            // The recorder keeps the job's lines and the SQL commands, whatever the host's other loggers are set to.
            logging.AddFilter<LogRecorder>(null, LogLevel.Warning);
            logging.AddFilter<LogRecorder>("Homeward", LogLevel.Information);
            logging.AddFilter<LogRecorder>("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        });
    }
}

/// <summary>Keeps the log lines of one host in memory.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, string Message)> _lines = new();

    public IReadOnlyList<string> Lines(string categoryPrefix, string contains) =>
        _lines.Where(l => l.Category.StartsWith(categoryPrefix, StringComparison.Ordinal) && l.Message.Contains(contains, StringComparison.Ordinal))
            .Select(l => l.Message).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(string, string)> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue((category, formatter(state, exception)));
    }
}
