using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Audit;

/// <summary>The audit log: changes, reads and sign-ins are written; sensitive values are redacted; tampering is found.</summary>
public abstract class AuditTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChangeToACase_IsAudited_WithFieldOldAndNewValues_AndSensitiveTextRedacted()
    {
        var created = await TestCases.CreateAsync(app, Domain.Cases.CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling",
            new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), attendees = "Returnee", notes = "Spoke about violence experienced in transit" }, Ct);
        var version = await app.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => c.Version).SingleAsync(Ct));
        await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/opt-out", new { optOutReason = "NoLongerWantsHelp", version }, Ct);

        var lines = await app.WithDb(db => db.AuditEntries.Where(e => e.UserName == "Fatou Ndiaye").OrderByDescending(e => e.Sequence).Take(50).ToListAsync(Ct));
        var caseUpdate = lines.First(l => l.EntityType == "Case" && l.EntityId == created.CaseId.ToString() && l.Action == AuditActions.Update);
        var stage = JsonDocument.Parse(caseUpdate.Details!).RootElement.GetProperty("Stage");
        Assert.Equal("Assessment", stage.GetProperty("old").GetString());
        Assert.Equal("Closed", stage.GetProperty("new").GetString());
        var session = lines.First(l => l.EntityType == "CounsellingSession" && l.Action == AuditActions.Create);
        Assert.DoesNotContain("violence", session.Details);
        Assert.Contains("[redacted]", session.Details);
    }

    [Fact]
    public async Task ReadingACase_RecordsWhoSawThePerson_AndTheOfficerCanListIt()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);

        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var access = await dpo.GetFromJsonAsync<JsonElement>($"/api/v1/audit/persons/{created.PersonId}", Ct);
        Assert.Contains(access.EnumerateArray(), l => l.GetProperty("action").GetString() == "Read" && l.GetProperty("userName").GetString() == "Fatou Ndiaye");
    }

    [Fact]
    public async Task ManyReadsAndChangesAtOnce_AreEachRecordedOnce_InAnUnbrokenChain()
    {
        var cases = new List<(Guid CaseId, Guid PersonId)>();
        for (var i = 0; i < 4; i++)
        {
            var created = await TestCases.CreateAsync(app, Domain.Cases.CaseStage.Assessment);
            cases.Add((created.CaseId, created.PersonId));
        }
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var since = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Sequence, Ct));

        // Forty case openings (read lines) among eight counselling sessions (changes), all at once.
        var reads = Enumerable.Range(0, 40).Select(i => client.GetAsync($"/api/v1/cases/{cases[i % 4].CaseId}", Ct));
        var changes = Enumerable.Range(0, 8).Select(i => client.PostAsJsonAsync($"/api/v1/cases/{cases[i % 4].CaseId}/counselling",
            new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), attendees = "Returnee", notes = $"Session {i}" }, Ct));
        var answers = await Task.WhenAll(reads.Concat(changes));
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));

        var lines = await app.WithDb(db => db.AuditEntries.Where(e => e.Sequence > since).ToListAsync(Ct));
        foreach (var (caseId, personId) in cases)
        {
            Assert.Equal(10, lines.Count(l => l.Action == "Read" && l.EntityType == "Person" && l.EntityId == personId.ToString()));
            Assert.Equal(2, lines.Count(l => l.Action == AuditActions.Create && l.EntityType == "CounsellingSession"
                && l.Details!.Contains(caseId.ToString(), StringComparison.Ordinal)));
        }
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var verified = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(verified.GetProperty("intact").GetBoolean(), verified.ToString());
    }

    [Fact]
    public async Task SignInsAndFailedSignIns_AreAudited()
    {
        await app.SignedInAs("me@demo.homeward");
        await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@demo.homeward", password = "guess-guess-guess" }, Ct);
        var actions = await app.WithDb(db => db.AuditEntries.Where(e => e.EntityType == "User").OrderByDescending(e => e.Sequence).Take(200)
            .Select(e => new { e.Action, e.Details }).ToListAsync(Ct));
        Assert.Contains(actions, a => a.Action == AuditActions.SignIn && a.Details!.Contains("me@demo.homeward"));
        Assert.Contains(actions, a => a.Action == AuditActions.SignInFailed && a.Details!.Contains("nobody@demo.homeward"));
    }

    [Fact]
    public async Task Verify_IsForTheDataProtectionOfficerOnly()
    {
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/audit/verify", Ct)).StatusCode);
        var admin = await app.SignedInAs("admin@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/api/v1/audit/verify", Ct)).StatusCode);
    }

    [Fact]
    public async Task Verify_FindsALineEditedBehindTheApplicationsBack()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        await client.GetAsync($"/api/v1/cases/{created.CaseId}", Ct);
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var intact = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(intact.GetProperty("intact").GetBoolean(), intact.ToString());
        Assert.True(intact.GetProperty("entriesChecked").GetInt64() > 0);

        var target = await app.WithDb(db => db.AuditEntries.Where(e => e.EntityType == "Person" && e.EntityId == created.PersonId.ToString())
            .OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.UserName }).FirstAsync(Ct));
        // Someone with database access rewrites who read the record.
        await app.WithDb(db => db.Database.ExecuteSqlAsync($"UPDATE audit_log SET \"UserName\" = {"someone else"} WHERE \"Sequence\" = {target.Sequence}", Ct));
        try
        {
            var broken = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
            Assert.False(broken.GetProperty("intact").GetBoolean());
            Assert.Equal(target.Sequence, broken.GetProperty("firstBrokenSequence").GetInt64());
        }
        finally
        {
            await app.WithDb(db => db.Database.ExecuteSqlAsync($"UPDATE audit_log SET \"UserName\" = {target.UserName} WHERE \"Sequence\" = {target.Sequence}", Ct));
        }
        var restored = await dpo.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", Ct);
        Assert.True(restored.GetProperty("intact").GetBoolean());
    }
}

public sealed class AuditTests_Sqlite(SqliteApp app) : AuditTests<SqliteApp>(app);
public sealed class AuditTests_Postgres(PostgresApp app) : AuditTests<PostgresApp>(app);
