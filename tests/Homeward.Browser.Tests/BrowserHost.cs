using System.Net.Http.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// Homeward served by Kestrel on a loopback port with a fresh SQLite database, and Debian's Chromium driven by
/// Playwright. Never downloads a browser: without /usr/bin/chromium the browser tests report themselves skipped.
/// </summary>
public sealed class BrowserHost : HomewardApp
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"homeward-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public override string ProviderName => "Sqlite";
    protected override string ConnectionString => $"Data Source={_file}";
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public static string ArtifactsFolder
    {
        get
        {
            var path = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    public override async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (Debian package 'chromium').";
            return;
        }
        UseKestrel(0);
        StartServer();
        BaseUrl = ClientOptions.BaseAddress.ToString().TrimEnd('/');
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile at the given width, reading the interface in <paramref name="language"/> when given.</summary>
    /// <remarks>Reduced motion, so that accessibility checks never see a colour half-way through a transition.</remarks>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? language = null)
    {
        RequireAvailable();
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl, ReducedMotion = ReducedMotion.Reduce,
        });
        if (language is not null)
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = BaseUrl }]);
        return await context.NewPageAsync();
    }

    /// <summary>An API client of the Kestrel server, signed in with a bearer token, to set up what a browser test starts from.</summary>
    public async Task<HttpClient> ApiAsync(string email)
    {
        RequireAvailable();
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Web.Features.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_file + suffix);
    }
}
