using System.Net;
using System.Net.Http.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.ChildPages;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>
/// Closing a case with children: each child takes part in the closure decision and has a final best-interests review, then a supervisor
/// approves the closure (whatever the programme setting). Each missing piece is refused by name, through the API and on the case page.
/// </summary>
public abstract class ChildClosureTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string CaseManager = "casemanager@demo.homeward";
    private const string Supervisor = "manager@demo.homeward";

    private async Task<(CaseStage Stage, int Version, ClosureReason? Pending)> StateAsync(Guid caseId)
    {
        var c = await app.WithDb(db => db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId, Ct));
        return (c.Stage, c.Version, c.PendingClosureReason);
    }

    private async Task<(HttpResponseMessage Response, System.Text.Json.JsonElement Body)> CloseAsync(HttpClient client, Guid caseId) =>
        await FamilyCases.PostAsync(client, $"/api/v1/cases/{caseId}/close", new { reason = "SupportPeriodEnded", version = (await StateAsync(caseId)).Version });

    private static async Task HeardAtClosureAsync(HttpClient client, Family family, params Guid[] children)
    {
        foreach (var child in children)
            (await client.PostAsJsonAsync(Child(family.CaseId, child, "/participation"), Heard(step: "Closure"), Ct)).EnsureSuccessStatusCode();
    }

    private static async Task ReviewedAsync(HttpClient client, Family family, DateOnly? on, params Guid[] children)
    {
        foreach (var child in children)
            (await client.PostAsJsonAsync(Child(family.CaseId, child, "/best-interests-assessments"), Bia(on: on), Ct)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ClosingWithoutEachChildsParticipation_Is409NamingTheChild_AndTheCaseStaysOpen()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        await ReviewedAsync(client, family, null, family.Amina, family.Ousmane);
        await HeardAtClosureAsync(client, family, family.Amina);
        // Heard in another step of the case: not the closure decision.
        (await client.PostAsJsonAsync(Child(family.CaseId, family.Ousmane, "/participation"), Heard(step: "FollowUp"), Ct)).EnsureSuccessStatusCode();
        var before = await StateAsync(family.CaseId);

        var (response, body) = await CloseAsync(client, family.CaseId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("children-closure-participation", body.GetProperty("code").GetString());
        Assert.Contains("Ousmane", body.GetProperty("detail").GetString());
        Assert.DoesNotContain("Amina", body.GetProperty("detail").GetString());
        Assert.Equal(before, await StateAsync(family.CaseId));
    }

    [Fact]
    public async Task ClosingWithoutAFinalBestInterestsReview_Is409NamingTheChild_EvenForASupervisor()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        await HeardAtClosureAsync(client, family, family.Amina, family.Ousmane);
        await ReviewedAsync(client, family, Today.AddDays(-20), family.Amina, family.Ousmane);
        await ReviewedAsync(client, family, null, family.Amina);
        // The plan was agreed after Ousmane's only assessment: it was not a final review.
        await app.WithDb(async db =>
        {
            (await db.Cases.SingleAsync(c => c.Id == family.CaseId, Ct)).PlanAgreedOn = Today.AddDays(-10);
            return await db.SaveChangesAsync(Ct);
        });
        var before = await StateAsync(family.CaseId);

        var (response, body) = await CloseAsync(await app.SignedInAs(Supervisor), family.CaseId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("children-final-review", body.GetProperty("code").GetString());
        Assert.Contains("Ousmane", body.GetProperty("detail").GetString());
        Assert.DoesNotContain("Amina", body.GetProperty("detail").GetString());
        Assert.Equal(before, await StateAsync(family.CaseId));
    }

    [Fact]
    public async Task WithParticipationAndReview_TheCaseManagersClosure_WaitsForTheSupervisor_WhoClosesTheCase()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        await HeardAtClosureAsync(client, family, family.Amina, family.Ousmane);
        await ReviewedAsync(client, family, null, family.Amina, family.Ousmane);
        var (response, body) = await CloseAsync(client, family.CaseId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("pendingApproval").GetBoolean());
        Assert.Equal((CaseStage.Assessment, ClosureReason.SupportPeriodEnded), ((await StateAsync(family.CaseId)).Stage, (await StateAsync(family.CaseId)).Pending));

        var (caseManagerApproves, _) = await FamilyCases.PostAsync(client, $"/api/v1/cases/{family.CaseId}/closure/approve", new { version = (await StateAsync(family.CaseId)).Version });
        Assert.Equal(HttpStatusCode.Forbidden, caseManagerApproves.StatusCode);

        var (approved, _) = await FamilyCases.PostAsync(await app.SignedInAs(Supervisor), $"/api/v1/cases/{family.CaseId}/closure/approve",
            new { version = (await StateAsync(family.CaseId)).Version });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(CaseStage.Closed, (await StateAsync(family.CaseId)).Stage);
    }

    [Fact]
    public async Task ClosingOnTheCasePage_WithoutTheChildrensParticipation_ShowsWhatIsMissing_AndDoesNotClose()
    {
        var family = await CreateAsync(app);
        var browser = await BrowserAsync(app, CaseManager);
        var before = await StateAsync(family.CaseId);

        var (status, html) = await PostFormAsync(browser, $"/cases/{family.CaseId}", "close",
            ("Close.Version", before.Version.ToString()), ("Close.Reason", "SupportPeriodEnded"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"close-summary\"", html);
        Assert.Contains("Ousmane", html);
        Assert.DoesNotContain("id=\"close-confirm\"", html);
        Assert.Equal(before, await StateAsync(family.CaseId));
    }
}

public sealed class ChildClosureTests_Sqlite(SqliteApp app) : ChildClosureTests<SqliteApp>(app);

public sealed class ChildClosureTests_Postgres(PostgresApp app) : ChildClosureTests<PostgresApp>(app);
