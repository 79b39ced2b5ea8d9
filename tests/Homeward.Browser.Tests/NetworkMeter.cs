using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// A page on a network slowed down like a field office's (400 kbit/s, 400 ms of latency, through Chromium's DevTools
/// protocol), and what it really transfers: the Resource Timing transfer sizes (compressed bodies and headers, nothing
/// for what comes from the cache), which also count the fetches of Blazor's enhanced navigation.
/// </summary>
public sealed class NetworkMeter
{
    public const int KilobitsPerSecond = 400;
    public const int LatencyMs = 400;

    private int _webSockets;

    private NetworkMeter() { }

    public sealed class Transfer
    {
        public string Url { get; set; } = "";
        public long Bytes { get; set; }
    }

    public static async Task<NetworkMeter> ThrottleAsync(IPage page)
    {
        var meter = new NetworkMeter();
        page.WebSocket += (_, _) => Interlocked.Increment(ref meter._webSockets);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new()
        {
            ["offline"] = false, ["latency"] = LatencyMs,
            ["downloadThroughput"] = KilobitsPerSecond * 1000 / 8, ["uploadThroughput"] = KilobitsPerSecond * 1000 / 8,
        });
        return meter;
    }

    public int WebSockets => _webSockets;

    /// <summary>What the current document's load transferred: the page and everything it loaded.</summary>
    public static async Task<IReadOnlyList<Transfer>> FullLoadAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return await page.EvaluateAsync<Transfer[]>(@"() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
            .map(e => ({ url: e.name, bytes: e.transferSize }))");
    }

    /// <summary>Navigates as a click on a link does (Blazor's enhanced navigation); returns the seconds it took and what it transferred.</summary>
    public static async Task<(double Seconds, IReadOnlyList<Transfer> Transfers)> EnhancedNavigationAsync(IPage page, string path)
    {
        var ms = await page.EvaluateAsync<double>(@"path => new Promise(resolve => {
            performance.clearResourceTimings();
            const started = performance.now();
            const done = () => { Blazor.removeEventListener('enhancedload', done); resolve(performance.now() - started); };
            Blazor.addEventListener('enhancedload', done);
            Blazor.navigateTo(path);
        })", path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var transfers = await page.EvaluateAsync<Transfer[]>("() => performance.getEntriesByType('resource').map(e => ({ url: e.name, bytes: e.transferSize }))");
        return (ms / 1000, transfers);
    }

    /// <summary>Seconds from the start of the current document's navigation to the end of its load event.</summary>
    public static Task<double> LoadSecondsAsync(IPage page) =>
        page.EvaluateAsync<double>("() => performance.getEntriesByType('navigation')[0].loadEventEnd / 1000");
}
