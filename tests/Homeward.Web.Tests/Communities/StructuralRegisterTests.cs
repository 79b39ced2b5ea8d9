using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Communities;

/// <summary>The structural level: stakeholders and agreements, capacity strengthening, coordination, policy work.</summary>
public abstract class StructuralRegisterTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Officer = "community@demo.homeward";
    private static DateOnly Today => CommunitySetup.Today;

    private static string Unique(string what) => $"{what} {Guid.NewGuid():N}"[..(what.Length + 9)];

    private static Dictionary<string, object?> Stakeholder(string name, string influence = "High", string interest = "High") => new()
    {
        ["name"] = name, ["type"] = "GovernmentBody", ["level"] = "National", ["sector"] = "Employment", ["capacity"] = "Job centres in 3 regions",
        ["needs"] = "Training on referral", ["willingness"] = "High", ["influence"] = influence, ["interest"] = interest,
    };

    private static async Task<JsonElement> OkJson(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Theory]
    [InlineData("High", "High", "ManageClosely")]
    [InlineData("Low", "High", "Communicate")]
    [InlineData("Low", "Low", "Inform")]
    public async Task Stakeholder_GetsItsEngagementPriorityFromInfluenceAndInterest(string influence, string interest, string priority)
    {
        var client = await app.SignedInAs(Officer);
        var created = await OkJson(await client.PostAsJsonAsync("/api/v1/stakeholders", Stakeholder(Unique("Ministry"), influence, interest), Ct));
        Assert.Equal(priority, created.GetProperty("priority").GetString());
        var listed = (await client.GetFromJsonAsync<JsonElement>("/api/v1/stakeholders", Ct)).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.Equal(priority, listed.GetProperty("priority").GetString());
    }

    [Theory]
    [InlineData("type", null, "type")]
    [InlineData("influence", "Enormous", "influence")]
    [InlineData("name", "  ", "name")]
    [InlineData("sector", null, "sector")]
    public async Task Stakeholder_WithABadField_Is400NamingIt_AndSavesNothing(string field, string? value, string named)
    {
        var client = await app.SignedInAs(Officer);
        var name = Unique("Agency");
        var body = Stakeholder(name);
        body[field] = value;
        await AssertFieldAsync(await client.PostAsJsonAsync("/api/v1/stakeholders", body, Ct), named);
        Assert.False(await app.WithDb(db => db.Stakeholders.AnyAsync(s => s.Name == name, Ct)));
    }

    [Fact]
    public async Task Stakeholder_EditedWithAStaleVersion_Is409_AndKeepsItsRatings()
    {
        var client = await app.SignedInAs(Officer);
        var created = await OkJson(await client.PostAsJsonAsync("/api/v1/stakeholders", Stakeholder(Unique("Union")), Ct));
        var id = created.GetProperty("id").GetGuid();
        var body = Stakeholder(created.GetProperty("name").GetString()!, "Low", "Low");
        body["version"] = created.GetProperty("version").GetInt32();
        Assert.Equal("Inform", (await OkJson(await client.PutAsJsonAsync($"/api/v1/stakeholders/{id}", body, Ct))).GetProperty("priority").GetString());

        body["influence"] = "High";
        var stale = await client.PutAsJsonAsync($"/api/v1/stakeholders/{id}", body, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(Domain.Structural.Rating.Low, await app.WithDb(db => db.Stakeholders.Where(s => s.Id == id).Select(s => s.Influence).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Agreement_IsRecorded_AndOneExpiringBeforeItIsSignedIsRefused()
    {
        var client = await app.SignedInAs(Officer);
        var id = (await OkJson(await client.PostAsJsonAsync("/api/v1/stakeholders", Stakeholder(Unique("Municipality")), Ct))).GetProperty("id").GetGuid();

        await AssertFieldAsync(await client.PostAsJsonAsync($"/api/v1/stakeholders/{id}/agreements",
            new { kind = "MemorandumOfUnderstanding", title = "MoU", signedOn = Today.AddDays(-10), expiresOn = Today.AddDays(-20) }, HomewardApp.Json, Ct), "expiresOn");
        Assert.False(await app.WithDb(db => db.Agreements.AnyAsync(a => a.StakeholderId == id, Ct)));

        var saved = await OkJson(await client.PostAsJsonAsync($"/api/v1/stakeholders/{id}/agreements",
            new { kind = "DataSharingAgreement", title = "Referral data", signedOn = Today.AddDays(-10), expiresOn = Today.AddDays(355), dataAccess = "Views referral summaries only" }, HomewardApp.Json, Ct));
        Assert.Equal("Views referral summaries only", Assert.Single(saved.GetProperty("agreements").EnumerateArray()).GetProperty("dataAccess").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/stakeholders/{Guid.NewGuid()}/agreements",
            new { kind = "Other", title = "X", signedOn = Today }, HomewardApp.Json, Ct)).StatusCode);
    }

    [Fact]
    public async Task CapacityActivity_NamesItsInstitutions_AndRecordsItsFollowUp()
    {
        var client = await app.SignedInAs(Officer);
        var name = Unique("Job centre");
        var stakeholder = (await OkJson(await client.PostAsJsonAsync("/api/v1/stakeholders", Stakeholder(name), Ct))).GetProperty("id").GetGuid();
        var title = Unique("Referral training");

        await AssertFieldAsync(await client.PostAsJsonAsync("/api/v1/capacity-activities",
            new { title, kind = "Training", heldOn = Today.AddDays(-5), participants = 12, stakeholderIds = new[] { Guid.NewGuid() } }, HomewardApp.Json, Ct), "stakeholderIds");
        await AssertFieldAsync(await client.PostAsJsonAsync("/api/v1/capacity-activities",
            new { title, kind = "Training", heldOn = Today.AddDays(-5), participants = -2, stakeholderIds = new[] { stakeholder } }, HomewardApp.Json, Ct), "participants");
        Assert.False(await app.WithDb(db => db.CapacityActivities.AnyAsync(a => a.Title == title, Ct)));

        var activity = await OkJson(await client.PostAsJsonAsync("/api/v1/capacity-activities",
            new { title, kind = "Training", heldOn = Today.AddDays(-5), participants = 12, participantDetails = "Counsellors", stakeholderIds = new[] { stakeholder }, followUpDueOn = Today.AddDays(60) }, HomewardApp.Json, Ct));
        Assert.Equal(name, Assert.Single(activity.GetProperty("institutions").EnumerateArray()).GetString());
        var id = activity.GetProperty("id").GetGuid();

        await AssertFieldAsync(await client.PutAsJsonAsync($"/api/v1/capacity-activities/{id}/follow-up", new { doneOn = Today.AddDays(-6), findings = "Too early" }, HomewardApp.Json, Ct), "doneOn");
        var followed = await OkJson(await client.PutAsJsonAsync($"/api/v1/capacity-activities/{id}/follow-up", new { doneOn = Today, findings = "Referrals doubled" }, HomewardApp.Json, Ct));
        Assert.Equal("Referrals doubled", followed.GetProperty("followUpFindings").GetString());
    }

    [Fact]
    public async Task CoordinationMeeting_RecordsDecisionsAndActions_WhoseStatusMovesOn()
    {
        var client = await app.SignedInAs(Officer);
        var mechanism = await OkJson(await client.PostAsJsonAsync("/api/v1/coordination-mechanisms",
            new { name = Unique("Reintegration working group"), lead = "Ministry of Labour", members = "IOM, NGOs", standardProcedures = "From registration to M&E" }, Ct));
        var id = mechanism.GetProperty("id").GetGuid();

        await AssertFieldAsync(await client.PostAsJsonAsync($"/api/v1/coordination-mechanisms/{id}/meetings",
            new { heldOn = Today.AddDays(-3), decisions = "Map services", actions = new[] { new { description = "Draft the map", responsible = "IOM", dueOn = Today.AddDays(-10) } } }, HomewardApp.Json, Ct), "actions[0].dueOn");
        Assert.False(await app.WithDb(db => db.CoordinationMeetings.AnyAsync(m => m.MechanismId == id, Ct)));

        var withMeeting = await OkJson(await client.PostAsJsonAsync($"/api/v1/coordination-mechanisms/{id}/meetings",
            new { heldOn = Today.AddDays(-3), decisions = "Map services", actions = new[] { new { description = "Draft the map", responsible = "IOM", dueOn = Today.AddDays(20) } } }, HomewardApp.Json, Ct));
        Assert.Equal(1, withMeeting.GetProperty("openActions").GetInt32());
        var action = withMeeting.GetProperty("meetings")[0].GetProperty("actions")[0].GetProperty("id").GetGuid();

        var done = await OkJson(await client.PutAsJsonAsync($"/api/v1/coordination-mechanisms/{id}/actions/{action}/status", new { status = "Done" }, Ct));
        Assert.Equal(0, done.GetProperty("openActions").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/coordination-mechanisms/{Guid.NewGuid()}/actions/{action}/status", new { status = "Open" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task PolicyWork_IsRecorded_AndItsStatusMovesOn()
    {
        var client = await app.SignedInAs(Officer);
        var framework = Unique("National migration policy");
        await AssertFieldAsync(await client.PostAsJsonAsync("/api/v1/policy-work", new { framework, level = "National" }, Ct), "kind");
        var created = await OkJson(await client.PostAsJsonAsync("/api/v1/policy-work", new { framework, kind = "Mainstreaming", level = "National", lead = "Ministry" }, Ct));
        Assert.Equal("Planned", created.GetProperty("status").GetString());
        var moved = await OkJson(await client.PutAsJsonAsync($"/api/v1/policy-work/{created.GetProperty("id").GetGuid()}/status", new { status = "Adopted", notes = "Adopted by decree" }, Ct));
        Assert.Equal("Adopted", moved.GetProperty("status").GetString());
        await AssertFieldAsync(await client.PutAsJsonAsync($"/api/v1/policy-work/{created.GetProperty("id").GetGuid()}/status", new { notes = "?" }, Ct), "status");
    }

    [Fact]
    public async Task CaseManager_ReadsTheRegisters_ButCannotChangeThem()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/stakeholders", Stakeholder(Unique("Nope")), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/stakeholders", Ct)).StatusCode);
    }
}

public sealed class StructuralRegisterTests_Sqlite(SqliteApp app) : StructuralRegisterTests<SqliteApp>(app);
public sealed class StructuralRegisterTests_Postgres(PostgresApp app) : StructuralRegisterTests<PostgresApp>(app);
