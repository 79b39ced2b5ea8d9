using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Homeward.Bench;

/// <summary>
/// The built Homeward.Web started as a child process on a free loopback port, exactly as an operator runs it
/// (`dotnet Homeward.Web.dll`), so that its start-up time and memory are its own.
/// </summary>
public sealed class HomewardServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastOutput = new();

    private HomewardServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }
    /// <summary>From starting the process to the first answered request (`GET /health` → 200).</summary>
    public TimeSpan StartupTime { get; private set; }
    public int ProcessId => _process.Id;

    /// <summary>
    /// Settings every bench server gets: no demo seeding, quiet logs, not Production (no HTTPS redirect on loopback), and
    /// no statistics read at start, so idle memory and the export's peak are the server's own and the dashboard's first
    /// (cold) request is measured rather than hidden behind a warm-up.
    /// </summary>
    private static readonly Dictionary<string, string> BenchSettings = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
        ["Demo:Seed"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Statistics:WarmUpOnStart"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    public static async Task<HomewardServer> StartAsync(BenchDatabase db, IReadOnlyDictionary<string, string>? settings = null,
        CancellationToken ct = default)
    {
        var port = FreePort();
        var info = StartInfo(db, settings, "--urls", $"http://127.0.0.1:{port}");
        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Homeward.Web did not start.");
        var server = new HomewardServer(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = TimeSpan.FromMinutes(5);
        while (clock.Elapsed < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Homeward.Web exited with code {process.ExitCode}:\n{server.Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(server.Address, "health"), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    server.StartupTime = clock.Elapsed;
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Listening but not answering yet.
            }
            await Task.Delay(10, ct);
        }
        await server.DisposeAsync();
        throw new TimeoutException($"Homeward.Web did not answer /health within {deadline}:\n{server.Output}");
    }

    /// <summary>Runs an operator command (`generate`, `seed-demo`, `migrate`) to completion, echoing its progress.</summary>
    public static async Task RunCommandAsync(BenchDatabase db, IReadOnlyDictionary<string, string>? settings, CancellationToken ct, params string[] args)
    {
        var info = StartInfo(db, settings, args);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Homeward.Web did not start.");
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) Console.WriteLine($"    {LogLine.Message(line)}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"    {LogLine.Message(line)}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"`Homeward.Web {string.Join(' ', args)}` failed with code {process.ExitCode}.");
    }

    private static ProcessStartInfo StartInfo(BenchDatabase db, IReadOnlyDictionary<string, string>? settings, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.WebOutput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.WebOutput, "Homeward.Web.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        foreach (var (key, value) in BenchSettings.Concat(db.HostSettings()).Concat(settings ?? new Dictionary<string, string>()))
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return info;
    }

    /// <summary>Resident memory of the server process (VmRSS), in bytes.</summary>
    public long ResidentBytes() => StatusBytes("VmRSS:");

    /// <summary>The highest resident memory the server process reached since it started (VmHWM), in bytes.</summary>
    public long PeakResidentBytes() => StatusBytes("VmHWM:");

    /// <summary>A memory figure of the server process from /proc/&lt;pid&gt;/status (given there in kB), in bytes.</summary>
    private long StatusBytes(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public string Output
    {
        get
        {
            lock (_lastOutput) return string.Join('\n', _lastOutput);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_lastOutput)
        {
            _lastOutput.Enqueue(LogLine.Message(line));
            while (_lastOutput.Count > 40) _lastOutput.Dequeue();
        }
    }

    /// <summary>Asks the server to stop (SIGTERM, as a service manager does), then ends it if it does not.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await term.WaitForExitAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
            }
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>Homeward logs JSON lines outside Development: show their message only.</summary>
internal static class LogLine
{
    public static string Message(string line)
    {
        if (!line.StartsWith('{')) return line;
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            return doc.RootElement.TryGetProperty("Message", out var m) ? $"{doc.RootElement.GetProperty("LogLevel").GetString()}: {m.GetString()}" : line;
        }
        catch (System.Text.Json.JsonException)
        {
            return line;
        }
    }
}
