using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Infrastructure.PageForms;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>A user sees where they are signed in and ends a session they do not recognise: it stops working at once.</summary>
public abstract class SessionTests<TApp>(TApp app) where TApp : HomewardApp
{
    private async Task<string> NewUserAsync()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var email = $"session-{Guid.NewGuid():N}@demo.homeward";
        var organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(Ct));
        (await admin.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Amina Sow", role = "MEOfficer", organisationId, password = DemoAccounts.Password }, Ct)).EnsureSuccessStatusCode();
        return email;
    }

    private static async Task<JsonElement[]> SessionsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/sessions", Ct)).EnumerateArray().ToArray();

    [Fact]
    public async Task TwoSignIns_AreListed_AndEndingOne_StopsItAtOnce_WhileTheOtherGoesOn()
    {
        var email = await NewUserAsync();
        var laptop = await app.SignedInAs(email);
        var phone = await app.SignedInAs(email);

        var seen = await SessionsAsync(laptop);
        Assert.Equal(2, seen.Length);
        Assert.All(seen, s => Assert.Equal("api", s.GetProperty("channel").GetString()));
        var current = Assert.Single(seen, s => s.GetProperty("current").GetBoolean());
        var other = seen.Single(s => !s.GetProperty("current").GetBoolean()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await laptop.PostAsync($"/api/v1/auth/sessions/{other}/end", null, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
        Assert.Equal([current.GetProperty("id").GetGuid()], (await SessionsAsync(laptop)).Select(s => s.GetProperty("id").GetGuid()));
        // Ending it again, or a session that does not exist: 404, nothing changes.
        Assert.Equal(HttpStatusCode.NotFound, (await laptop.PostAsync($"/api/v1/auth/sessions/{other}/end", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await laptop.PostAsync($"/api/v1/auth/sessions/{Guid.NewGuid()}/end", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task SomeoneElsesSession_Is404_AndStaysOpen()
    {
        var victim = await app.SignedInAs(await NewUserAsync());
        var victimSession = (await SessionsAsync(victim)).Single().GetProperty("id").GetGuid();
        var other = await app.SignedInAs(await NewUserAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/auth/sessions/{victimSession}/end", null, Ct)).StatusCode);
        Assert.DoesNotContain(await SessionsAsync(other), s => s.GetProperty("id").GetGuid() == victimSession);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
        Assert.Null(await app.WithDb(db => db.UserSessions.Where(s => s.Id == victimSession).Select(s => s.EndedAt).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Page_ShowsTheBrowserAndTheApiSessions_AndEndsTheApiOne()
    {
        var email = await NewUserAsync();
        var token = await app.SignedInAs(email);
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", Ct)).Content.ReadAsStringAsync(Ct);
        await browser.PostAsync("/account/login", Form("login", ("Input.Email", email), ("Input.Password", DemoAccounts.Password), ("__RequestVerificationToken", Token(login))), Ct);

        var page = await (await browser.GetAsync("/account/sessions", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("A browser", page);
        Assert.Contains("The API (a token)", page);
        Assert.Contains("This session", page);
        var apiSession = (await SessionsAsync(token)).Single(s => s.GetProperty("channel").GetString() == "api").GetProperty("id").GetGuid();
        Assert.Contains($"id=\"end-{apiSession}\"", page);

        var after = await browser.PostAsync("/account/sessions", Form($"end-{apiSession}", ("__RequestVerificationToken", Token(page))), Ct);
        Assert.Contains("The session was ended.", await after.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sessions", Ct)).StatusCode);
    }
}

public sealed class SessionTests_Sqlite(SqliteApp app) : SessionTests<SqliteApp>(app);
public sealed class SessionTests_Postgres(PostgresApp app) : SessionTests<PostgresApp>(app);
