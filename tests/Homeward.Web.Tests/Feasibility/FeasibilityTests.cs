using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Assessments;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Feasibility;

/// <summary>The feasibility grid applied to a returnee: automatic and ticked criteria with reasons, and adding support to the plan.</summary>
public abstract class FeasibilityTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonElement Approach(JsonElement views, string name) => views.EnumerateArray().Single(v => v.GetProperty("name").GetString() == name);

    [Fact]
    public async Task VocationalTraining_BecomesFeasible_WhenSkillsAreAssessed_InterestIsTicked_AndATrainingCentreHasPlaces()
    {
        var setup = await ReferralSetup.CaseAsync(app);
        var client = await app.SignedInAs(ReferralSetup.CaseManager);
        var all = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{setup.CaseId}/feasible-support?all=true", Ct);
        var training = Approach(all, "Vocational training");
        Assert.False(training.GetProperty("feasible").GetBoolean());
        var criteria = training.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("text").GetString()!);
        Assert.True(criteria["A training centre with free places"].GetProperty("holds").GetBoolean());
        Assert.Contains("Technical and vocational training", criteria["A training centre with free places"].GetProperty("reason").GetString());
        Assert.False(criteria["Skills and capacities assessed"].GetProperty("holds").GetBoolean());
        Assert.Equal("Not checked yet by the case manager.", criteria["Interest in the trade"].GetProperty("reason").GetString());
        var feasibleOnly = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{setup.CaseId}/feasible-support", Ct);
        Assert.DoesNotContain(feasibleOnly.EnumerateArray(), v => v.GetProperty("name").GetString() == "Vocational training");

        await app.WithDb(async db =>
        {
            db.Assessments.Add(new AssessmentRecord { CaseId = setup.CaseId, Kind = AssessmentKind.SkillsAndCapacities, ConductedOn = DateOnly.FromDateTime(DateTime.UtcNow), ConductedBy = "Test" });
            return await db.SaveChangesAsync(Ct);
        });
        var interest = criteria["Interest in the trade"].GetProperty("id").GetGuid();
        var ticked = await client.PutAsJsonAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/criteria/{interest}", new { holds = true }, Ct);
        Assert.Equal(HttpStatusCode.OK, ticked.StatusCode);

        feasibleOnly = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{setup.CaseId}/feasible-support", Ct);
        var now = Approach(feasibleOnly, "Vocational training");
        Assert.True(now.GetProperty("feasible").GetBoolean());
        Assert.All(now.GetProperty("criteria").EnumerateArray(), c => Assert.True(c.GetProperty("holds").GetBoolean()));
    }

    [Fact]
    public async Task Tick_WithoutAnAnswer_Is400NamingIt_AndAnAutomaticCriterionIs409_NothingStored()
    {
        var setup = await ReferralSetup.CaseAsync(app);
        var client = await app.SignedInAs(ReferralSetup.CaseManager);
        var training = Approach(await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{setup.CaseId}/feasible-support?all=true", Ct), "Vocational training");
        var criteria = training.GetProperty("criteria").EnumerateArray().ToDictionary(c => c.GetProperty("text").GetString()!, c => c.GetProperty("id").GetGuid());

        var noAnswer = await client.PutAsJsonAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/criteria/{criteria["Interest in the trade"]}", new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.True((await noAnswer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("holds", out _));
        var automatic = await client.PutAsJsonAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/criteria/{criteria["A training centre with free places"]}", new { holds = false }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, automatic.StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.FeasibilityTicks.CountAsync(t => t.CaseId == setup.CaseId, Ct)));
    }

    [Fact]
    public async Task AddToPlan_AddsTheFeasibleApproachToTheDraft_AndRefusesWithoutADraftOrWhenNotFeasible()
    {
        var setup = await ReferralSetup.CaseAsync(app);
        var client = await app.SignedInAs(ReferralSetup.CaseManager);
        var all = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{setup.CaseId}/feasible-support?all=true", Ct);
        var medical = Approach(all, "Medical care"); // Guinea's health centre does not serve Thiaroye
        var counselling = Approach(all, "Psychosocial counselling");
        var wish = counselling.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("rule").GetString() == "Manual").GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/criteria/{wish}", new { holds = true }, Ct)).StatusCode);
        var approachId = counselling.GetProperty("approachId").GetGuid();

        // The plan in force is agreed: support goes into a draft.
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/{approachId}/plan-activity", null, Ct)).StatusCode);

        await app.WithDb(async db =>
        {
            db.Plans.Add(new ReintegrationPlan { CaseId = setup.CaseId, VersionNumber = 2, Status = PlanStatus.Draft, CreatedBy = "Test" });
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/{medical.GetProperty("approachId").GetGuid()}/plan-activity", null, Ct)).StatusCode);
        var added = await client.PostAsync($"/api/v1/cases/{setup.CaseId}/feasible-support/{approachId}/plan-activity", null, Ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var activities = await app.WithDb(db => db.PlanActivities.Where(a => db.Plans.Any(p => p.Id == a.PlanId && p.CaseId == setup.CaseId && p.VersionNumber == 2)).ToListAsync(Ct));
        var activity = Assert.Single(activities);
        Assert.Equal(AssistanceType.Counselling, activity.AssistanceType);
        Assert.True(activity.ReferralRequired);
    }

    [Fact]
    public async Task ReplaceGrid_WithARowAtFault_Is400NamingIt_AndTheGridStaysAsItWas()
    {
        var supervisor = await app.SignedInAs(ReferralSetup.Supervisor);
        var before = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/feasibility-grid", Ct);
        Assert.Contains(before.EnumerateArray(), a => a.GetProperty("name").GetString() == "Vocational training");
        var response = await supervisor.PutAsJsonAsync("/api/v1/feasibility-grid", new[]
        {
            new { dimension = "Economic", name = "Cash assistance", assistanceType = "Cash", criteria = new[] { new { level = "Individual", text = "No risk", rule = "ServiceWithCapacity" } } },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("[0].criteria[0].serviceType", out _));
        var after = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/feasibility-grid", Ct);
        Assert.Equal(before.ToString(), after.ToString());
    }
}

public sealed class FeasibilityTests_Sqlite(SqliteApp app) : FeasibilityTests<SqliteApp>(app);
public sealed class FeasibilityTests_Postgres(PostgresApp app) : FeasibilityTests<PostgresApp>(app);
