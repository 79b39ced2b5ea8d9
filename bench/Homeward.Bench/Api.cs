using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>Homeward's API over real HTTP on loopback, as any client uses it: bearer tokens from `/api/v1/auth/login`.</summary>
public static class Api
{
    public const string CaseManager = "casemanager@demo.homeward";
    public const string CaseManager2 = "casemanager2@demo.homeward";
    public const string Supervisor = "manager@demo.homeward";

    public static HttpClient Client(Uri address, int connections = 64) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
        // A page that sends the client to sign in has refused the request: it must count as an error, not as the sign-in page.
        AllowAutoRedirect = false,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(60),
    };

    public static async Task<string> SignInAsync(HttpClient http, string email, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("api/v1/auth/login", new { email, password = Web.Features.Demo.DemoAccounts.Password }, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body);
        return request;
    }
}
