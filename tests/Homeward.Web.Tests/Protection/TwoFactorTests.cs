using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Infrastructure.PageForms;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>Two-factor sign-in with an authenticator app: set up, confirmed by a code, then asked for at every sign-in.</summary>
public abstract class TwoFactorTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Password = "A-long-password-2026";

    [Fact]
    public async Task Api_SetUpAndConfirm_ThenEverySignInNeedsACode_OrARecoveryCodeOnce()
    {
        var (userId, email) = await NewUserAsync();
        var client = await LoginAsync(email);
        Assert.False((await GetJsonAsync(client, "/api/v1/auth/two-factor")).GetProperty("enabled").GetBoolean());
        var early = await client.PostAsJsonAsync("/api/v1/auth/two-factor/enable", new { code = "123456" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        var setup = await (await client.PostAsync("/api/v1/auth/two-factor/setup", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var key = setup.GetProperty("sharedKey").GetString()!;
        Assert.Contains($"secret={key.Replace(" ", "").ToUpperInvariant()}", setup.GetProperty("authenticatorUri").GetString());

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/two-factor/enable", new { code = WrongCode(key) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("code", out _));
        Assert.False(await app.WithDb(db => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync(Ct)));

        var enabled = await client.PostAsJsonAsync("/api/v1/auth/two-factor/enable", new { code = Totp.Code(key) }, Ct);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var recovery = (await enabled.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, recovery.Count);
        // The session that turned it on ends: every session from now on has passed the second factor.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/auth/me", Ct)).StatusCode);

        var noCode = await LoginResponseAsync(new { email, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.Equal("two-factor-required", (await noCode.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync(new { email, password = Password, twoFactorCode = WrongCode(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync(new { email, password = "wrong-password-2026", twoFactorCode = Totp.Code(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync(new { email, password = Password, twoFactorCode = Totp.Code(key) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync(new { email, password = Password, twoFactorRecoveryCode = recovery[0] })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginResponseAsync(new { email, password = Password, twoFactorRecoveryCode = recovery[0] })).StatusCode);

        var lines = await app.WithDb(db => db.AuditEntries.Where(e => e.EntityType == "User" && e.EntityId == userId.ToString()).Select(e => new { e.Action, e.Details }).ToListAsync(Ct));
        Assert.Contains(lines, l => l.Action == AuditActions.SignIn && l.Details == $"api, two-factor: {email}");
        Assert.Contains(lines, l => l.Action == AuditActions.SignInFailed && l.Details == $"api, two-factor: {email}");
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityType == "HomewardUser" && e.EntityId == userId.ToString() && e.Details!.Contains("\"TwoFactorEnabled\""), Ct)));

        var signedIn = await LoginAsync(email, Totp.Code(key));
        Assert.Equal(HttpStatusCode.NoContent, (await signedIn.PostAsync("/api/v1/auth/two-factor/disable", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync(new { email, password = Password })).StatusCode);
    }

    [Fact]
    public async Task Page_AsksForTheCodeAfterThePassword()
    {
        var (_, email) = await NewUserAsync();
        var key = await EnableAsync(email);
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", Ct)).Content.ReadAsStringAsync(Ct);
        var step = await browser.PostAsync("/account/login", Form("login", ("Input.Email", email), ("Input.Password", Password), ("__RequestVerificationToken", Token(login))), Ct);
        var html = await step.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"two-factor-code\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/", Ct)).StatusCode);

        var wrong = await browser.PostAsync("/account/login", Form("login-code", ("Code.Value", WrongCode(key)), ("__RequestVerificationToken", Token(html))), Ct);
        var wrongHtml = await wrong.Content.ReadAsStringAsync(Ct);
        Assert.Contains("This code is not right.", wrongHtml);
        Assert.Contains("aria-describedby=\"two-factor-code-error\"", wrongHtml);

        var right = await browser.PostAsync("/account/login", Form("login-code", ("Code.Value", Totp.Code(key)), ("__RequestVerificationToken", Token(wrongHtml))), Ct);
        Assert.True(right.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, right.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task Administrator_ResetsALostAuthenticator()
    {
        var (userId, email) = await NewUserAsync();
        await EnableAsync(email);
        var admin = await app.SignedInAs("admin@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/users/{Guid.NewGuid()}/two-factor/reset", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{userId}/two-factor/reset", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginResponseAsync(new { email, password = Password })).StatusCode);
    }

    private async Task<string> EnableAsync(string email)
    {
        var client = await LoginAsync(email);
        var key = (await (await client.PostAsync("/api/v1/auth/two-factor/setup", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("sharedKey").GetString()!;
        (await client.PostAsJsonAsync("/api/v1/auth/two-factor/enable", new { code = Totp.Code(key) }, Ct)).EnsureSuccessStatusCode();
        return key;
    }

    /// <summary>A code that is none of the ones the server accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var accepted = Enumerable.Range(-3, 7).Select(i => Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6")).First(c => !accepted.Contains(c));
    }

    private async Task<(Guid Id, string Email)> NewUserAsync()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var email = $"tf-{Guid.NewGuid():N}@demo.homeward";
        var organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(Ct));
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Nadia Karim", role = "MEOfficer", organisationId, password = Password }, Ct);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(), email);
    }

    private Task<HttpResponseMessage> LoginResponseAsync(object body) => app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", body, Ct);

    private async Task<HttpClient> LoginAsync(string email, string? code = null)
    {
        var response = await LoginResponseAsync(new { email, password = Password, twoFactorCode = code });
        response.EnsureSuccessStatusCode();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class TwoFactorTests_Sqlite(SqliteApp app) : TwoFactorTests<SqliteApp>(app);
public sealed class TwoFactorTests_Postgres(PostgresApp app) : TwoFactorTests<PostgresApp>(app);
