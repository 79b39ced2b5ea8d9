using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Counselling notes, assessment findings, disability and follow-up findings need the sensitive data permission, even
/// inside one's scope: without it they come back as null with a flag, and the pages say they are withheld.
/// </summary>
public abstract class SensitiveDataTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Password = "A-long-password-2026";

    [Fact]
    public async Task CaseManagerWithThePermission_ReadsTheSensitiveSections()
    {
        var created = await CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var details = await GetJsonAsync(client, $"/api/v1/cases/{created.CaseId}");
        var session = details.GetProperty("counsellingSessions").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == created.SessionId);
        Assert.Equal(Notes, session.GetProperty("notes").GetString());
        Assert.False(session.GetProperty("notesRestricted").GetBoolean());
        var assessment = details.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == created.AssessmentId);
        Assert.Equal(Findings, assessment.GetProperty("findings").GetString());
        var principal = details.GetProperty("household").EnumerateArray().Single(m => m.GetProperty("isPrincipal").GetBoolean());
        Assert.Equal(Disability, principal.GetProperty("disability").GetString());
        var visit = (await GetJsonAsync(client, $"/api/v1/cases/{created.CaseId}/follow-ups")).GetProperty("visits").EnumerateArray().Single();
        Assert.Equal(VisitFindings, visit.GetProperty("psychosocialFindings").GetString());
        Assert.False(visit.GetProperty("findingsRestricted").GetBoolean());
    }

    [Fact]
    public async Task CaseManagerWithoutThePermission_GetsNullsAndFlags_ApiAndPages()
    {
        var created = await CreateAsync(app, "Erbil office");
        var client = await app.SignedInAs("casemanager2@demo.homeward");

        var details = await GetJsonAsync(client, $"/api/v1/cases/{created.CaseId}");
        var session = details.GetProperty("counsellingSessions").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, session.GetProperty("notes").ValueKind);
        Assert.True(session.GetProperty("notesRestricted").GetBoolean());
        // What is not sensitive stays readable.
        Assert.Equal("Open a shop", session.GetProperty("goalsAndMotivations").GetString());
        var assessment = details.GetProperty("assessments").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("findings").ValueKind);
        Assert.True(assessment.GetProperty("findingsRestricted").GetBoolean());
        var principal = details.GetProperty("household").EnumerateArray().Single(m => m.GetProperty("isPrincipal").GetBoolean());
        Assert.Equal(JsonValueKind.Null, principal.GetProperty("disability").ValueKind);
        Assert.True(principal.GetProperty("disabilityRestricted").GetBoolean());
        var visit = (await GetJsonAsync(client, $"/api/v1/cases/{created.CaseId}/follow-ups")).GetProperty("visits").EnumerateArray().Single();
        Assert.Equal(JsonValueKind.Null, visit.GetProperty("psychosocialFindings").ValueKind);
        Assert.True(visit.GetProperty("findingsRestricted").GetBoolean());
        Assert.Equal("Refer to counselling", visit.GetProperty("nextSteps").GetString());

        var page = await (await client.GetAsync($"/cases/{created.CaseId}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Notes, page);
        Assert.DoesNotContain(Findings, page);
        Assert.Contains("Notes withheld: reading them needs the sensitive data permission.", page);
        Assert.Contains("Findings withheld: reading them needs the sensitive data permission.", page);
        var followUps = await (await client.GetAsync($"/cases/{created.CaseId}/follow-ups", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(VisitFindings, followUps);
        Assert.Contains("Findings withheld", followUps);
    }

    [Fact]
    public async Task DemoAccounts_CaseManagerHasThePermission_TheErbilCaseManagerDoesNot()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var users = (await GetJsonAsync(admin, "/api/v1/users")).EnumerateArray().ToList();
        Assert.True(users.Single(u => u.GetProperty("email").GetString() == "casemanager@demo.homeward").GetProperty("sensitiveData").GetBoolean());
        Assert.False(users.Single(u => u.GetProperty("email").GetString() == "casemanager2@demo.homeward").GetProperty("sensitiveData").GetBoolean());
    }

    [Fact]
    public async Task Administrator_GrantsAndWithdrawsThePermission_SessionsEnd_AndBothAreAudited()
    {
        var created = await CreateAsync(app, "Erbil office");
        var admin = await app.SignedInAs("admin@demo.homeward");
        var (userId, email) = await NewErbilCaseManagerAsync(admin);
        var before = await SignInAsync(email);
        Assert.True((await GetJsonAsync(before, $"/api/v1/cases/{created.CaseId}")).GetProperty("counsellingSessions")[0].GetProperty("notesRestricted").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync($"/api/v1/users/{userId}/sensitive-data", null, Ct)).StatusCode);
        // Granting twice changes nothing.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsync($"/api/v1/users/{userId}/sensitive-data", null, Ct)).StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.UserClaims.CountAsync(c => c.UserId == userId, Ct)));
        // The old token ends: the permission applies from the next sign-in.
        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);
        var granted = await SignInAsync(email);
        var session = (await GetJsonAsync(granted, $"/api/v1/cases/{created.CaseId}")).GetProperty("counsellingSessions")[0];
        Assert.Equal(Notes, session.GetProperty("notes").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/users/{userId}/sensitive-data", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await granted.GetAsync($"/api/v1/cases/{created.CaseId}", Ct)).StatusCode);
        var withdrawn = await SignInAsync(email);
        Assert.True((await GetJsonAsync(withdrawn, $"/api/v1/cases/{created.CaseId}")).GetProperty("counsellingSessions")[0].GetProperty("notesRestricted").GetBoolean());

        var lines = await app.WithDb(db => db.AuditEntries.Where(e => e.Action == AuditActions.PermissionChange && e.EntityType == "UserClaim")
            .OrderByDescending(e => e.Sequence).Take(200).ToListAsync(Ct));
        Assert.Contains(lines, l => l.Details != null && l.Details.Contains(userId.ToString()) && l.Details.Contains("SensitiveData"));
        Assert.Contains(lines, l => l.Details == null && l.UserName == "Aïcha Administrator");
    }

    [Fact]
    public async Task Grant_ForAnUnknownAccount_Is404_AndChangesNothing()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var claims = await app.WithDb(db => db.UserClaims.CountAsync(Ct));
        var response = await admin.PutAsync($"/api/v1/users/{Guid.NewGuid()}/sensitive-data", null, Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(claims, await app.WithDb(db => db.UserClaims.CountAsync(Ct)));
    }

    private async Task<(Guid Id, string Email)> NewErbilCaseManagerAsync(HttpClient admin)
    {
        var email = $"cm-{Guid.NewGuid():N}@demo.homeward";
        var organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(Ct));
        var officeId = await app.WithDb(db => db.Offices.Where(o => o.Name == "Erbil office").Select(o => o.Id).SingleAsync(Ct));
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Shilan Omar", role = "CaseManager", organisationId, officeId, password = Password }, Ct);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(), email);
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, Ct);
        response.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class SensitiveDataTests_Sqlite(SqliteApp app) : SensitiveDataTests<SqliteApp>(app);
public sealed class SensitiveDataTests_Postgres(PostgresApp app) : SensitiveDataTests<PostgresApp>(app);
