using System.Diagnostics;

namespace Homeward.Bench;

/// <summary>One de-identified export (cases or follow-up visits): how many rows, how long, and the server's memory while it ran.</summary>
public sealed record ExportResult(string Format, long Rows, long Bytes, double Seconds, long IdleRssBytes, long PeakRssBytes, long PeakRssDuringBytes, string? Dataset = null)
{
    /// <summary>Runs saved before the follow-up export existed measured the case export only.</summary>
    public string Of => Dataset ?? ExportBench.Cases;
}

/// <summary>
/// A de-identified export, streamed by a server started for it alone, so that the peak resident memory of the
/// process (VmHWM) is the export's and not left over from earlier measurements. The M&amp;E officer downloads the file
/// as a client would; the bench counts bytes and rows as they arrive and never holds the file.
/// </summary>
public static class ExportBench
{
    public const double PeakMemoryTargetMb = 300;
    public const string Cases = "cases";
    /// <summary>Every follow-up visit of the consenting cases: the dataset that reaches a million rows and more at size L.</summary>
    public const string FollowUps = "follow-ups";

    public static async Task<ExportResult> RunAsync(BenchDatabase db, string dataset, string format, CancellationToken ct)
    {
        await using var server = await HomewardServer.StartAsync(db, null, ct);
        using var http = Api.Client(server.Address);
        http.Timeout = TimeSpan.FromMinutes(30);
        var token = await Api.SignInAsync(http, MonitoringProbes.MEOfficer, ct);
        await Task.Delay(TimeSpan.FromSeconds(3), ct);
        var idle = server.ResidentBytes();

        using var sampling = new CancellationTokenSource();
        var peakDuring = idle;
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakDuring = Math.Max(peakDuring, server.ResidentBytes());
                try { await Task.Delay(50, sampling.Token); } catch (OperationCanceledException) { }
            }
        }, CancellationToken.None);

        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(Api.Request(HttpMethod.Get, $"api/v1/statistics/{dataset}.{format}", token), HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[81920];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await sampling.CancelAsync();
        await sampler;
        var peak = server.PeakResidentBytes();
        // CSV: one line per case or visit after the header row and the HXL hashtag row; the workbook's rows are not counted here.
        var rows = format == "csv" ? Math.Max(0, lines - 2) : -1;
        Console.WriteLine($"    export {dataset} {format}: {(rows >= 0 ? $"{rows} rows, " : "")}{bytes / 1048576.0:F1} MiB in {seconds:F1} s; "
            + $"server RSS idle {idle / 1048576} MiB, peak during {peakDuring / 1048576} MiB, lifetime peak {peak / 1048576} MiB");
        return new ExportResult(format, rows, bytes, Math.Round(seconds, 2), idle, peak, peakDuring, dataset);
    }
}
