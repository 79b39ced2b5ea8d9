using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Cases;

/// <summary>Assessments, counselling sessions and assignment on a case, with their bad inputs.</summary>
public abstract class CaseRecordsTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
    private static string Tomorrow => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");

    private static async Task<JsonElement> Errors(HttpResponseMessage r) => (await r.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");

    private Task<(int Assessments, int Sessions, int Events, bool Flag)> Counts(Guid caseId) => app.WithDb(async db =>
        (await db.Assessments.CountAsync(a => a.CaseId == caseId, Ct), await db.CounsellingSessions.CountAsync(s => s.CaseId == caseId, Ct),
         await db.CaseEvents.CountAsync(e => e.CaseId == caseId, Ct), await db.Cases.Where(c => c.Id == caseId).Select(c => c.VulnerabilityFlag).SingleAsync(Ct)));

    [Fact]
    public async Task Assessment_FlaggingVulnerability_SetsTheCaseFlag()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assessments",
            new { kind = "RapidVulnerabilityScreening", conductedOn = Today, findings = "Chronic illness", vulnerabilityFlagged = true }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var counts = await Counts(created.CaseId);
        Assert.Equal(1, counts.Assessments);
        Assert.True(counts.Flag);
    }

    [Fact]
    public async Task Assessments_RecordedAtTheSameMoment_AreAllSaved_OrAtWorstRefusedWith409_NeverAServerError()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var clients = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.SignedInAs("casemanager@demo.homeward")));
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => clients[i % 2].PostAsJsonAsync(
            $"/api/v1/cases/{created.CaseId}/assessments", new { kind = "Risk", conductedOn = Today, findings = $"Visit {i}" }, Ct)));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        // The requests named no version of the case: a collision is tried again from the case as it is, so most are saved
        // (a 409 only after several collisions in a row). Each refused one left nothing behind; each saved one is counted.
        var saved = responses.Count(r => r.StatusCode == HttpStatusCode.Created);
        Assert.True(saved >= 10, $"only {saved} of 12 saved: {string.Join(", ", responses.Select(r => (int)r.StatusCode))}");
        Assert.Equal(saved, (await Counts(created.CaseId)).Assessments);
        Assert.Equal(saved, await app.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => c.AssessmentCount).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Assessment_InTheFutureOrWithoutKind_Is400_AndNothingIsSaved()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await Counts(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var future = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assessments", new { kind = "Risk", conductedOn = Tomorrow }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await Errors(future)).TryGetProperty("conductedOn", out _));
        var noKind = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assessments", new { conductedOn = Today }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noKind.StatusCode);
        Assert.True((await Errors(noKind)).TryGetProperty("kind", out _));
        Assert.Equal(before, await Counts(created.CaseId));
    }

    [Fact]
    public async Task Counselling_IsRecorded_AndBadInputIsRefused()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var before = await Counts(created.CaseId);
        var noAttendees = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling", new { heldOn = Today, attendees = " " }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noAttendees.StatusCode);
        Assert.True((await Errors(noAttendees)).TryGetProperty("attendees", out _));
        var future = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling", new { heldOn = Tomorrow, attendees = "Returnee" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        var tooLong = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling", new { heldOn = Today, attendees = "Returnee", notes = new string('x', 8001) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await Errors(tooLong)).TryGetProperty("notes", out _));
        Assert.Equal(before, await Counts(created.CaseId));

        var ok = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling",
            new { heldOn = Today, attendees = "Returnee, case manager", interpreter = "Pular interpreter", notes = "<script>alert(1)</script>", goalsAndMotivations = "Open a tailoring workshop" }, Ct);
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal(before.Sessions + 1, (await Counts(created.CaseId)).Sessions);
    }

    [Fact]
    public async Task Assignment_BySupervisor_TransfersToAnotherOffice_WithHistory()
    {
        var created = await TestCases.CreateAsync(app, office: "Dakar office");
        var erbilManager = await app.WithDb(db => db.Users.Where(u => u.Email == "casemanager2@demo.homeward").Select(u => new { u.Id, u.OfficeId }).SingleAsync(Ct));
        var supervisor = await app.SignedInAs("manager@demo.homeward");
        var response = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assignment", new { caseManagerId = erbilManager.Id, reason = "The family moved to Erbil" }, Ct);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var moved = await app.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => new { c.CaseManagerId, c.OfficeId }).SingleAsync(Ct));
        Assert.Equal(erbilManager.Id, moved.CaseManagerId);
        Assert.Equal(erbilManager.OfficeId, moved.OfficeId);
        Assert.Equal(1, await app.WithDb(db => db.CaseAssignments.CountAsync(a => a.CaseId == created.CaseId, Ct)));
        // The case now belongs to Erbil's caseload, and no longer to Dakar's.
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await erbil.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);
        var dakar = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await dakar.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Assignment_ByCaseManager_Is403_AndBadInputsAre400()
    {
        var created = await TestCases.CreateAsync(app, office: "Dakar office");
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var forbidden = await caseManager.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assignment", new { caseManagerId = Guid.NewGuid(), reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var supervisor = await app.SignedInAs("manager@demo.homeward");
        var unknown = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assignment", new { caseManagerId = Guid.NewGuid(), reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await Errors(unknown)).TryGetProperty("caseManagerId", out _));
        var partner = await app.WithDb(db => db.Users.Where(u => u.Email == "partner@demo.homeward").Select(u => u.Id).SingleAsync(Ct));
        var notCaseManager = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assignment", new { caseManagerId = partner, reason = "x" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notCaseManager.StatusCode);
        var erbilManager = await app.WithDb(db => db.Users.Where(u => u.Email == "casemanager2@demo.homeward").Select(u => u.Id).SingleAsync(Ct));
        var noReason = await supervisor.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assignment", new { caseManagerId = erbilManager, reason = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await Errors(noReason)).TryGetProperty("reason", out _));
        Assert.Equal(0, await app.WithDb(db => db.CaseAssignments.CountAsync(a => a.CaseId == created.CaseId, Ct)));
    }
}

public sealed class CaseRecordsTests_Sqlite(SqliteApp app) : CaseRecordsTests<SqliteApp>(app);
public sealed class CaseRecordsTests_Postgres(PostgresApp app) : CaseRecordsTests<PostgresApp>(app);
