using Microsoft.Extensions.Logging;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>
/// Writes every error the app under test logs (an unhandled exception behind a 500, say) to
/// artifacts/test-results/server-errors.log, so that a failed test run shows why the server failed.
/// </summary>
public sealed class ServerErrorLog(string provider) : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static string FilePath => Path.Combine(RepositoryRoot(), "artifacts", "test-results", "server-errors.log");

    public ILogger CreateLogger(string categoryName) => new Writer(provider, categoryName);

    public void Dispose() { }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Homeward.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }

    private sealed class Writer(string provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var text = $"{DateTime.UtcNow:O} [{provider}] {logLevel} {category}: {formatter(state, exception)}{Environment.NewLine}{exception}{Environment.NewLine}";
            lock (Gate)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
                File.AppendAllText(FilePath, text);
            }
        }
    }
}
