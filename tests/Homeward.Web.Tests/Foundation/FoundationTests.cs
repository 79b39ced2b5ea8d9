using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Locations;
using Homeward.Domain.People;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Foundation;

/// <summary>The platform's promises, run once per database provider.</summary>
public abstract class FoundationTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_WhenDatabaseAnswers_Returns200()
    {
        var response = await app.Anonymous().GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_WithDemoAccount_ReturnsBearerTokenThatIdentifiesTheUser()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct);
        Assert.Equal("casemanager@demo.homeward", me.GetProperty("email").GetString());
        Assert.Contains("CaseManager", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.NotNull(me.GetProperty("officeId").GetString());
    }

    [Fact]
    public async Task Login_WrongPassword_Returns401Problem()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "me@demo.homeward", password = "not-the-password" }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_MalformedJson_Returns400SayingWhatIsWrong()
    {
        var content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json");
        var response = await app.Anonymous().PostAsync("/api/v1/auth/login", content, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Login_EmptyFields_Returns400ListingEachField()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "", password = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Api_WithoutToken_Returns401_NotARedirect()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/dashboard", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Api_WithTamperedToken_Returns401()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-real-token");
        var response = await client.GetAsync("/api/v1/dashboard", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_RoleWithoutAccess_Returns403_NotARedirect()
    {
        var partner = await app.SignedInAs("partner@demo.homeward");
        var response = await partner.GetAsync("/api/v1/dashboard", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Api_UnknownRoute_Returns404Problem()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/no-such-thing", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_WithAPolicyThatAllowsNoInlineScript()
    {
        var response = await app.Anonymous().GetAsync("/account/login", Ct);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").FirstOrDefault(c => c.StartsWith("homeward.antiforgery"));
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_UnknownRoute_Returns404Page()
    {
        var response = await app.Anonymous().GetAsync("/no-such-page", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Page_Dashboard_WhenSignedOut_RedirectsToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("casemanager@demo.homeward", "Dakar office")]
    [InlineData("casemanager2@demo.homeward", "Erbil office")]
    public async Task Dashboard_CaseManager_SeesOnlyTheirOfficesCases(string email, string office)
    {
        var client = await app.SignedInAs(email);
        // Other tests add cases while this one runs: the count must lie between the office's counts before and after.
        // Break-glass tests may open another office's case for this user meanwhile: that case is then in their scope too.
        Task<int> OfficeCount() => app.WithDb(db => db.Cases.CountAsync(c => db.Offices.Any(o => o.Id == c.OfficeId && o.Name == office), Ct));
        Task<int> GrantedElsewhere() => app.WithDb(db => db.BreakGlassGrants.CountAsync(g => g.ExpiresAt > DateTime.UtcNow
            && db.Users.Any(u => u.Id == g.UserId && u.Email == email)
            && db.Cases.IgnoreQueryFilters().Any(c => c.Id == g.CaseId && !db.Offices.Any(o => o.Id == c.OfficeId && o.Name == office)), Ct));
        var before = await OfficeCount();
        var seen = (await client.GetFromJsonAsync<JsonElement>("/api/v1/dashboard", Ct)).GetProperty("returnees").GetInt32();
        var after = await OfficeCount() + await GrantedElsewhere();
        var all = await app.WithDb(db => db.Cases.CountAsync(Ct));
        Assert.InRange(seen, before, after);
        Assert.True(seen > 0 && seen < all, $"saw {seen} of {all} cases");
    }

    [Fact]
    public async Task DemoProgramme_HasCountriesOfficesHouseholdsAndEveryStage()
    {
        var countries = await app.WithDb(db => db.Locations.CountAsync(l => l.Level == LocationLevel.Country, Ct));
        var communities = await app.WithDb(db => db.Locations.CountAsync(l => l.Level == LocationLevel.Community, Ct));
        var offices = await app.WithDb(db => db.Offices.CountAsync(Ct));
        var principals = await app.WithDb(db => db.Persons.CountAsync(p => p.Relationship == HouseholdRelationship.Principal, Ct));
        var children = await app.WithDb(db => db.Persons.CountAsync(p => p.Relationship == HouseholdRelationship.Child, Ct));
        var stages = await app.WithDb(db => db.Cases.Select(c => c.Stage).Distinct().ToListAsync(Ct));
        Assert.True(countries >= 3);
        Assert.True(communities >= 10);
        Assert.True(offices >= 2);
        Assert.True(principals >= DemoSeeder.Returnees);
        Assert.True(children > 50);
        Assert.Equal(Enum.GetValues<CaseStage>().Order(), stages.Order());
    }

    [Fact]
    public async Task DemoProgramme_SeededTwice_IsNotDuplicated()
    {
        // Other tests add persons and cases at the same time, so the check counts what only the seeder writes.
        string[] demoEmails = [.. DemoAccounts.All.Select(a => a.Email)];
        Task<int[]> CountSeededAsync() => app.WithDb(async db => new[]
        {
            await db.Organisations.CountAsync(o => o.Name == "Homeward Demo Mission", Ct),
            await db.Offices.CountAsync(o => o.Name == "Dakar office" || o.Name == "Erbil office", Ct),
            await db.Users.CountAsync(u => demoEmails.Contains(u.Email!), Ct),
        });
        var before = await CountSeededAsync();
        var seededAgain = await app.WithDb(async _ =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        });
        Assert.False(seededAgain);
        Assert.Equal([1, 2, demoEmails.Length], before);
        Assert.Equal(before, await CountSeededAsync());
    }

    [Fact]
    public async Task OpenApi_DocumentsTheApi_AndScalarServesIt()
    {
        var client = app.Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/api/openapi/v1.json", Ct);
        Assert.True(doc.GetProperty("paths").TryGetProperty("/api/v1/auth/login", out _));
        var scalar = await client.GetAsync("/api/docs/", Ct);
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    [Fact]
    public async Task Page_SignIn_InFrenchAndArabic_IsTranslated_AndArabicIsRightToLeft()
    {
        var client = app.Anonymous();
        var french = await GetWithCulture(client, "fr");
        Assert.Contains("lang=\"fr\"", french);
        Assert.Contains("Se connecter", french);
        var arabic = await GetWithCulture(client, "ar");
        Assert.Contains("dir=\"rtl\"", arabic);
        Assert.Contains("bootstrap.rtl", arabic);
        Assert.Contains("تسجيل الدخول", arabic);
    }

    private static async Task<string> GetWithCulture(HttpClient client, string culture)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        var response = await client.SendAsync(request, Ct);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}

public sealed class FoundationTests_Sqlite(SqliteApp app) : FoundationTests<SqliteApp>(app);
public sealed class FoundationTests_Postgres(PostgresApp app) : FoundationTests<PostgresApp>(app);
