using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>Break-glass: a case outside one's scope opens only with a reason, for a limited time, logged and listed for the officer.</summary>
public abstract class BreakGlassTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Reason = "The returnee came to the Erbil office asking for help with their Dakar plan";

    private static string Url(Guid caseId) => $"/api/v1/cases/{caseId}/break-glass";

    [Fact]
    public async Task WithAReason_OpensTheCaseUntilItExpires_IsAuditedNotifiedAndListed()
    {
        var dakar = await TestCases.CreateAsync(app);
        var other = await TestCases.CreateAsync(app);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{dakar.CaseId}", Ct)).StatusCode);

        var before = DateTime.UtcNow;
        var response = await erbil.PostAsJsonAsync(Url(dakar.CaseId), new { reason = Reason }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var expires = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("expiresAt").GetDateTime().ToUniversalTime();
        Assert.InRange(expires, before.AddMinutes(119), DateTime.UtcNow.AddMinutes(121));
        Assert.Equal(HttpStatusCode.OK, (await erbil.GetAsync($"/api/v1/cases/{dakar.CaseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await erbil.GetAsync($"/cases/{dakar.CaseId}", Ct)).StatusCode);
        // Only that case: the rest of the Dakar office stays out of sight.
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{other.CaseId}", Ct)).StatusCode);

        var audit = await app.WithDb(db => db.AuditEntries.Where(e => e.Action == AuditActions.BreakGlass && e.EntityId == dakar.CaseId.ToString()).SingleAsync(Ct));
        Assert.Equal("Karwan Aziz", audit.UserName);
        Assert.Contains(Reason, audit.Details);
        var timeline = await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == dakar.CaseId && e.Kind == CaseEventKind.BreakGlassAccess).SingleAsync(Ct));
        Assert.Contains("Karwan Aziz", timeline.Summary);

        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var listed = (await GetJsonAsync(dpo, "/api/v1/audit/break-glass")).EnumerateArray().Single(g => g.GetProperty("caseId").GetGuid() == dakar.CaseId);
        Assert.Equal(Reason, listed.GetProperty("reason").GetString());
        Assert.Equal("Karwan Aziz", listed.GetProperty("userName").GetString());
        Assert.True(listed.GetProperty("active").GetBoolean());
        var inbox = (await GetJsonAsync(dpo, "/api/v1/notifications")).GetProperty("items").EnumerateArray();
        Assert.Contains(inbox, n => n.GetProperty("link").GetString() == $"/cases/{dakar.CaseId}" && n.GetProperty("text").GetString()!.Contains(Reason));

        // Time runs out: the case is out of sight again, and the list says so.
        await app.WithDb(db => db.BreakGlassGrants.Where(g => g.CaseId == dakar.CaseId).ExecuteUpdateAsync(s => s.SetProperty(g => g.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)), Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{dakar.CaseId}", Ct)).StatusCode);
        listed = (await GetJsonAsync(dpo, "/api/v1/audit/break-glass")).EnumerateArray().Single(g => g.GetProperty("caseId").GetGuid() == dakar.CaseId);
        Assert.False(listed.GetProperty("active").GetBoolean());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   need it   ")]
    public async Task WithoutAProperReason_Is400NamingTheReason_AndOpensNothing(string? reason)
    {
        var dakar = await TestCases.CreateAsync(app);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");

        var response = await erbil.PostAsJsonAsync(Url(dakar.CaseId), new { reason }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("reason", out _));
        await AssertNothingOpenedAsync(dakar.CaseId, erbil);
    }

    [Fact]
    public async Task AReasonTooLong_Is400_AndOpensNothing()
    {
        var dakar = await TestCases.CreateAsync(app);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        var response = await erbil.PostAsJsonAsync(Url(dakar.CaseId), new { reason = new string('x', 1001) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("reason", out _));
        await AssertNothingOpenedAsync(dakar.CaseId, erbil);
    }

    [Fact]
    public async Task ForACaseAlreadyInScope_Is409_AndForAnUnknownCase404()
    {
        var dakar = await TestCases.CreateAsync(app);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var inScope = await caseManager.PostAsJsonAsync(Url(dakar.CaseId), new { reason = Reason }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, inScope.StatusCode);
        Assert.Equal("already-in-scope", (await inScope.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await caseManager.PostAsJsonAsync(Url(Guid.NewGuid()), new { reason = Reason }, Ct)).StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.BreakGlassGrants.CountAsync(g => g.CaseId == dakar.CaseId, Ct)));
    }

    [Fact]
    public async Task MEOfficer_CannotBreakTheGlass()
    {
        var dakar = await TestCases.CreateAsync(app);
        var me = await app.SignedInAs("me@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsJsonAsync(Url(dakar.CaseId), new { reason = Reason }, Ct)).StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.BreakGlassGrants.CountAsync(g => g.CaseId == dakar.CaseId, Ct)));
    }

    private async Task AssertNothingOpenedAsync(Guid caseId, HttpClient caller)
    {
        Assert.Equal(0, await app.WithDb(db => db.BreakGlassGrants.CountAsync(g => g.CaseId == caseId, Ct)));
        Assert.Equal(0, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.BreakGlass && e.EntityId == caseId.ToString(), Ct)));
        Assert.Equal(0, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.BreakGlassAccess, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/v1/cases/{caseId}", Ct)).StatusCode);
    }
}

public sealed class BreakGlassTests_Sqlite(SqliteApp app) : BreakGlassTests<SqliteApp>(app);
public sealed class BreakGlassTests_Postgres(PostgresApp app) : BreakGlassTests<PostgresApp>(app);
