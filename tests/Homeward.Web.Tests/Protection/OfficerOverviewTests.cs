using System.Net;
using System.Net.Http.Json;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>The data protection officer's page lists break-glass accesses, subject access exports, open correction requests and legal holds, with links.</summary>
public abstract class OfficerOverviewTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task OfficersPage_ListsWhatTheyReview_WithLinks_AndIsTheirsOnly()
    {
        var erbil = await TestCases.CreateAsync(app, office: "Erbil office");
        var dakar = await TestCases.CreateAsync(app);
        var reason = $"Returnee at the Dakar office today {Guid.NewGuid():N}"[..48];
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Created, (await caseManager.PostAsJsonAsync($"/api/v1/cases/{erbil.CaseId}/break-glass", new { reason }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await caseManager.PostAsJsonAsync($"/api/v1/persons/{dakar.PersonId}/correction-requests",
            new { requestedBy = "The returnee", requestedOn = Today, whatIsWrong = "Wrong village", requestedCorrection = "Ndiaganiao" }, Ct)).StatusCode);
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var holdReason = $"Ombudsman inquiry {Guid.NewGuid():N}"[..30];
        Assert.Equal(HttpStatusCode.Created, (await dpo.PostAsJsonAsync($"/api/v1/persons/{dakar.PersonId}/legal-holds", new { reason = holdReason }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dpo.GetAsync($"/api/v1/persons/{dakar.PersonId}/subject-access", Ct)).StatusCode);

        var browser = await CookieBrowser.SignInAsync(app, "dpo@demo.homeward");
        var page = await (await browser.GetAsync("/data-protection", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains(reason, page);
        Assert.Contains($"href=\"/cases/{erbil.CaseId}\"", page);
        Assert.Contains($"href=\"/persons/{dakar.PersonId}/correction-requests\"", page);
        Assert.Contains(holdReason, page);
        Assert.Contains($"href=\"/persons/{dakar.PersonId}/erasure\"", page);
        foreach (var id in new[] { "break-glass-heading", "retention-heading", "subject-access-heading", "corrections-heading", "holds-heading", "erasures-heading" })
            Assert.Contains($"id=\"{id}\"", page);
        Assert.Contains("id=\"subject-access\"", page);

        var other = await CookieBrowser.SignInAsync(app, "manager@demo.homeward");
        var refused = await other.GetAsync("/data-protection", Ct);
        Assert.DoesNotContain(reason, await refused.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}

public sealed class OfficerOverviewTests_Sqlite(SqliteApp app) : OfficerOverviewTests<SqliteApp>(app);
public sealed class OfficerOverviewTests_Postgres(PostgresApp app) : OfficerOverviewTests<PostgresApp>(app);
