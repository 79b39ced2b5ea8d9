using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Plans.PlanRequests;

namespace Homeward.Web.Tests.Plans;

/// <summary>Drafting the reintegration plan through the API, and every refusal leaving the data as it was.</summary>
public abstract class PlanApiTests<TApp>(TApp app) where TApp : HomewardApp
{
    private Task<int> PlanCount(Guid caseId) => app.WithDb(db => db.Plans.CountAsync(p => p.CaseId == caseId, Ct));

    [Fact]
    public async Task Put_NewPlan_CreatesDraftVersion1_WithTotals_AndMarksTheLineAboveTheLimitPending()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);

        var overview = await PutAsync(client, created.CaseId, TypicalBody());

        var current = overview.GetProperty("current");
        Assert.Equal(1, current.GetProperty("versionNumber").GetInt32());
        Assert.Equal("Draft", current.GetProperty("status").GetString());
        Assert.Equal(1100m, current.GetProperty("total").GetDecimal());
        Assert.Equal(800m, current.GetProperty("pendingApprovalTotal").GetDecimal());
        Assert.Equal("NotRequired", LineNamed(current, "Sewing machine").GetProperty("approval").GetString());
        Assert.Equal("Pending", LineNamed(current, "Motorbike for deliveries").GetProperty("approval").GetString());
        var activity = current.GetProperty("activities")[0];
        Assert.Equal("Economic", activity.GetProperty("dimension").GetString());
        Assert.True(activity.GetProperty("referralRequired").GetBoolean());
        var byDimension = current.GetProperty("totalsByDimension").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!, d => d.GetProperty("total").GetDecimal());
        Assert.Equal(300m, byDimension["Economic"]);
        Assert.Equal(800m, byDimension["Social"]);
        Assert.Equal(2000m, overview.GetProperty("limits").GetProperty("perCaseCeiling").GetDecimal());
        Assert.Single(overview.GetProperty("versions").EnumerateArray());
        Assert.Equal(1, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == created.CaseId && e.Kind == CaseEventKind.PlanSaved, Ct)));
    }

    [Fact]
    public async Task Put_DraftAgain_ReplacesTheDraft_KeepingLineIdsForKeptKeys()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var first = (await PutAsync(client, created.CaseId, TypicalBody())).GetProperty("current");
        var machine = LineNamed(first, "Sewing machine");

        var body = Body(first.GetProperty("revision").GetInt32(), [Activity(), Activity("Counselling", "Monthly counselling sessions")],
            [Line("Sewing machine", 350m, lineKey: machine.GetProperty("lineKey").GetGuid())]);
        var second = (await PutAsync(client, created.CaseId, body)).GetProperty("current");

        Assert.Equal(1, second.GetProperty("versionNumber").GetInt32());
        Assert.True(second.GetProperty("revision").GetInt32() > first.GetProperty("revision").GetInt32());
        Assert.Equal(machine.GetProperty("id").GetGuid(), LineNamed(second, "Sewing machine").GetProperty("id").GetGuid());
        Assert.Single(second.GetProperty("budgetLines").EnumerateArray());
        Assert.Equal(["Tailoring course at the training centre", "Monthly counselling sessions"],
            second.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("description").GetString()));
        Assert.Equal("Psychosocial", second.GetProperty("activities")[1].GetProperty("dimension").GetString());
        Assert.Equal(1, await PlanCount(created.CaseId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-50)]
    public async Task Put_ZeroOrNegativeEstimatedCost_Returns400NamingTheLine_AndNothingIsSaved(int cost)
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);

        var response = await client.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan",
            Body(null, [Activity()], [Line("Sewing machine", 300m), Line("Fabric", (decimal)cost)]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("budgetLines[1].estimatedCost", FieldsNamed(await ProblemAsync(response)));
        Assert.Equal(0, await PlanCount(created.CaseId));
    }

    [Fact]
    public async Task Put_NonNumericEstimatedCost_Returns400NamingTheField()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);

        var response = await client.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan", Body(null, [Activity()], [Line("Sewing machine", "abc")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("budgetLines[0].estimatedCost", FieldsNamed(await ProblemAsync(response)));
        Assert.Equal(0, await PlanCount(created.CaseId));
    }

    [Fact]
    public async Task Put_MissingFields_Returns400ListingEachField()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);

        var response = await client.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan",
            Body(null, [new { description = " " }], [new { description = "", estimatedCost = 10.123m }]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = FieldsNamed(await ProblemAsync(response)).ToList();
        Assert.Equivalent(new[] { "activities[0].assistanceType", "activities[0].description", "budgetLines[0].description", "budgetLines[0].dimension", "budgetLines[0].estimatedCost" }, fields);
        Assert.Equal(0, await PlanCount(created.CaseId));
    }

    [Fact]
    public async Task Put_OverTheCeiling_Returns400NamingBudgetLines_AndTheDraftStaysAsItWas()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var draft = (await PutAsync(client, created.CaseId, TypicalBody())).GetProperty("current");
        var revision = draft.GetProperty("revision").GetInt32();

        var response = await client.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan",
            Body(revision, [Activity()], [Line("Sewing machine", 300m), Line("Shop premises", 1750m)]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Contains("budgetLines", FieldsNamed(problem));
        Assert.Contains("2,000.00", problem.GetProperty("errors").GetProperty("budgetLines")[0].GetString());
        var stored = (await GetAsync(client, created.CaseId)).GetProperty("current");
        Assert.Equal(revision, stored.GetProperty("revision").GetInt32());
        Assert.Equal(1100m, stored.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Put_TwoPeopleEditingAtOnce_TheSecondWithTheOldRevisionGets409_AndTheFirstEditIsKept()
    {
        var first = await app.SignedInAs(CaseManager);
        var second = await app.SignedInAs(Supervisor);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var revision = (await PutAsync(first, created.CaseId, TypicalBody())).GetProperty("current").GetProperty("revision").GetInt32();

        await PutAsync(first, created.CaseId, Body(revision, [Activity()], [Line("Sewing machine", 300m)], goals: "First edit"));
        var response = await second.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan",
            Body(revision, [Activity()], [Line("Generator", 400m)], goals: "Second edit"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("stale-edit", (await ProblemAsync(response)).GetProperty("code").GetString());
        var stored = (await GetAsync(first, created.CaseId)).GetProperty("current");
        Assert.Equal("First edit", stored.GetProperty("goals").GetString());
        Assert.Equal("Sewing machine", stored.GetProperty("budgetLines")[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Put_WithoutRevision_WhenAPlanExists_Returns409()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        await PutAsync(client, created.CaseId, TypicalBody());

        var response = await client.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan", TypicalBody(revision: null), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await PlanCount(created.CaseId));
    }

    [Theory]
    [InlineData(CaseStage.Closed)]
    [InlineData(CaseStage.Registered)]
    public async Task Put_OnACaseNotInPlanningOrLater_Returns409NamingTheStage_AndNoPlanIsMade(CaseStage stage)
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, stage, assessments: 1);

        var response = await client.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan", TypicalBody(), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("plan-stage", problem.GetProperty("code").GetString());
        Assert.Contains("stage", FieldsNamed(problem));
        Assert.Equal(0, await PlanCount(created.CaseId));
    }

    [Fact]
    public async Task UnknownCase_Returns404_OnEveryPlanEndpoint()
    {
        var client = await app.SignedInAs(CaseManager);
        var id = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{id}/plan", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/cases/{id}/plan", TypicalBody(), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/cases/{id}/plan/agree", new { agreedOn = Today, method = "Signed" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{id}/plan/versions/1", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnotherOfficesCase_Returns404_AndIsNotChanged()
    {
        var dakar = await app.SignedInAs(CaseManager);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var revision = (await PutAsync(dakar, created.CaseId, TypicalBody())).GetProperty("current").GetProperty("revision").GetInt32();

        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{created.CaseId}/plan", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{created.CaseId}/plan/versions/1", Ct)).StatusCode);
        var put = await erbil.PutAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan", Body(revision, [Activity()], [Line("Generator", 100m)]), Ct);
        var agree = await erbil.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan/agree", new { agreedOn = Today, method = "Signed" }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, agree.StatusCode);
        var stored = (await GetAsync(dakar, created.CaseId)).GetProperty("current");
        Assert.Equal(revision, stored.GetProperty("revision").GetInt32());
        Assert.Equal("Draft", stored.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Agree_DateInTheFuture_Returns400NamingTheDate_AndNothingChanges()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        await PutAsync(client, created.CaseId, TypicalBody());

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan/agree", new { agreedOn = Today.AddDays(1), method = "Signed" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("agreedOn", FieldsNamed(await ProblemAsync(response)));
        await AssertNotAgreed(client, created.CaseId);
    }

    [Fact]
    public async Task Agree_PlanWithNoActivity_Returns409NamingActivities_AndNothingChanges()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        await PutAsync(client, created.CaseId, Body(null, [], [Line("Sewing machine", 300m)]));

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan/agree", new { agreedOn = Today, method = "Signed" }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("activities", FieldsNamed(await ProblemAsync(response)));
        await AssertNotAgreed(client, created.CaseId);
    }

    [Fact]
    public async Task Agree_WithoutAnyPlan_Returns409()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/plan/agree", new { agreedOn = Today, method = "Signed" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        await AssertNotAgreed(client, created.CaseId);
    }

    private async Task AssertNotAgreed(HttpClient client, Guid caseId)
    {
        var overview = await GetAsync(client, caseId);
        if (overview.GetProperty("current").ValueKind == JsonValueKind.Object)
            Assert.Equal("Draft", overview.GetProperty("current").GetProperty("status").GetString());
        var c = await app.WithDb(db => db.Cases.SingleAsync(x => x.Id == caseId, Ct));
        Assert.Null(c.PlanAgreedOn);
        Assert.Null(c.NextFollowUpDueOn);
        Assert.Equal(0, await app.WithDb(db => db.FollowUps.CountAsync(v => v.CaseId == caseId, Ct)));
        Assert.Equal(0, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.PlanAgreed, Ct)));
    }

    [Fact]
    public async Task Agree_SetsPlanAgreedOn_KeepsTheStage_SchedulesFollowUpsFromTheProgrammeMonths_AndAddsTimelineEntries()
    {
        var client = await app.SignedInAs(CaseManager);
        // Returned 100 days ago: the visits due 1 and 3 months after return are already past and are not scheduled.
        var returnDate = Today.AddDays(-100);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1, returnDate: returnDate);
        await PutAsync(client, created.CaseId, TypicalBody());

        var overview = await AgreeAsync(client, created.CaseId);

        Assert.Equal("Agreed", overview.GetProperty("current").GetProperty("status").GetString());
        Assert.Equal(1, overview.GetProperty("agreedVersionNumber").GetInt32());
        var c = await app.WithDb(db => db.Cases.SingleAsync(x => x.Id == created.CaseId, Ct));
        Assert.Equal(CaseStage.Planning, c.Stage);
        Assert.Equal(Today, c.PlanAgreedOn);
        var visits = await app.WithDb(db => db.FollowUps.Where(v => v.CaseId == created.CaseId).ToListAsync(Ct));
        Assert.Equal([6, 9, 12, 18], visits.Select(v => v.MonthsAfterReturn).Order());
        Assert.All(visits, v => Assert.Equal(returnDate.AddMonths(v.MonthsAfterReturn), v.DueOn));
        Assert.Equal(returnDate.AddMonths(6), c.NextFollowUpDueOn);
        Assert.Equal(2, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == created.CaseId && e.Kind == CaseEventKind.PlanAgreed, Ct)));
    }

    [Fact]
    public async Task Agree_ARevision_KeepsTheFollowUpScheduleAlreadyRunning()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, plan) = await AgreedCaseAsync(app, client);
        var before = await app.WithDb(db => db.FollowUps.Where(v => v.CaseId == caseId).Select(v => v.Id).ToListAsync(Ct));

        await PutAsync(client, caseId, TypicalBody(plan.GetProperty("revision").GetInt32()));
        await AgreeAsync(client, caseId);

        var after = await app.WithDb(db => db.FollowUps.Where(v => v.CaseId == caseId).Select(v => v.Id).ToListAsync(Ct));
        Assert.Equal(before.Order(), after.Order());
        Assert.Equal(6, after.Count);
    }

    [Fact]
    public async Task Overview_PastTheDeadlineWithoutAgreement_IsLate()
    {
        var client = await app.SignedInAs(CaseManager);
        var late = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1, returnDate: Today.AddDays(-45));
        var onTime = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1, returnDate: Today.AddDays(-5));

        var lateOverview = await GetAsync(client, late.CaseId);
        Assert.True(lateOverview.GetProperty("isLate").GetBoolean());
        Assert.Equal(Today.AddDays(-15), lateOverview.GetProperty("planDueOn").Deserialize<DateOnly>());
        Assert.False((await GetAsync(client, onTime.CaseId)).GetProperty("isLate").GetBoolean());
        await PutAsync(client, late.CaseId, TypicalBody());
        await AgreeAsync(client, late.CaseId);
        Assert.False((await GetAsync(client, late.CaseId)).GetProperty("isLate").GetBoolean());
    }

    [Fact]
    public async Task Approve_ByACaseManager_Returns403_AndTheLineStaysPending()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, plan) = await AgreedCaseAsync(app, client);
        var motorbike = LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid();

        var response = await client.PostAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(BudgetApproval.Pending, await app.WithDb(db => db.BudgetLines.Where(l => l.Id == motorbike).Select(l => l.Approval).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Approve_ByTheSupervisor_ApprovesThePendingLine_AndRecordsWhoDecided()
    {
        var client = await app.SignedInAs(CaseManager);
        var supervisor = await app.SignedInAs(Supervisor);
        var (caseId, plan) = await AgreedCaseAsync(app, client);
        var motorbike = LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid();

        var response = await supervisor.PostAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Approved", line.GetProperty("approval").GetString());
        Assert.Equal("Moussa Sarr", line.GetProperty("decidedBy").GetString());
        Assert.Equal(1, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.BudgetLineApproved, Ct)));
        var again = await supervisor.PostAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Reject_WithoutReason_Returns400NamingTheReason_AndWithAReasonRejects()
    {
        var client = await app.SignedInAs(CaseManager);
        var supervisor = await app.SignedInAs(Supervisor);
        var (caseId, plan) = await AgreedCaseAsync(app, client);
        var motorbike = LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid();

        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike}/reject", new { reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("reason", FieldsNamed(await ProblemAsync(noReason)));
        Assert.Equal(BudgetApproval.Pending, await app.WithDb(db => db.BudgetLines.Where(l => l.Id == motorbike).Select(l => l.Approval).SingleAsync(Ct)));

        var rejected = await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike}/reject", new { reason = "A bicycle will do" }, Ct);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(BudgetApproval.Rejected, await app.WithDb(db => db.BudgetLines.Where(l => l.Id == motorbike).Select(l => l.Approval).SingleAsync(Ct)));
        Assert.Contains(await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == caseId && e.Kind == CaseEventKind.BudgetLineApproved).Select(e => e.Summary).ToListAsync(Ct)),
            s => s.Contains("A bicycle will do"));
    }

    [Fact]
    public async Task Approve_LineOfAnotherCase_Returns404()
    {
        var client = await app.SignedInAs(CaseManager);
        var supervisor = await app.SignedInAs(Supervisor);
        var (_, plan) = await AgreedCaseAsync(app, client);
        var other = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var motorbike = LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid();

        var response = await supervisor.PostAsync($"/api/v1/cases/{other.CaseId}/budget-lines/{motorbike}/approve", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(BudgetApproval.Pending, await app.WithDb(db => db.BudgetLines.Where(l => l.Id == motorbike).Select(l => l.Approval).SingleAsync(Ct)));
    }
}

public sealed class PlanApiTests_Sqlite(SqliteApp app) : PlanApiTests<SqliteApp>(app);
public sealed class PlanApiTests_Postgres(PostgresApp app) : PlanApiTests<PostgresApp>(app);
