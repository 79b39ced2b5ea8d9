using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Communities;

/// <summary>Community-based projects: participants (returnees through their cases, non-migrants counted), steps and results.</summary>
public abstract class CommunityProjectTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Officer = "community@demo.homeward";
    private static DateOnly Today => CommunitySetup.Today;

    private static Dictionary<string, object?> Project(Guid place, string title) => new()
    {
        ["title"] = title, ["type"] = "ReturneesAndNonMigrants", ["dimension"] = "Economic", ["sector"] = "Agriculture",
        ["objectives"] = "A market garden run by returnees and neighbours", ["locationId"] = place, ["budget"] = 12000m, ["spent"] = 1500m,
        ["partners"] = "Municipality; farmers' union", ["startOn"] = Today.AddDays(-30), ["endOn"] = Today.AddDays(300), ["status"] = "Ongoing",
    };

    private async Task<JsonElement> CreateAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/community-projects", body, HomewardApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static string Title() => $"Garden {Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task Project_RecordsNonMigrants_Steps_AndResultsAgainstTargets()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var project = await CreateAsync(client, Project(place, Title()));
        var id = project.GetProperty("id").GetGuid();
        Assert.Equal("EUR", project.GetProperty("currency").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/community-projects/{id}/non-migrants", new { sex = "Female", ageGroup = "From25To59", count = 7 }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/community-projects/{id}/non-migrants", new { sex = "Male", ageGroup = "From18To24", count = 4 }, Ct)).StatusCode);
        // Recording again replaces the count.
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/community-projects/{id}/non-migrants", new { sex = "Female", ageGroup = "From25To59", count = 9 }, Ct)).StatusCode);
        var step = await client.PostAsJsonAsync($"/api/v1/community-projects/{id}/steps",
            new { stage = "Assessment", heldOn = Today.AddDays(-20), returnees = 5, nonMigrants = 12, whoTookPart = "Village chief, women's group, returnees" }, HomewardApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var withResult = await (await client.PostAsJsonAsync($"/api/v1/community-projects/{id}/results",
            new { level = "Output", description = "Plots cultivated", unit = "plots", target = 20 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var resultId = withResult.GetProperty("results")[0].GetProperty("id").GetGuid();
        var progressed = await client.PutAsJsonAsync($"/api/v1/community-projects/{id}/results/{resultId}", new { achieved = 5 }, Ct);
        Assert.Equal(HttpStatusCode.OK, progressed.StatusCode);

        var view = await client.GetFromJsonAsync<JsonElement>($"/api/v1/community-projects/{id}", Ct);
        var counts = view.GetProperty("participantCounts").EnumerateArray()
            .ToDictionary(c => $"{c.GetProperty("sex").GetString()}/{c.GetProperty("ageGroup").GetString()}", c => c.GetProperty("nonMigrants").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Female/From25To59"] = 9, ["Male/From18To24"] = 4 }, counts);
        Assert.Equal("Assessment", view.GetProperty("steps")[0].GetProperty("stage").GetString());
        Assert.Equal(0.25m, view.GetProperty("results")[0].GetProperty("progress").GetDecimal());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/community-projects", Ct);
        var item = list.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal(13, item.GetProperty("nonMigrants").GetInt32());
    }

    public static TheoryData<string, object?, string> BadProjects() => new()
    {
        { "locationId", Guid.Parse("00000000-0000-0000-0000-00000000abcd"), "locationId" },
        { "budget", -1m, "budget" },
        { "spent", -5m, "spent" },
        { "spent", 20000m, "spent" },
        { "endOn", "2000-01-01", "endOn" },
        { "title", "", "title" },
        { "type", "Festival", "type" },
        { "budget", "a lot", "budget" },
        { "profileId", Guid.Parse("00000000-0000-0000-0000-00000000abcd"), "profileId" },
    };

    [Theory]
    [MemberData(nameof(BadProjects))]
    public async Task CreateProject_WithABadField_Is400NamingIt_AndSavesNothing(string field, object? value, string named)
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var body = Project(place, Title());
        body[field] = value;

        var response = await client.PostAsJsonAsync("/api/v1/community-projects", body, HomewardApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(named, out _), errors.ToString());
        Assert.False(await app.WithDb(db => db.CommunityProjects.AnyAsync(p => p.LocationId == place, Ct)));
    }

    [Fact]
    public async Task CompletingAProject_WithoutAnEndDate_Is400_AndTheProjectStaysAsItWas()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var project = await CreateAsync(client, Project(place, Title()));
        var id = project.GetProperty("id").GetGuid();
        var body = Project(place, "Renamed");
        body["status"] = "Completed";
        body["endOn"] = null;
        body["version"] = project.GetProperty("version").GetInt32();

        var response = await client.PutAsJsonAsync($"/api/v1/community-projects/{id}", body, HomewardApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("endOn", out _));
        var stored = await app.WithDb(db => db.CommunityProjects.AsNoTracking().SingleAsync(p => p.Id == id, Ct));
        Assert.Equal(project.GetProperty("title").GetString(), stored.Title);
        Assert.Equal(Domain.Communities.ProjectStatus.Ongoing, stored.Status);
    }

    [Fact]
    public async Task EditProject_WithAStaleVersion_Is409_AndChangesNothing()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var project = await CreateAsync(client, Project(place, Title()));
        var id = project.GetProperty("id").GetGuid();
        var body = Project(place, project.GetProperty("title").GetString()!);
        body["version"] = project.GetProperty("version").GetInt32();
        body["spent"] = 2000m;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/community-projects/{id}", body, HomewardApp.Json, Ct)).StatusCode);

        body["spent"] = 3000m;
        var stale = await client.PutAsJsonAsync($"/api/v1/community-projects/{id}", body, HomewardApp.Json, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2000m, await app.WithDb(db => db.CommunityProjects.Where(p => p.Id == id).Select(p => p.Spent).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ReturneeJoining_ShowsOnTheirCase_AndOnlyReadersWithTheCaseInScopeSeeWhoTheyAre()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var officer = await app.SignedInAs(Officer);
        var project = await CreateAsync(officer, Project(place, Title()));
        var id = project.GetProperty("id").GetGuid();
        var returnee = await TestCases.CreateAsync(app, CaseStage.Implementation);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");

        var joined = await caseManager.PostAsJsonAsync($"/api/v1/community-projects/{id}/returnees", new { caseId = returnee.CaseId, joinedOn = Today, role = "Treasurer" }, HomewardApp.Json, Ct);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var seenByCaseManager = (await joined.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("returnees")[0];
        Assert.Equal(returnee.CaseId, seenByCaseManager.GetProperty("caseId").GetGuid());
        Assert.StartsWith("Test ", seenByCaseManager.GetProperty("returneeName").GetString());
        var seenByOfficer = (await officer.GetFromJsonAsync<JsonElement>($"/api/v1/community-projects/{id}", Ct)).GetProperty("returnees")[0];
        Assert.Equal(JsonValueKind.Null, seenByOfficer.GetProperty("caseId").ValueKind);
        Assert.Equal(JsonValueKind.Null, seenByOfficer.GetProperty("returneeName").ValueKind);
        Assert.Equal(JsonValueKind.Null, seenByOfficer.GetProperty("caseReference").ValueKind);
        Assert.Equal("Female", seenByOfficer.GetProperty("sex").GetString());
        Assert.Equal("From25To59", seenByOfficer.GetProperty("ageGroup").GetString());

        var onCase = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{returnee.CaseId}/community-projects", Ct);
        Assert.Equal(id, Assert.Single(onCase.EnumerateArray()).GetProperty("projectId").GetGuid());
        var timeline = await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == returnee.CaseId && e.Kind == CaseEventKind.CommunityProjectJoined).Select(e => e.Summary).ToListAsync(Ct));
        Assert.Contains(project.GetProperty("title").GetString()!, Assert.Single(timeline));
        // The link between the case and the project is personal data: its creation is in the audit log.
        var participation = seenByCaseManager.GetProperty("id").GetGuid().ToString();
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.EntityType == "ReturneeParticipant" && e.EntityId == participation, Ct)));

        var again = await caseManager.PostAsJsonAsync($"/api/v1/community-projects/{id}/returnees", new { caseId = returnee.CaseId, joinedOn = Today }, HomewardApp.Json, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.ProjectReturnees.CountAsync(r => r.ProjectId == id, Ct)));
    }

    [Theory]
    [InlineData("casemanager2@demo.homeward")]
    [InlineData(Officer)]
    public async Task ReturneeJoining_WithACaseOutsideTheCallersScope_Is404_AndNothingIsWritten(string caller)
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var project = await CreateAsync(await app.SignedInAs(Officer), Project(place, Title()));
        var id = project.GetProperty("id").GetGuid();
        var dakarCase = await TestCases.CreateAsync(app, CaseStage.Implementation);
        var client = await app.SignedInAs(caller);
        var reference = await app.WithDb(db => db.Cases.Where(c => c.Id == dakarCase.CaseId).Select(c => c.Reference).SingleAsync(Ct));

        var byId = await client.PostAsJsonAsync($"/api/v1/community-projects/{id}/returnees", new { caseId = dakarCase.CaseId, joinedOn = Today }, HomewardApp.Json, Ct);
        var byReference = await client.PostAsJsonAsync($"/api/v1/community-projects/{id}/returnees", new { caseReference = reference, joinedOn = Today }, HomewardApp.Json, Ct);

        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byReference.StatusCode);
        Assert.False(await app.WithDb(db => db.ProjectReturnees.AnyAsync(r => r.ProjectId == id, Ct)));
        Assert.False(await app.WithDb(db => db.CaseEvents.AnyAsync(e => e.CaseId == dakarCase.CaseId && e.Kind == CaseEventKind.CommunityProjectJoined, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{dakarCase.CaseId}/community-projects", Ct)).StatusCode);
    }

    [Fact]
    public async Task ReturneeJoining_BeforeTheStart_OrAnEndedProject_IsRefused()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var officer = await app.SignedInAs(Officer);
        var open = await CreateAsync(officer, Project(place, Title()));
        var endedBody = Project(place, Title());
        endedBody["status"] = "Completed";
        endedBody["endOn"] = Today.AddDays(-1);
        var ended = await CreateAsync(officer, endedBody);
        var returnee = await TestCases.CreateAsync(app, CaseStage.Implementation);
        var manager = await app.SignedInAs("manager@demo.homeward");

        var early = await manager.PostAsJsonAsync($"/api/v1/community-projects/{open.GetProperty("id")}/returnees", new { caseId = returnee.CaseId, joinedOn = Today.AddDays(-60) }, HomewardApp.Json, Ct);
        var late = await manager.PostAsJsonAsync($"/api/v1/community-projects/{ended.GetProperty("id")}/returnees", new { caseId = returnee.CaseId, joinedOn = Today.AddDays(-2) }, HomewardApp.Json, Ct);
        var unknown = await manager.PostAsJsonAsync($"/api/v1/community-projects/{Guid.NewGuid()}/returnees", new { caseId = returnee.CaseId, joinedOn = Today }, HomewardApp.Json, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.True((await early.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("joinedOn", out _));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await app.WithDb(db => db.ProjectReturnees.AnyAsync(r => r.CaseId == returnee.CaseId, Ct)));
    }

    [Theory]
    [InlineData("non-migrants", "PUT", """{"sex":"Female","ageGroup":"Under18","count":-3}""", "count")]
    [InlineData("non-migrants", "PUT", """{"sex":"Female","count":3}""", "ageGroup")]
    [InlineData("steps", "POST", """{"stage":"Design","heldOn":"2999-01-01","whoTookPart":"All"}""", "heldOn")]
    [InlineData("steps", "POST", """{"stage":"Design","heldOn":"2020-01-01","whoTookPart":"All","returnees":-1}""", "returnees")]
    [InlineData("steps", "POST", """{"stage":"Design","heldOn":"2020-01-01"}""", "whoTookPart")]
    [InlineData("results", "POST", """{"level":"Outcome","description":"Income up","unit":"households","target":0}""", "target")]
    [InlineData("results", "POST", """{"level":"Outcome","description":"Income up","unit":"households","target":10,"achieved":-2}""", "achieved")]
    public async Task ProjectRecords_WithABadField_Are400NamingIt_AndSaveNothing(string what, string method, string body, string field)
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var id = (await CreateAsync(client, Project(place, Title()))).GetProperty("id").GetGuid();

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/v1/community-projects/{id}/{what}")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _));
        Assert.False(await app.WithDb(async db => await db.ProjectNonMigrants.AnyAsync(x => x.ProjectId == id, Ct)
            || await db.ProjectSteps.AnyAsync(x => x.ProjectId == id, Ct) || await db.ProjectResults.AnyAsync(x => x.ProjectId == id, Ct)));
    }
}

public sealed class CommunityProjectTests_Sqlite(SqliteApp app) : CommunityProjectTests<SqliteApp>(app);
public sealed class CommunityProjectTests_Postgres(PostgresApp app) : CommunityProjectTests<PostgresApp>(app);
