using System.Net;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests.Caseload;

/// <summary>The caseload and follow-up pages as rendered on the server, on both databases.</summary>
public abstract class CaseloadPageTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CasesPage_ListsTheFilteredCases_AndLinksEachToItsPage()
    {
        var name = CaseSetup.UniqueName();
        var id = await CaseSetup.CreateAsync(app, name, c => c.VulnerabilityFlag = true);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var html = await client.GetStringAsync($"/cases?q={name}&vulnerable=true", Ct);

        Assert.Contains($"href=\"/cases/{id}\"", html);
        Assert.Contains("data-flag=\"vulnerable\"", html);
        Assert.DoesNotContain("id=\"next-page\"", html);
    }

    [Fact]
    public async Task CasesPage_WithABrokenPageLink_SaysSo_InsteadOfFailing()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.GetAsync("/cases?after=garbage&stage=Someday", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("This page link is not valid any more.", html);
        Assert.Contains("Unknown stage.", html);
    }

    [Fact]
    public async Task FollowUpsPage_OfAnUnknownOrOutOfScopeCase_Is404()
    {
        var id = await CaseSetup.CreateAsync(app, CaseSetup.UniqueName(), stage: CaseStage.Monitoring);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");

        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/cases/{id}/follow-ups", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/cases/{Guid.NewGuid()}/follow-ups", Ct)).StatusCode);
        var dakar = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await dakar.GetAsync($"/cases/{id}/follow-ups", Ct)).StatusCode);
    }

    [Fact]
    public async Task FollowUpsPage_OfACaseNotYetInImplementation_OffersNoForm()
    {
        var id = await CaseSetup.CreateAsync(app, CaseSetup.UniqueName(), stage: CaseStage.Assessment);
        var html = await (await app.SignedInAs("casemanager@demo.homeward")).GetStringAsync($"/cases/{id}/follow-ups", Ct);

        Assert.Contains("id=\"cannot-record\"", html);
        Assert.DoesNotContain("id=\"record-visit\"", html);
    }
}

[Collection(CaseDataCollection.Name)]
public sealed class CaseloadPageTests_Sqlite(SqliteApp app) : CaseloadPageTests<SqliteApp>(app);
[Collection(CaseDataCollection.Name)]
public sealed class CaseloadPageTests_Postgres(PostgresApp app) : CaseloadPageTests<PostgresApp>(app);
