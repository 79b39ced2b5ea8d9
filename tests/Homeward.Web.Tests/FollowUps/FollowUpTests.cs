using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Caseload;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.FollowUps;

/// <summary>The follow-up schedule and recording visits through the API, on both databases.</summary>
public abstract class FollowUpTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => CaseSetup.Today;

    /// <summary>A case in monitoring, returned 100 days ago: a done visit, an overdue one, and one due later.</summary>
    private async Task<(Guid CaseId, Guid Done, Guid Overdue, Guid Later)> MonitoredCaseAsync(CaseStage stage = CaseStage.Monitoring)
    {
        var caseId = await CaseSetup.CreateAsync(app, CaseSetup.UniqueName(), c => c.PlanAgreedOn = Today.AddDays(-80), stage, returnDate: Today.AddDays(-100));
        var visits = await CaseSetup.AddVisitsAsync(app, caseId,
            (1, Today.AddDays(-70), Today.AddDays(-68)), (3, Today.AddDays(-10), null), (6, Today.AddDays(80), null));
        return (caseId, visits[0], visits[1], visits[2]);
    }

    private static object Visit(Guid? visitId, DateOnly doneOn, string mode = "InPerson", string? economic = "Shop open, income steady.") => new
    {
        visitId, doneOn = doneOn.ToString("yyyy-MM-dd"), mode, economicFindings = economic, socialFindings = "Children back at school.",
        psychosocialFindings = (string?)null, planAdjustments = "Add bookkeeping training.", nextSteps = "Refer to the training centre.",
    };

    private sealed record Snapshot(int Version, DateOnly? Next, int Visits, int Done, int Recorded);

    private Task<Snapshot> SnapshotAsync(Guid caseId) => app.WithDb(async db =>
    {
        var c = await db.Cases.SingleAsync(x => x.Id == caseId, Ct);
        return new Snapshot(c.Version, c.NextFollowUpDueOn,
            await db.FollowUps.CountAsync(v => v.CaseId == caseId, Ct),
            await db.FollowUps.CountAsync(v => v.CaseId == caseId && v.DoneOn != null, Ct),
            await db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.FollowUpRecorded, Ct));
    });

    private async Task<HttpResponseMessage> PostAsync(Guid caseId, object body, string user = "casemanager@demo.homeward") =>
        await (await app.SignedInAs(user)).PostAsJsonAsync($"/api/v1/cases/{caseId}/follow-ups", body, Ct);

    [Fact]
    public async Task Schedule_ShowsEachVisitDueOverdueOrDone()
    {
        var (caseId, done, overdue, later) = await MonitoredCaseAsync();
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var schedule = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/follow-ups", Ct);

        var status = schedule.GetProperty("visits").EnumerateArray().ToDictionary(v => v.GetProperty("id").GetGuid(), v => v.GetProperty("status").GetString());
        Assert.Equal("Done", status[done]);
        Assert.Equal("Overdue", status[overdue]);
        Assert.Equal("Due", status[later]);
        Assert.True(schedule.GetProperty("canRecord").GetBoolean());
        Assert.Equal(Today.AddDays(-10).ToString("yyyy-MM-dd"), schedule.GetProperty("nextFollowUpDueOn").GetString());
    }

    [Fact]
    public async Task Schedule_OfACaseOutsideTheCallersOffice_Is404()
    {
        var (caseId, _, _, _) = await MonitoredCaseAsync();
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{caseId}/follow-ups", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/follow-ups", Ct)).StatusCode);
    }

    [Fact]
    public async Task Record_ScheduledVisit_CompletesIt_AddsToTheTimeline_AndMovesTheNextFollowUp()
    {
        var (caseId, _, overdue, later) = await MonitoredCaseAsync();
        var before = await SnapshotAsync(caseId);

        var response = await PostAsync(caseId, Visit(overdue, Today.AddDays(-1), "Phone"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Done", body.GetProperty("visit").GetProperty("status").GetString());
        Assert.Equal(Today.AddDays(80).ToString("yyyy-MM-dd"), body.GetProperty("nextFollowUpDueOn").GetString());
        await app.WithDb(async db =>
        {
            var visit = await db.FollowUps.SingleAsync(v => v.Id == overdue, Ct);
            Assert.Equal(Today.AddDays(-1), visit.DoneOn);
            Assert.Equal(Domain.FollowUps.FollowUpMode.Phone, visit.Mode);
            Assert.Equal("Shop open, income steady.", visit.EconomicFindings);
            Assert.Equal("Children back at school.", visit.SocialFindings);
            Assert.Null(visit.PsychosocialFindings);
            Assert.Equal("Add bookkeeping training.", visit.PlanAdjustments);
            Assert.Equal("Refer to the training centre.", visit.NextSteps);
            Assert.Equal("Fatou Ndiaye", visit.RecordedBy);
            var c = await db.Cases.SingleAsync(x => x.Id == caseId, Ct);
            Assert.Equal(Today.AddDays(80), c.NextFollowUpDueOn);
            Assert.Equal(before.Version + 1, c.Version);
            var entry = await db.CaseEvents.SingleAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.FollowUpRecorded, Ct);
            Assert.Equal("Fatou Ndiaye", entry.ActorName);
            return 0;
        });
        Assert.False(await app.WithDb(db => db.FollowUps.AnyAsync(v => v.Id == later && v.DoneOn != null, Ct)));
    }

    [Fact]
    public async Task Record_UnscheduledVisit_AddsADoneVisit_AndKeepsTheNextFollowUp()
    {
        var (caseId, _, _, _) = await MonitoredCaseAsync(CaseStage.Implementation);
        var before = await SnapshotAsync(caseId);

        var response = await PostAsync(caseId, Visit(null, Today, "Remote"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await SnapshotAsync(caseId);
        Assert.Equal(before.Visits + 1, after.Visits);
        Assert.Equal(before.Done + 1, after.Done);
        Assert.Equal(before.Next, after.Next);
        Assert.Equal(before.Recorded + 1, after.Recorded);
        var added = await app.WithDb(db => db.FollowUps.SingleAsync(v => v.CaseId == caseId && v.MonthsAfterReturn == 0, Ct));
        Assert.Equal(Today, added.DoneOn);
        Assert.Equal(Today, added.DueOn);
    }

    [Fact]
    public async Task Record_WithAStaleVersion_Returns409_AndChangesNothing()
    {
        var (caseId, _, overdue, _) = await MonitoredCaseAsync();
        var before = await SnapshotAsync(caseId);
        var body = new { visitId = overdue, doneOn = Today.ToString("yyyy-MM-dd"), mode = "InPerson", economicFindings = "Fine.", version = before.Version - 1 };

        var response = await PostAsync(caseId, body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(caseId));
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { "future", "doneOn" },
        { "before-return", "doneOn" },
        { "no-date", "doneOn" },
        { "no-mode", "mode" },
        { "unknown-mode", "mode" },
        { "numeric-mode", "mode" },
        { "no-findings", "economicFindings" },
        { "too-long", "nextSteps" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Record_WithBadInput_Returns400NamingTheField_AndChangesNothing(string kind, string field)
    {
        var (caseId, _, overdue, _) = await MonitoredCaseAsync();
        var before = await SnapshotAsync(caseId);
        object body = kind switch
        {
            "future" => Visit(overdue, Today.AddDays(1)),
            "before-return" => Visit(overdue, Today.AddDays(-101)),
            "no-date" => new { visitId = overdue, mode = "InPerson", economicFindings = "Fine." },
            "no-mode" => new { visitId = overdue, doneOn = Today.ToString("yyyy-MM-dd"), economicFindings = "Fine." },
            "unknown-mode" => Visit(overdue, Today, "Carrier pigeon"),
            "numeric-mode" => Visit(overdue, Today, "1"),
            "no-findings" => new { visitId = overdue, doneOn = Today.ToString("yyyy-MM-dd"), mode = "Phone", economicFindings = " ", socialFindings = "" },
            _ => new { visitId = overdue, doneOn = Today.ToString("yyyy-MM-dd"), mode = "Phone", economicFindings = "Fine.", nextSteps = new string('x', 4001) },
        };

        var response = await PostAsync(caseId, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"errors name {field}: {errors}");
        Assert.Equal(before, await SnapshotAsync(caseId));
    }

    [Theory]
    [InlineData(CaseStage.Registered)]
    [InlineData(CaseStage.Planning)]
    [InlineData(CaseStage.Closed)]
    public async Task Record_OnACaseNotInImplementationOrMonitoring_Returns409_AndChangesNothing(CaseStage stage)
    {
        var (caseId, _, overdue, _) = await MonitoredCaseAsync(stage);
        var before = await SnapshotAsync(caseId);

        var response = await PostAsync(caseId, Visit(overdue, Today));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("follow-up-stage", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(before, await SnapshotAsync(caseId));
    }

    [Fact]
    public async Task Record_UnknownVisit_Returns404_AndChangesNothing()
    {
        var (caseId, _, _, _) = await MonitoredCaseAsync();
        var (otherCase, _, otherVisit, _) = await MonitoredCaseAsync();
        var before = await SnapshotAsync(caseId);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(caseId, Visit(Guid.NewGuid(), Today))).StatusCode);
        // A visit of another case is not a visit of this one.
        var otherBefore = await SnapshotAsync(otherCase);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(caseId, Visit(otherVisit, Today))).StatusCode);

        Assert.Equal(before, await SnapshotAsync(caseId));
        Assert.Equal(otherBefore, await SnapshotAsync(otherCase));
    }

    [Fact]
    public async Task Record_AVisitAlreadyDone_Returns409_AndChangesNothing()
    {
        var (caseId, done, _, _) = await MonitoredCaseAsync();
        var before = await SnapshotAsync(caseId);

        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(caseId, Visit(done, Today))).StatusCode);
        Assert.Equal(before, await SnapshotAsync(caseId));
    }

    [Fact]
    public async Task Record_OutOfScopeOrUnknownCase_Returns404_AndRoleWithoutCaseWork_Returns403()
    {
        var (caseId, _, overdue, _) = await MonitoredCaseAsync();
        var before = await SnapshotAsync(caseId);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(caseId, Visit(overdue, Today), "casemanager2@demo.homeward")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Guid.NewGuid(), Visit(overdue, Today))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(caseId, Visit(overdue, Today), "me@demo.homeward")).StatusCode);
        Assert.Equal(before, await SnapshotAsync(caseId));
    }
}

[Collection(CaseDataCollection.Name)]
public sealed class FollowUpTests_Sqlite(SqliteApp app) : FollowUpTests<SqliteApp>(app);
[Collection(CaseDataCollection.Name)]
public sealed class FollowUpTests_Postgres(PostgresApp app) : FollowUpTests<PostgresApp>(app);
