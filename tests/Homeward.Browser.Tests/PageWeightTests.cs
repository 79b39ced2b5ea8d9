using System.Globalization;
using System.Text;
using Homeward.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// Homeward on a field office's connection (400 kbit/s, 400 ms latency): after the first visit, a page costs at most
/// 100 KB on the wire and opens no WebSocket. Reports the transferred bytes and load times of the main pages in
/// artifacts/page-weight.md.
/// </summary>
public sealed class PageWeightTests(BrowserHost host)
{
    private const long Budget = 100_000;

    private sealed record Row(string Page, long FullBytes, double FullSeconds, long EnhancedBytes, double EnhancedSeconds);

    [Fact]
    public async Task AfterTheFirstVisit_EachMainPageTransfersAtMost100KB_OnAThrottledNetwork()
    {
        var caseId = await host.WithDb(db => db.Cases.Where(c => c.Stage == CaseStage.Monitoring && c.PlanAgreedOn != null)
            .OrderByDescending(c => db.CaseEvents.Count(e => e.CaseId == c.Id)).Select(c => c.Id).FirstAsync());
        string[] pages = ["/", "/cases", $"/cases/{caseId}", "/register", $"/cases/{caseId}/plan", $"/cases/{caseId}/follow-ups",
            $"/cases/{caseId}/assistance", "/supervision"];

        var page = await host.NewPageAsync();
        var meter = await NetworkMeter.ThrottleAsync(page);

        // First visit, with an empty cache: the sign-in page brings the stylesheets and scripts.
        await page.GotoAsync("/account/login");
        var first = await NetworkMeter.FullLoadAsync(page);
        var firstSeconds = await NetworkMeter.LoadSecondsAsync(page);
        await page.SignInAsync("manager@demo.homeward");

        var rows = new List<Row>();
        foreach (var path in pages)
        {
            // A full page load (a typed address, a refresh, a bookmark) ...
            await page.GotoAsync(path);
            var full = await NetworkMeter.FullLoadAsync(page);
            var fullSeconds = await NetworkMeter.LoadSecondsAsync(page);
            Assert.DoesNotContain(full, t => t.Bytes > 0 && (t.Url.EndsWith(".css") || t.Url.EndsWith(".js")));

            // ... and a click on a link, which Blazor's enhanced navigation turns into a fetch of the page alone.
            await page.GotoAsync("/notifications");
            var (seconds, enhanced) = await NetworkMeter.EnhancedNavigationAsync(page, path);
            Assert.Equal(path, new Uri(page.Url).PathAndQuery);
            Assert.Contains(enhanced, t => t.Bytes > 0 && new Uri(t.Url).AbsolutePath == path);

            rows.Add(new Row(Name(path), Sum(full), fullSeconds, Sum(enhanced), seconds));
            Assert.True(Sum(full) <= Budget, $"{path}: {Sum(full):N0} bytes on a full load: " + string.Join(", ", full.Select(t => $"{t.Url} {t.Bytes:N0}")));
            Assert.True(Sum(enhanced) <= Budget, $"{path}: {Sum(enhanced):N0} bytes on an enhanced navigation");
        }
        Assert.Equal(0, meter.WebSockets);

        var report = Report(Sum(first), firstSeconds, first, rows);
        await File.WriteAllTextAsync(Path.Combine(BrowserHost.ArtifactsFolder, "..", "page-weight.md"), report, TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
    }

    private static long Sum(IEnumerable<NetworkMeter.Transfer> transfers) => transfers.Sum(t => t.Bytes);

    [Fact]
    public async Task StylesheetsAndScripts_AreFingerprinted_AndCachedForAYear()
    {
        var page = await host.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, r) => responses.Add(r);
        await page.GotoAsync("/account/login");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var assets = responses.Where(r => r.Url.EndsWith(".css") || r.Url.EndsWith(".js")).ToList();
        Assert.Equal(4, assets.Count);
        foreach (var asset in assets)
        {
            var headers = await asset.AllHeadersAsync();
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|js)$", new Uri(asset.Url).AbsolutePath);
            Assert.True(headers["cache-control"].Contains("max-age=31536000"), $"{asset.Url}: {string.Join("; ", headers.Select(h => $"{h.Key}={h.Value}"))}");
            Assert.Contains("immutable", headers["cache-control"]);
        }
    }

    private static string Name(string path) => path switch
    {
        "/" => "Dashboard",
        "/cases" => "Caseload",
        "/register" => "Register a returnee",
        "/supervision" => "Supervision",
        _ when path.EndsWith("/plan") => "Reintegration plan",
        _ when path.EndsWith("/follow-ups") => "Follow-ups",
        _ when path.EndsWith("/assistance") => "Assistance",
        _ => "Case page",
    };

    private static string Report(long firstBytes, double firstSeconds, IEnumerable<NetworkMeter.Transfer> firstTransfers, IEnumerable<Row> rows)
    {
        static string Kb(long bytes) => (bytes / 1000.0).ToString("0.0", CultureInfo.InvariantCulture);
        static string S(double seconds) => seconds.ToString("0.0", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine($"Measured with Chromium throttled to {NetworkMeter.KilobitsPerSecond} kbit/s and {NetworkMeter.LatencyMs} ms latency; bytes as transferred (compressed, with headers).");
        text.AppendLine();
        text.AppendLine($"First visit (sign-in page, empty cache): {Kb(firstBytes)} KB in {S(firstSeconds)} s");
        foreach (var t in firstTransfers.Where(t => t.Bytes > 0).OrderByDescending(t => t.Bytes)) text.AppendLine($"- {new Uri(t.Url).AbsolutePath}: {Kb(t.Bytes)} KB");
        text.AppendLine();
        text.AppendLine("| Page | Full load: KB | Full load: s | Link click (enhanced): KB | Link click: s |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in rows)
            text.AppendLine($"| {r.Page} | {Kb(r.FullBytes)} | {S(r.FullSeconds)} | {Kb(r.EnhancedBytes)} | {S(r.EnhancedSeconds)} |");
        return text.ToString();
    }
}
