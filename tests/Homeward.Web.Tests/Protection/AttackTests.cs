using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Infrastructure.PageForms;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// What an attacker would try: another office's case by changing the id, a forged form post from another site,
/// script in free text, SQL in the search box.
/// </summary>
public abstract class AttackTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task AnotherOfficesCase_ByChangingTheId_Is404LikeAnUnknownId_AndIsAudited()
    {
        var dakar = await TestCases.CreateAsync(app);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        var unknown = await erbil.GetAsync($"/api/v1/cases/{Guid.NewGuid()}", Ct);

        var name = await app.WithDb(db => db.Persons.Where(p => p.Id == dakar.PersonId).Select(p => p.FamilyName).SingleAsync(Ct));
        foreach (var path in new[] { $"/api/v1/cases/{dakar.CaseId}", $"/api/v1/cases/{dakar.CaseId}/plan", $"/cases/{dakar.CaseId}", $"/cases/{dakar.CaseId}/follow-ups" })
        {
            var response = await erbil.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync(Ct));
        }
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var consents = await erbil.GetAsync($"/api/v1/persons/{dakar.PersonId}/consents", Ct);
        Assert.Equal(HttpStatusCode.NotFound, consents.StatusCode);
        var change = await erbil.PostAsJsonAsync($"/api/v1/cases/{dakar.CaseId}/counselling", new { heldOn = Today, attendees = "Intruder" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);

        var lines = await app.WithDb(db => db.AuditEntries.Where(e => e.Action == AuditActions.AccessDenied && (e.EntityId == dakar.CaseId.ToString() || e.EntityId == dakar.PersonId.ToString()))
            .ToListAsync(Ct));
        Assert.Equal(5, lines.Count(l => l.EntityType == "Case"));
        Assert.Contains(lines, l => l.Details == $"GET /cases/{dakar.CaseId}/follow-ups");
        Assert.All(lines, l => Assert.Equal("Karwan Aziz", l.UserName));
        Assert.Contains(lines, l => l.Details == $"GET /cases/{dakar.CaseId}");
        Assert.Contains(lines, l => l.Details == $"POST /api/v1/cases/{dakar.CaseId}/counselling");
        Assert.Single(lines, l => l.EntityType == "Person");
        // Nothing was written to the case, and an unknown id leaves no denial line (nothing was there to deny).
        Assert.Equal(0, await app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == dakar.CaseId, Ct)));
        Assert.False(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.AccessDenied && e.UserName == "Karwan Aziz" && e.Details!.Contains("00000000"), Ct)));
    }

    [Fact]
    public async Task ForgedFormPost_WithoutTheAntiforgeryToken_Is400_AndChangesNothing()
    {
        var created = await TestCases.CreateAsync(app, Domain.Cases.CaseStage.Assessment);
        var browser = await CookieSignInAsync("casemanager@demo.homeward");
        var page = await browser.GetAsync($"/cases/{created.CaseId}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = Token(await page.Content.ReadAsStringAsync(Ct));

        // Another site's page posting to Homeward with the victim's cookies: it cannot read the token.
        var forged = await browser.PostAsync($"/cases/{created.CaseId}", Form("counselling", ("Input.HeldOn", Today.ToString("yyyy-MM-dd")), ("Input.Attendees", "Forged")), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == created.CaseId, Ct)));

        // The same post from Homeward's own page, with its token, goes through.
        var genuine = await browser.PostAsync($"/cases/{created.CaseId}",
            Form("counselling", ("Input.HeldOn", Today.ToString("yyyy-MM-dd")), ("Input.Attendees", "Returnee"), ("__RequestVerificationToken", token)), Ct);
        Assert.True(genuine.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.SeeOther, genuine.StatusCode.ToString());
        Assert.Equal(1, await app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == created.CaseId, Ct)));
    }

    [Fact]
    public async Task ForgedSignOut_WithoutTheToken_Is400_AndTheSessionGoesOn()
    {
        var browser = await CookieSignInAsync("me@demo.homeward");
        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var home = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var token = Token(await home.Content.ReadAsStringAsync(Ct));
        var genuine = await browser.PostAsync("/account/logout", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/", Ct)).StatusCode);
    }

    [Fact]
    public async Task ScriptInFreeText_IsShownAsText_NeverRun()
    {
        var created = await TestCases.CreateAsync(app, Domain.Cases.CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        const string script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling",
            new { heldOn = Today, attendees = script, notes = script, goalsAndMotivations = script }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assessments",
            new { kind = "Risk", conductedOn = Today, findings = script }, Ct)).StatusCode);

        var html = await (await client.GetAsync($"/cases/{created.CaseId}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.True(Regex.Matches(html, Regex.Escape("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;")).Count >= 4, "the text is shown, encoded");
        // The API returns the text as JSON data, never as a page.
        var json = await client.GetAsync($"/api/v1/cases/{created.CaseId}", Ct);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", json.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("x'; DROP TABLE persons; --")]
    [InlineData("Robert'); DELETE FROM cases; --")]
    [InlineData("%' OR 1=1 --")]
    [InlineData("1 UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\"")]
    public async Task SqlInTheSearch_IsJustText(string q)
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var persons = await app.WithDb(db => db.Persons.CountAsync(Ct));

        var caseload = await client.GetAsync($"/api/v1/cases?q={Uri.EscapeDataString(q)}", Ct);
        Assert.Equal(HttpStatusCode.OK, caseload.StatusCode);
        Assert.Empty((await caseload.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("items").EnumerateArray());
        var duplicates = await client.GetAsync($"/api/v1/persons/duplicates?givenName={Uri.EscapeDataString(q)}&familyName={Uri.EscapeDataString(q)}", Ct);
        Assert.Equal(HttpStatusCode.OK, duplicates.StatusCode);
        Assert.Empty((await duplicates.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("candidates").EnumerateArray());
        var page = await client.GetAsync($"/cases?q={Uri.EscapeDataString(q)}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        Assert.True(await app.WithDb(db => db.Persons.CountAsync(Ct)) >= persons);
        Assert.True(await app.WithDb(db => db.Cases.AnyAsync(Ct)));
    }

    /// <summary>A browser: signs in through the sign-in page's form and keeps the cookies.</summary>
    private async Task<HttpClient> CookieSignInAsync(string email)
    {
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", Ct)).Content.ReadAsStringAsync(Ct);
        var response = await browser.PostAsync("/account/login", Form("login", ("Input.Email", email), ("Input.Password", Features.Demo.DemoAccounts.Password),
            ("__RequestVerificationToken", Token(login))), Ct);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, response.StatusCode.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/", Ct)).StatusCode);
        return browser;
    }
}

public sealed class AttackTests_Sqlite(SqliteApp app) : AttackTests<SqliteApp>(app);
public sealed class AttackTests_Postgres(PostgresApp app) : AttackTests<PostgresApp>(app);
