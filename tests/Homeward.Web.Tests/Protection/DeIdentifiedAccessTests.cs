using System.Net;
using System.Net.Http.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// M&amp;E officers see no identified case, only counts over the returnees who consent to anonymised statistics;
/// partners see nothing until referrals share something with them.
/// </summary>
public abstract class DeIdentifiedAccessTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task MEOfficer_GetsNoIdentifiedCase_NorAnyCaseInTheCaseload()
    {
        var created = await CreateAsync(app, consentToStatistics: true);
        var me = await app.SignedInAs("me@demo.homeward");

        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/api/v1/cases/{created.CaseId}/follow-ups", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/cases/{created.CaseId}", Ct)).StatusCode);
        Assert.Empty((await GetJsonAsync(me, "/api/v1/cases?limit=200")).GetProperty("items").EnumerateArray());
        Assert.Empty((await GetJsonAsync(me, $"/api/v1/cases?q={created.DocumentNumber}")).GetProperty("items").EnumerateArray());
        var page = await (await me.GetAsync("/cases", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Test Returnee", page);
    }

    [Fact]
    public async Task MEOfficer_Dashboard_CountsEveryOfficesConsentingReturnees_AndAWithdrawalTakesThemOut()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var dakar = await CreateAsync(app, consentToStatistics: true);
        var erbil = await CreateAsync(app, "Erbil office", consentToStatistics: true);

        var (low, seen, high) = await CountsAsync(me);
        Assert.InRange(seen, low, high);
        var all = await app.WithDb(db => db.Cases.CountAsync(Ct));
        Assert.True(seen < all, $"counted {seen} of {all} cases: returnees without consent to statistics were counted");
        Assert.True(await ConsentingAsync(dakar.CaseId) && await ConsentingAsync(erbil.CaseId));

        // The returnee withdraws consent to statistics: the next count leaves them out.
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await caseManager.PostAsync($"/api/v1/persons/{dakar.PersonId}/consents/AnonymisedStatistics/withdraw", null, Ct)).StatusCode);
        Assert.False(await ConsentingAsync(dakar.CaseId));
        var (lowAfter, seenAfter, highAfter) = await CountsAsync(me);
        Assert.InRange(seenAfter, lowAfter, highAfter);

        var dashboard = await GetJsonAsync(me, "/api/v1/dashboard");
        Assert.True(dashboard.GetProperty("deIdentified").GetBoolean());
        var html = await (await me.GetAsync("/", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"de-identified\"", html);
    }

    [Fact]
    public async Task CaseManager_Dashboard_StaysTheirOfficesCaseload()
    {
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var dashboard = await GetJsonAsync(caseManager, "/api/v1/dashboard");
        Assert.False(dashboard.GetProperty("deIdentified").GetBoolean());
    }

    [Fact]
    public async Task Partner_IsRefusedEveryCaseAndCount()
    {
        var created = await CreateAsync(app);
        var partner = await app.SignedInAs("partner@demo.homeward");
        // A partner is not even told the case exists.
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/cases", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/dashboard", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/persons/{created.PersonId}/consents", Ct)).StatusCode);
    }

    /// <summary>The M&amp;E dashboard's count, between the database's counts of consenting returnees' cases just before and after.</summary>
    private async Task<(int Low, int Seen, int High)> CountsAsync(HttpClient me)
    {
        var before = await ConsentingCountAsync();
        var seen = (await GetJsonAsync(me, "/api/v1/dashboard")).GetProperty("returnees").GetInt32();
        var after = await ConsentingCountAsync();
        return (Math.Min(before, after), seen, Math.Max(before, after));
    }

    private Task<int> ConsentingCountAsync() => app.WithDb(db => db.Cases.CountAsync(c => db.Consents.Any(x =>
        x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null), Ct));

    private Task<bool> ConsentingAsync(Guid caseId) => app.WithDb(db => db.Cases.Where(c => c.Id == caseId).AnyAsync(c => db.Consents.Any(x =>
        x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null), Ct));
}

public sealed class DeIdentifiedAccessTests_Sqlite(SqliteApp app) : DeIdentifiedAccessTests<SqliteApp>(app);
public sealed class DeIdentifiedAccessTests_Postgres(PostgresApp app) : DeIdentifiedAccessTests<PostgresApp>(app);
