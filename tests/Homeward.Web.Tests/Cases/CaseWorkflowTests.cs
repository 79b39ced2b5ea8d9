using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Cases;

/// <summary>Every stage transition, closure, opt-out and reopening through the API, with the handbook's rules.</summary>
public abstract class CaseWorkflowTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(CaseStage Stage, int Version, string? Reason, int Events)> StateOf(Guid caseId) =>
        await app.WithDb(async db =>
        {
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == caseId, Ct);
            return (c.Stage, c.Version, c.ClosureReason?.ToString(), await db.CaseEvents.CountAsync(e => e.CaseId == caseId, Ct));
        });

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    [Fact]
    public async Task Transitions_FollowTheCycle_AndEachIsOnTheTimeline()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var version = (await StateOf(created.CaseId)).Version;

        var toAssessment = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Assessment", version }, Ct);
        Assert.Equal(HttpStatusCode.OK, toAssessment.StatusCode);
        version = (await Json(toAssessment)).GetProperty("version").GetInt32();

        var assessed = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assessments",
            new { kind = "RapidVulnerabilityScreening", conductedOn = DateOnly.FromDateTime(DateTime.UtcNow), findings = "No flag", vulnerabilityFlagged = false }, Ct);
        Assert.Equal(HttpStatusCode.Created, assessed.StatusCode);
        version = (await StateOf(created.CaseId)).Version;

        var toPlanning = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Planning", version }, Ct);
        Assert.Equal(HttpStatusCode.OK, toPlanning.StatusCode);

        var state = await StateOf(created.CaseId);
        Assert.Equal(CaseStage.Planning, state.Stage);
        var kinds = await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == created.CaseId).Select(e => e.Kind).ToListAsync(Ct));
        Assert.Equal(2, kinds.Count(k => k == CaseEventKind.StageChanged));
        Assert.Contains(CaseEventKind.AssessmentRecorded, kinds);
    }

    [Fact]
    public async Task Transition_ToPlanning_WithoutAssessment_Is409_AndNothingChanges()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Planning", version = before.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("plan-needs-assessment", (await Json(response)).GetProperty("code").GetString());
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Transition_ToImplementation_WithoutAgreedPlan_Is409()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Implementation", version = before.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("agreed", (await Json(response)).GetProperty("detail").GetString());
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Transition_ToImplementation_WithAgreedPlan_ThenMonitoring_Succeeds()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        await app.WithDb(async db =>
        {
            db.Plans.Add(new ReintegrationPlan { CaseId = created.CaseId, Status = PlanStatus.Agreed, AgreedOn = DateOnly.FromDateTime(DateTime.UtcNow) });
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId, Ct);
            c.PlanAgreedOn = DateOnly.FromDateTime(DateTime.UtcNow);
            return await db.SaveChangesAsync(Ct);
        });
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var v = (await StateOf(created.CaseId)).Version;
        var implementation = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Implementation", version = v }, Ct);
        Assert.Equal(HttpStatusCode.OK, implementation.StatusCode);
        var monitoring = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Monitoring", version = (await Json(implementation)).GetProperty("version").GetInt32() }, Ct);
        Assert.Equal(HttpStatusCode.OK, monitoring.StatusCode);
        Assert.Equal(CaseStage.Monitoring, (await StateOf(created.CaseId)).Stage);
    }

    [Theory]
    [InlineData(CaseStage.Registered, "Planning")]
    [InlineData(CaseStage.Registered, "Monitoring")]
    [InlineData(CaseStage.Monitoring, "Registered")]
    public async Task Transition_FromTheWrongStage_Is409_NamingTheAllowedStages(CaseStage from, string to)
    {
        var created = await TestCases.CreateAsync(app, from, assessments: 1);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to, version = before.Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("illegal-transition", (await Json(response)).GetProperty("code").GetString());
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Transition_WithStaleVersion_Is409_AndNothingChanges()
    {
        var created = await TestCases.CreateAsync(app);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Assessment", version = before.Version - 1 }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("stale-edit", (await Json(response)).GetProperty("code").GetString());
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Transition_WithoutVersionOrUnknownStage_Is400_NamingTheField()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var noVersion = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Assessment" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.True((await Json(noVersion)).GetProperty("errors").TryGetProperty("version", out _));
        var unknownStage = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Finished", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknownStage.StatusCode);
        Assert.Equal(CaseStage.Registered, (await StateOf(created.CaseId)).Stage);
    }

    [Fact]
    public async Task Close_WithoutReason_Is400NamingReason_AndNothingChanges()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Monitoring, assessments: 1);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("manager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/close", new { version = before.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Close_WithAnUnknownReason_Returns400ListingTheClosureReasons()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Monitoring, assessments: 1);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("manager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/close", new { reason = "WentHome", version = before.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await Json(response)).GetProperty("detail").GetString()!;
        Assert.Contains("reason", detail);
        Assert.Contains($"Choose one of: {string.Join(", ", Enum.GetNames<ClosureReason>())}.", detail);
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Close_ByCaseManager_WaitsForSupervisorApproval_ThenClosesWhenApproved()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Monitoring, assessments: 1);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var request = await caseManager.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/close",
            new { reason = "SupportPeriodEnded", note = "18 months of follow-up done", version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        Assert.True((await Json(request)).GetProperty("pendingApproval").GetBoolean());
        Assert.Equal(CaseStage.Monitoring, (await StateOf(created.CaseId)).Stage);

        var selfApproval = await caseManager.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/closure/approve", new { version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);

        var supervisor = await app.SignedInAs("manager@demo.homeward");
        var approved = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/closure/approve", new { version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var after = await StateOf(created.CaseId);
        Assert.Equal(CaseStage.Closed, after.Stage);
        Assert.Equal("SupportPeriodEnded", after.Reason);
    }

    [Fact]
    public async Task OptOut_AtAnyStage_ClosesAtOnceWithTheReturneesReason()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/opt-out",
            new { optOutReason = "StigmaOrNegativeRepercussions", note = "Neighbours", version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var state = await StateOf(created.CaseId);
        Assert.Equal(CaseStage.Closed, state.Stage);
        Assert.Equal("ReturneeChoseToStop", state.Reason);
        var optOut = await app.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => c.OptOutReason).SingleAsync(Ct));
        Assert.Equal(OptOutReason.StigmaOrNegativeRepercussions, optOut);
    }

    [Fact]
    public async Task OptOut_WithoutReason_Is400()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await StateOf(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/opt-out", new { version = before.Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await Json(response)).GetProperty("errors").TryGetProperty("optOutReason", out _));
        Assert.Equal(before, await StateOf(created.CaseId));
    }

    [Fact]
    public async Task Reopen_ReturnsToTheStageBeforeClosure_AndNeedsAReason()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Monitoring, assessments: 1);
        var supervisor = await app.SignedInAs("manager@demo.homeward");
        var closed = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/close", new { reason = "LeftTheArea", version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(CaseStage.Closed, (await StateOf(created.CaseId)).Stage);
        Assert.False((await Json(closed)).GetProperty("pendingApproval").GetBoolean());

        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/reopen", new { reason = "", version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(CaseStage.Closed, (await StateOf(created.CaseId)).Stage);

        var reopened = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/reopen", new { reason = "Returned to the district", version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Equal(CaseStage.Monitoring, (await StateOf(created.CaseId)).Stage);
    }

    [Fact]
    public async Task Reopen_AnOpenCase_Is409()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/reopen", new { reason = "why", version = (await StateOf(created.CaseId)).Version }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Case_OfAnotherOffice_Is404_ForReadingAndChanging()
    {
        var dakarCase = await TestCases.CreateAsync(app, office: "Dakar office");
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{dakarCase.CaseId}", Ct)).StatusCode);
        var move = await erbil.PostAsJsonAsync($"/api/v1/cases/{dakarCase.CaseId}/transitions", new { to = "Assessment", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, move.StatusCode);
        Assert.Equal(CaseStage.Registered, (await StateOf(dakarCase.CaseId)).Stage);
    }

    [Fact]
    public async Task CaseDetails_ShowsHouseholdConsentsAndTimeline()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.CaseId}", Ct);
        Assert.Equal("Registered", details.GetProperty("stage").GetString());
        Assert.Equal(created.PersonId.ToString(), details.GetProperty("principal").GetProperty("personId").GetString());
        Assert.Contains(details.GetProperty("consents").EnumerateArray(), c => c.GetProperty("purpose").GetString() == "CaseManagement");
        Assert.Equal("Assessment", details.GetProperty("nextStages")[0].GetString());
    }
}

public sealed class CaseWorkflowTests_Sqlite(SqliteApp app) : CaseWorkflowTests<SqliteApp>(app);
public sealed class CaseWorkflowTests_Postgres(PostgresApp app) : CaseWorkflowTests<PostgresApp>(app);
