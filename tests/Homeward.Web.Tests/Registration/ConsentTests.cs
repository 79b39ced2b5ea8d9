using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Registration.RegistrationRequests;

namespace Homeward.Web.Tests.Registration;

/// <summary>Consent per purpose: given, withdrawn at once, refused clearly, and only within the caller's scope.</summary>
public abstract class ConsentTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static string Url(Guid person) => $"/api/v1/persons/{person}/consents";

    private Task<List<ConsentRecord>> RecordsAsync(Guid person) =>
        app.WithDb(db => db.Consents.AsNoTracking().Where(c => c.PersonId == person).OrderBy(c => c.Id).ToListAsync(Ct));

    [Fact]
    public async Task GiveThenWithdraw_TakesEffectAtOnce_AndIsOnTheTimeline()
    {
        var created = await TestCases.CreateAsync(app, consentToReferral: false);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var given = await PostAsync(client, Url(created.PersonId), new JsonObject
        {
            ["purpose"] = "ReferralToPartners", ["method"] = "Verbal", ["interpreterUsed"] = true, ["givenOn"] = Today.ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var referral = (await RecordsAsync(created.PersonId)).Single(c => c.Purpose == ConsentPurpose.ReferralToPartners);
        Assert.Equal(("Verbal", true, "Fatou Ndiaye", null as DateTime?), (referral.Method, referral.InterpreterUsed, referral.ObtainedBy, referral.WithdrawnAt));

        var before = DateTime.UtcNow.AddSeconds(-1);
        var withdrawn = await client.PostAsync($"{Url(created.PersonId)}/ReferralToPartners/withdraw", null, Ct);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var list = (await withdrawn.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("consents").EnumerateArray().ToList();
        Assert.False(list.Single(c => c.GetProperty("purpose").GetString() == "ReferralToPartners").GetProperty("active").GetBoolean());
        Assert.True(list.Single(c => c.GetProperty("purpose").GetString() == "CaseManagement").GetProperty("active").GetBoolean());
        var after = (await RecordsAsync(created.PersonId)).Single(c => c.Purpose == ConsentPurpose.ReferralToPartners);
        Assert.InRange(after.WithdrawnAt!.Value, before, DateTime.UtcNow.AddSeconds(1));
        var events = await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == created.CaseId && e.Kind == CaseEventKind.ConsentChanged).Select(e => e.Summary).ToListAsync(Ct));
        Assert.Equal(2, events.Count);
        Assert.Contains(events, s => s.Contains("withdrawn"));
    }

    [Fact]
    public async Task Give_WhenAlreadyActive_Returns409_AndAddsNothing()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, Url(created.PersonId), new JsonObject { ["purpose"] = "CaseManagement", ["method"] = "Written" });

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("consent-already-given", problem.GetProperty("code").GetString());
        Assert.Equal(2, (await RecordsAsync(created.PersonId)).Count);
    }

    [Fact]
    public async Task Give_WithoutMethodOrWithUnknownPurpose_Returns400NamingTheFields()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, Url(created.PersonId), new JsonObject { ["purpose"] = "Marketing", ["givenOn"] = Today.AddDays(5).ToString("yyyy-MM-dd") });

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("purpose", out _));
        Assert.True(errors.TryGetProperty("method", out _));
        Assert.True(errors.TryGetProperty("givenOn", out _));
        Assert.Equal(2, (await RecordsAsync(created.PersonId)).Count);
    }

    [Fact]
    public async Task Withdraw_PurposeNeverGiven_Returns409WithAClearMessage_AndChangesNothing()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await client.PostAsync($"{Url(created.PersonId)}/SharingWithOtherCountryOffice/withdraw", null, Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(("consent-never-given", "purpose"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Contains("never gave consent", problem.GetProperty("detail").GetString());
        Assert.All(await RecordsAsync(created.PersonId), c => Assert.Null(c.WithdrawnAt));
        Assert.Equal(0, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == created.CaseId, Ct)));
    }

    [Fact]
    public async Task Withdraw_Twice_Returns409AlreadyWithdrawn()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Url(created.PersonId)}/referralToPartners/withdraw", null, Ct)).StatusCode);

        var problem = await ProblemAsync(await client.PostAsync($"{Url(created.PersonId)}/ReferralToPartners/withdraw", null, Ct), HttpStatusCode.Conflict);
        Assert.Equal("consent-already-withdrawn", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Withdraw_UnknownPurpose_Returns400NamingIt()
    {
        var created = await TestCases.CreateAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        await FieldErrorAsync(await client.PostAsync($"{Url(created.PersonId)}/Marketing/withdraw", null, Ct), "purpose");
        Assert.All(await RecordsAsync(created.PersonId), c => Assert.Null(c.WithdrawnAt));
    }

    [Fact]
    public async Task OutOfScope_ErbilCaseManager_CannotReadOrChangeTheConsentsOfADakarPerson()
    {
        var dakar = await TestCases.CreateAsync(app, office: "Dakar office");
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");

        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync(Url(dakar.PersonId), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(erbil, Url(dakar.PersonId), new JsonObject { ["purpose"] = "AnonymisedStatistics", ["method"] = "Written" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.PostAsync($"{Url(dakar.PersonId)}/CaseManagement/withdraw", null, Ct)).StatusCode);
        Assert.Equal(2, (await RecordsAsync(dakar.PersonId)).Count);
        Assert.All(await RecordsAsync(dakar.PersonId), c => Assert.Null(c.WithdrawnAt));

        var dakarManager = await app.SignedInAs("casemanager@demo.homeward");
        var own = await dakarManager.GetFromJsonAsync<JsonElement>(Url(dakar.PersonId), Ct);
        Assert.Equal(2, own.GetProperty("consents").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await dakarManager.GetAsync(Url(Guid.NewGuid()), Ct)).StatusCode);
    }

    [Fact]
    public async Task ConsentPage_OutsideTheCallersScope_IsNotFound()
    {
        var dakar = await TestCases.CreateAsync(app, office: "Dakar office");
        var page = $"/persons/{dakar.PersonId}/consents";

        var own = await (await app.SignedInAs("casemanager@demo.homeward")).GetAsync(page, Ct);
        var other = await (await app.SignedInAs("casemanager2@demo.homeward")).GetAsync(page, Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Case management", await own.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Returnee", await other.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task HouseholdMember_IsReachableThroughTheirHouseholdsCase()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var (family, marker) = (UniqueName(), UniqueName());
        var request = Valid("Coumba", family, marker, await CommunityAsync(app));
        request["householdMembers"] = new JsonArray { Member("Saliou", family, "Sibling", "1995-09-09") };
        var registered = await (await PostAsync(client, "/api/v1/cases", request)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var member = registered.GetProperty("householdMemberIds")[0].GetGuid();

        var given = await PostAsync(client, Url(member), new JsonObject { ["purpose"] = "CaseManagement", ["method"] = "Thumbprint" });

        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInAs("casemanager2@demo.homeward")).GetAsync(Url(member), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAs("manager@demo.homeward")).GetAsync(Url(member), Ct)).StatusCode);
    }
}

public sealed class ConsentTests_Sqlite(SqliteApp app) : ConsentTests<SqliteApp>(app);
public sealed class ConsentTests_Postgres(PostgresApp app) : ConsentTests<PostgresApp>(app);
