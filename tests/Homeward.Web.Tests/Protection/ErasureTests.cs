using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>Erasure on request by the data protection officer, with the retention rules, unless a legal hold applies.</summary>
public abstract class ErasureTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static object Confirmed => new { confirm = true, requestedOn = Today };

    [Fact]
    public async Task Erasure_RemovesTheNameFromTheDatabase_KeepingTheCaseForCounts()
    {
        var erased = await ClosedCaseAsync(monthsAgo: 2);
        var family = await FamilyNameAsync(erased.PersonId);
        // Other tests add cases meanwhile: the count that must not change is that of this returnee's household.
        var household = await app.WithDb(db => db.Cases.Where(c => c.Id == erased.CaseId).Select(c => c.HouseholdId).SingleAsync(Ct));
        var cases = await app.WithDb(db => db.Cases.IgnoreQueryFilters().CountAsync(c => c.HouseholdId == household && c.Stage == CaseStage.Closed, Ct));
        Assert.Equal(1, cases);
        var lastLine = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Sequence, Ct));

        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var response = await dpo.PostAsJsonAsync($"/api/v1/persons/{erased.PersonId}/erasure", Confirmed, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("casesAnonymised").GetInt32());

        await app.WithDb(async db =>
        {
            Assert.False(await db.Persons.AnyAsync(p => p.FamilyName == family, Ct));
            Assert.False(await db.CaseEvents.AnyAsync(e => e.Summary.Contains(family), Ct));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Sequence > lastLine && e.Details != null && e.Details.Contains(family), Ct));
            var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == erased.PersonId, Ct);
            Assert.Equal((null as string, null as string, new DateOnly(1990, 1, 1)), (person.DocumentNumber, person.Disability, person.DateOfBirth));
            // The case stays for counts, stage and amounts; its sensitive texts are gone.
            Assert.Equal(cases, await db.Cases.IgnoreQueryFilters().CountAsync(c => c.HouseholdId == household && c.Stage == CaseStage.Closed, Ct));
            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == erased.CaseId, Ct);
            Assert.Equal(CaseStage.Closed, c.Stage);
            Assert.NotNull(c.AnonymisedAt);
            Assert.Null(await db.CounsellingSessions.Where(s => s.Id == erased.SessionId).Select(s => s.Notes).SingleAsync(Ct));
            Assert.Equal(25m, await db.AssistanceDeliveries.Where(d => d.Id == erased.DeliveryId).Select(d => d.Amount).SingleAsync(Ct));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Erase && e.EntityId == erased.PersonId.ToString(), Ct));
            Assert.Equal("erasure on request", await db.AuditEntries.Where(e => e.Action == AuditActions.Anonymise && e.EntityId == erased.CaseId.ToString()).Select(e => e.Details).SingleAsync(Ct));
            return true;
        });
        Assert.True((await GetJsonAsync(dpo, "/api/v1/audit/verify")).GetProperty("intact").GetBoolean());

        // Irrevocable, and not done twice.
        var again = await dpo.PostAsJsonAsync($"/api/v1/persons/{erased.PersonId}/erasure", Confirmed, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task LegalHold_RefusesErasureWith409NamingIt_AndChangesNothing_UntilLifted()
    {
        var held = await ClosedCaseAsync(monthsAgo: 61);
        var family = await FamilyNameAsync(held.PersonId);
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var placed = await dpo.PostAsJsonAsync($"/api/v1/persons/{held.PersonId}/legal-holds", new { reason = "Court order 2026/114, keep everything", caseId = held.CaseId }, Ct);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var holdId = (await placed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        var refused = await dpo.PostAsJsonAsync($"/api/v1/persons/{held.PersonId}/erasure", Confirmed, Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("legal-hold", problem.GetProperty("code").GetString());
        Assert.Contains("Court order 2026/114", problem.GetProperty("detail").GetString());
        Assert.Equal(family, await FamilyNameAsync(held.PersonId));
        Assert.Null(await app.WithDb(db => db.Cases.Where(c => c.Id == held.CaseId).Select(c => c.AnonymisedAt).SingleAsync(Ct)));
        Assert.False(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Erase && e.EntityId == held.PersonId.ToString(), Ct)));
        // The retention job leaves a held case alone too.
        Assert.DoesNotContain((await GetJsonAsync(dpo, "/api/v1/retention/due")).EnumerateArray(), d => d.GetProperty("caseId").GetGuid() == held.CaseId);
        Assert.Contains((await GetJsonAsync(dpo, "/api/v1/legal-holds")).EnumerateArray(), h => h.GetProperty("id").GetGuid() == holdId && h.GetProperty("active").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await dpo.PostAsync($"/api/v1/legal-holds/{holdId}/lift", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await dpo.PostAsync($"/api/v1/legal-holds/{holdId}/lift", null, Ct)).StatusCode);
        Assert.Contains((await GetJsonAsync(dpo, "/api/v1/retention/due")).EnumerateArray(), d => d.GetProperty("caseId").GetGuid() == held.CaseId);
        Assert.Equal(HttpStatusCode.OK, (await dpo.PostAsJsonAsync($"/api/v1/persons/{held.PersonId}/erasure", Confirmed, Ct)).StatusCode);
        Assert.NotEqual(family, await FamilyNameAsync(held.PersonId));
    }

    [Fact]
    public async Task BadRequests_AreRefused_AndChangeNothing()
    {
        var closed = await ClosedCaseAsync(monthsAgo: 2);
        var open = await TestCases.CreateAsync(app, CaseStage.Monitoring);
        var family = await FamilyNameAsync(closed.PersonId);
        var dpo = await app.SignedInAs("dpo@demo.homeward");

        var unconfirmed = await dpo.PostAsJsonAsync($"/api/v1/persons/{closed.PersonId}/erasure", new { requestedOn = Today }, Ct);
        await AssertFieldAsync(unconfirmed, "confirm");
        var noReason = await dpo.PostAsJsonAsync($"/api/v1/persons/{closed.PersonId}/legal-holds", new { reason = "short" }, Ct);
        await AssertFieldAsync(noReason, "reason");
        var otherCase = await dpo.PostAsJsonAsync($"/api/v1/persons/{closed.PersonId}/legal-holds", new { reason = "Investigation by the ombudsman", caseId = open.CaseId }, Ct);
        await AssertFieldAsync(otherCase, "caseId");
        Assert.Equal(0, await app.WithDb(db => db.LegalHolds.IgnoreQueryFilters().CountAsync(h => h.PersonId == closed.PersonId, Ct)));

        var stillOpen = await dpo.PostAsJsonAsync($"/api/v1/persons/{open.PersonId}/erasure", Confirmed, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stillOpen.StatusCode);
        Assert.Equal("case-open", (await stillOpen.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await dpo.PostAsJsonAsync($"/api/v1/persons/{Guid.NewGuid()}/erasure", Confirmed, Ct)).StatusCode);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync($"/api/v1/persons/{closed.PersonId}/erasure", Confirmed, Ct)).StatusCode);

        Assert.Equal(family, await FamilyNameAsync(closed.PersonId));
        Assert.NotEqual("Anonymised", await FamilyNameAsync(open.PersonId));
    }

    [Fact]
    public async Task Page_AsksForConfirmation_ThenErases()
    {
        var closed = await ClosedCaseAsync(monthsAgo: 2);
        var family = await FamilyNameAsync(closed.PersonId);
        var browser = await CookieBrowser.SignInAsync(app, "dpo@demo.homeward");
        var url = $"/persons/{closed.PersonId}/erasure";

        var held = await CookieBrowser.PostFormAsync(browser, url, "place-hold", ("Place.Reason", "Audit by the donor, keep the file"));
        Assert.Contains("Legal hold placed.", held);
        var holdId = await app.WithDb(db => db.LegalHolds.Where(h => h.PersonId == closed.PersonId).Select(h => h.Id).SingleAsync(Ct));
        var refused = await CookieBrowser.PostFormAsync(browser, url, "erase", ("Erase.RequestedOn", Today.ToString("yyyy-MM-dd")), ("Erase.Confirmed", "true"));
        Assert.Contains("A legal hold placed by", refused);
        Assert.Equal(family, await FamilyNameAsync(closed.PersonId));
        Assert.Contains("Legal hold lifted.", await CookieBrowser.PostFormAsync(browser, url, "lift-hold", ("Lift.HoldId", holdId.ToString())));

        var asked = await CookieBrowser.PostFormAsync(browser, url, "erase", ("Erase.RequestedOn", Today.ToString("yyyy-MM-dd")));
        Assert.Contains("id=\"erase-confirm\"", asked);
        Assert.Equal(family, await FamilyNameAsync(closed.PersonId));

        var done = await CookieBrowser.PostFormAsync(browser, url, "erase", ("Erase.RequestedOn", Today.ToString("yyyy-MM-dd")), ("Erase.Confirmed", "true"));
        Assert.Contains("The data were erased", done);
        Assert.Equal("Anonymised", await FamilyNameAsync(closed.PersonId));
    }

    private Task<string> FamilyNameAsync(Guid personId) => app.WithDb(db => db.Persons.Where(p => p.Id == personId).Select(p => p.FamilyName).SingleAsync(Ct));

    /// <summary>A case with sensitive content, closed this many months ago, with a timeline entry naming the returnee.</summary>
    private async Task<SensitiveCase> ClosedCaseAsync(int monthsAgo)
    {
        var created = await CreateAsync(app);
        var family = Caseload.CaseSetup.UniqueName("Erasure");
        await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId, Ct);
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId, Ct);
            person.FamilyName = family;
            person.RefreshSearchKeys();
            (c.Stage, c.ClosureReason, c.ClosedAt) = (CaseStage.Closed, ClosureReason.ReturneeChoseToStop, DateTime.UtcNow.AddMonths(-monthsAgo));
            db.CaseEvents.Add(new CaseEvent { CaseId = c.Id, Kind = CaseEventKind.Registered, Summary = $"Registered {person.FullName} on return from Libya." });
            return await db.SaveChangesAsync(Ct);
        });
        return created;
    }

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
    }
}

[Collection(RetentionRuns.Name)]
public sealed class ErasureTests_Sqlite(SqliteApp app) : ErasureTests<SqliteApp>(app);
[Collection(RetentionRuns.Name)]
public sealed class ErasureTests_Postgres(PostgresApp app) : ErasureTests<PostgresApp>(app);
