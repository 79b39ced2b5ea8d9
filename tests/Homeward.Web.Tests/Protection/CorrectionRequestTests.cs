using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Domain.DataProtection;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>Right to rectification: a returnee's correction request is recorded, decided once, audited, and shown on the person's record.</summary>
public abstract class CorrectionRequestTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static object Valid => new { requestedBy = "The returnee, in person", requestedOn = Today, whatIsWrong = "Date of birth is wrong", requestedCorrection = "Born 3 March 1991" };

    [Fact]
    public async Task Request_IsRecorded_ThenApplied_Once_AndAudited()
    {
        var created = await TestCases.CreateAsync(app);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var url = $"/api/v1/persons/{created.PersonId}/correction-requests";

        var recorded = await caseManager.PostAsJsonAsync(url, Valid, Ct);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var request = await recorded.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = request.GetProperty("id").GetGuid();
        Assert.Equal(("Open", "Born 3 March 1991"), (request.GetProperty("status").GetString(), request.GetProperty("requestedCorrection").GetString()));

        // The data protection officer decides: applied, saying what was changed.
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var decided = await dpo.PostAsJsonAsync($"{url}/{id}/decision", new { outcome = "Applied", decision = "Date of birth changed to 1991-03-03" }, Ct);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var view = await decided.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(("Applied", "Layla Hassan"), (view.GetProperty("status").GetString(), view.GetProperty("decidedBy").GetString()));

        // Deciding twice is a conflict and changes nothing.
        var again = await caseManager.PostAsJsonAsync($"{url}/{id}/decision", new { outcome = "Refused", decision = "Changed my mind" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("correction-already-decided", (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var list = await GetJsonAsync(caseManager, url);
        var only = Assert.Single(list.GetProperty("requests").EnumerateArray());
        Assert.Equal(("Applied", "Date of birth changed to 1991-03-03"), (only.GetProperty("status").GetString(), only.GetProperty("decision").GetString()));
        await app.WithDb(async db =>
        {
            Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityType == "CorrectionRequest" && e.EntityId == id.ToString(), Ct));
            // The texts are personal data: encrypted at rest, never copied into the audit log.
            Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityId == id.ToString() && e.Details!.Contains("1991"), Ct));
            Assert.True(await db.CaseEvents.AnyAsync(e => e.CaseId == created.CaseId && e.Kind == Domain.Cases.CaseEventKind.CorrectionRequest, Ct));
            return true;
        });
        Assert.StartsWith("hwenc1:", await RawTextAsync(app, "correction_requests", "RequestedCorrection", id));
    }

    [Fact]
    public async Task Refused_WithoutReason_Is400_AndTheRequestStaysOpen()
    {
        var created = await TestCases.CreateAsync(app);
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var url = $"/api/v1/persons/{created.PersonId}/correction-requests";
        var id = (await (await dpo.PostAsJsonAsync(url, Valid, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var refused = await dpo.PostAsJsonAsync($"{url}/{id}/decision", new { outcome = "Refused", decision = " " }, Ct);
        await AssertFieldAsync(refused, "decision");
        var noOutcome = await dpo.PostAsJsonAsync($"{url}/{id}/decision", new { outcome = "Open", decision = "x" }, Ct);
        await AssertFieldAsync(noOutcome, "outcome");
        var status = await app.WithDb(db => db.CorrectionRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => new { r.Status, r.Decision }).SingleAsync(Ct));
        Assert.Equal((CorrectionStatus.Open, null as string), (status.Status, status.Decision));

        var refusedWithReason = await dpo.PostAsJsonAsync($"{url}/{id}/decision", new { outcome = "Refused", decision = "The document shows the recorded date" }, Ct);
        Assert.Equal(HttpStatusCode.OK, refusedWithReason.StatusCode);
    }

    [Fact]
    public async Task MissingDescription_Is400NamingEachField_AndNothingIsSaved()
    {
        var created = await TestCases.CreateAsync(app);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var response = await caseManager.PostAsJsonAsync($"/api/v1/persons/{created.PersonId}/correction-requests",
            new { requestedBy = "", requestedOn = Today.AddDays(30), whatIsWrong = "  ", requestedCorrection = "" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        foreach (var field in new[] { "requestedBy", "requestedOn", "whatIsWrong", "requestedCorrection" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(0, await app.WithDb(db => db.CorrectionRequests.IgnoreQueryFilters().CountAsync(r => r.PersonId == created.PersonId, Ct)));
    }

    [Fact]
    public async Task UnknownOrOutOfScopePerson_Is404_AndNothingIsSaved()
    {
        var erbil = await TestCases.CreateAsync(app, office: "Erbil office");
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.NotFound, (await caseManager.PostAsJsonAsync($"/api/v1/persons/{erbil.PersonId}/correction-requests", Valid, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseManager.PostAsJsonAsync($"/api/v1/persons/{Guid.NewGuid()}/correction-requests", Valid, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseManager.GetAsync($"/api/v1/persons/{erbil.PersonId}/correction-requests", Ct)).StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.CorrectionRequests.IgnoreQueryFilters().CountAsync(r => r.PersonId == erbil.PersonId, Ct)));

        // A request of another office's person is not decided through a person in scope either.
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var id = (await (await dpo.PostAsJsonAsync($"/api/v1/persons/{erbil.PersonId}/correction-requests", Valid, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var dakar = await TestCases.CreateAsync(app);
        var crossed = await caseManager.PostAsJsonAsync($"/api/v1/persons/{dakar.PersonId}/correction-requests/{id}/decision", new { outcome = "Applied", decision = "x" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        Assert.Equal(CorrectionStatus.Open, await app.WithDb(db => db.CorrectionRequests.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Page_RecordsAndDecidesARequest()
    {
        var created = await TestCases.CreateAsync(app);
        var browser = await CookieBrowser.SignInAsync(app, "casemanager@demo.homeward");
        var url = $"/persons/{created.PersonId}/correction-requests";

        var invalid = await CookieBrowser.PostFormAsync(browser, url, "record-correction", ("Record.RequestedBy", "Returnee"), ("Record.RequestedOn", Today.ToString("yyyy-MM-dd")));
        Assert.Contains("Describe what is wrong in the record.", invalid);
        Assert.Contains("id=\"record-whatIsWrong-error\"", invalid);

        var page = await CookieBrowser.PostFormAsync(browser, url, "record-correction", ("Record.RequestedBy", "Returnee"), ("Record.RequestedOn", Today.ToString("yyyy-MM-dd")),
            ("Record.WhatIsWrong", "Village misspelt"), ("Record.RequestedCorrection", "Spell it Ndiaganiao"));
        Assert.Contains("Correction request recorded.", page);
        var id = await app.WithDb(db => db.CorrectionRequests.Where(r => r.PersonId == created.PersonId).Select(r => r.Id).SingleAsync(Ct));

        var decided = await CookieBrowser.PostFormAsync(browser, url, $"decide-{id}", ("Decide.Outcome", "Applied"), ("Decide.Decision", "Village corrected"));
        Assert.Contains("Decision recorded.", decided);
        Assert.Equal(CorrectionStatus.Applied, await app.WithDb(db => db.CorrectionRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct)));
        var casePage = await (await browser.GetAsync($"/cases/{created.CaseId}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains($"href=\"{url}\"", casePage);
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
    }
}

public sealed class CorrectionRequestTests_Sqlite(SqliteApp app) : CorrectionRequestTests<SqliteApp>(app);
public sealed class CorrectionRequestTests_Postgres(PostgresApp app) : CorrectionRequestTests<PostgresApp>(app);
