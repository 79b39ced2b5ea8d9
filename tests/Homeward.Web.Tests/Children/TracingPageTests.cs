using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Caseload;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.ChildPages;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>
/// Family tracing through its page: open a request, record actions, pick a candidate from Homeward's records, verify, assess, reunify;
/// each refusal names its field on the page and saves nothing. Tracing content is child-protection data: without the permission only the status shows.
/// </summary>
public abstract class TracingPageTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string CaseManager = "casemanager@demo.homeward";

    /// <summary>A separated child of a fresh family case, and a woman registered in another case of the office whom tracing should find.</summary>
    private async Task<(Family Family, Guid Mother, string Surname)> SeparatedChildAsync()
    {
        var family = await CreateAsync(app);
        var mother = await TestCases.CreateAsync(app);
        var surname = CaseSetup.UniqueName("Tracedmother");
        await app.WithDb(async db =>
        {
            var p = await db.Persons.SingleAsync(x => x.Id == mother.PersonId, Ct);
            p.GivenName = "Khadija";
            p.FamilyName = surname;
            p.RefreshSearchKeys();
            return await db.SaveChangesAsync(Ct);
        });
        var api = await app.SignedInAs(CaseManager);
        (await api.PostAsJsonAsync(Child(family.CaseId, family.Amina, "/separation"),
            new { status = "Unaccompanied", guardianName = "Mariama Diallo", guardianRelationship = "Appointed guardian" }, Ct)).EnsureSuccessStatusCode();
        return (family, mother.PersonId, surname);
    }

    private Task<int> CountAsync(Guid caseId) => app.WithDb(db => db.FamilyTracings.CountAsync(t => t.CaseId == caseId, Ct));

    [Fact]
    public async Task TracingPage_OpensARequest_RecordsAnAction_PicksTheCandidate_Verifies_AndReunifies_RefusingEachBadInputByName()
    {
        var (family, mother, surname) = await SeparatedChildAsync();
        var browser = await BrowserAsync(app, CaseManager);
        var page = $"/cases/{family.CaseId}/children/{family.Amina}/tracing";

        var (status, html) = await PostFormAsync(browser, page, "tracing-open", ("soughtFamilyName", surname), ("soughtRelationship", "Mother"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("id=\"tracing-open-soughtGivenName-error\" class=\"invalid-feedback d-block\"", html);
        (status, html) = await PostFormAsync(browser, page, "tracing-open", ("soughtGivenName", "Khadija"), ("soughtFamilyName", surname), ("soughtRelationship", "Mother"), ("soughtBirthYear", "about 1990"));
        Assert.Contains("id=\"tracing-open-soughtBirthYear-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Equal(0, await CountAsync(family.CaseId));

        (status, _) = await PostFormAsync(browser, page, "tracing-open", ("soughtGivenName", "Khadija"), ("soughtFamilyName", surname), ("soughtRelationship", "Mother"),
            ("soughtBirthYear", "1990"), ("knownPlaces", "Pikine, Dakar"), ("lastContact", "Phone call in 2024"));
        Assert.Equal(HttpStatusCode.Redirect, status);
        var tracingId = await app.WithDb(db => db.FamilyTracings.Where(t => t.CaseId == family.CaseId).Select(t => t.Id).SingleAsync(Ct));
        var key = $"tr{tracingId:N}";

        html = await GetAsync(browser, page);
        Assert.Contains("Pikine, Dakar", html);
        Assert.Contains($"data-pick=\"{mother}\"", html);

        (_, html) = await PostFormAsync(browser, page, $"{key}-action-form", ("takenOn", Today.ToString("yyyy-MM-dd")), ("outcome", "Nothing yet"));
        Assert.Contains($"id=\"{key}-action-error\" class=\"invalid-feedback d-block\"", html);
        (_, html) = await PostFormAsync(browser, page, $"{key}-action-form", ("takenOn", Today.AddDays(2).ToString("yyyy-MM-dd")), ("actionTaken", "Home visit"));
        Assert.Contains($"id=\"{key}-takenOn-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Equal(0, await app.WithDb(db => db.FamilyTracings.Where(t => t.Id == tracingId).SelectMany(t => t.Actions).CountAsync(Ct)));
        (status, _) = await PostFormAsync(browser, page, $"{key}-action-form", ("takenOn", Today.ToString("yyyy-MM-dd")), ("actionTaken", "Home visit in Pikine"), ("outcome", "Neighbours know the mother"));
        Assert.Equal(HttpStatusCode.Redirect, status);

        (status, _) = await PostFormAsync(browser, page, $"{key}-match-{mother:N}", ("personId", mother.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, status);

        (_, html) = await PostFormAsync(browser, page, $"{key}-verification-form", ("verificationNote", "Photographs"));
        Assert.Contains($"id=\"{key}-relationshipVerified-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Null(await app.WithDb(db => db.FamilyTracings.Where(t => t.Id == tracingId).Select(t => t.RelationshipVerified).SingleAsync(Ct)));
        (status, _) = await PostFormAsync(browser, page, $"{key}-verification-form", ("relationshipVerified", "true"), ("verificationNote", "Birth certificate"),
            ("reunificationAppropriate", "true"), ("assessmentNote", "Safe home; the child wishes it"));
        Assert.Equal(HttpStatusCode.Redirect, status);

        (_, html) = await PostFormAsync(browser, page, $"{key}-reunification-form", ("reunifiedOn", Today.ToString("yyyy-MM-dd")), ("presentAtReunification", "Mother"));
        Assert.Contains($"id=\"{key}-place-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Null(await app.WithDb(db => db.FamilyTracings.Where(t => t.Id == tracingId).Select(t => t.ReunifiedOn).SingleAsync(Ct)));
        (status, _) = await PostFormAsync(browser, page, $"{key}-reunification-form", ("reunifiedOn", Today.ToString("yyyy-MM-dd")), ("place", "Pikine"),
            ("presentAtReunification", "Mother, aunt, case manager"), ("travelSupervision", "Escorted from Dakar"), ("receptionOnArrival", "Received by the mother"));
        Assert.Equal(HttpStatusCode.Redirect, status);

        var saved = await app.WithDb(db => db.FamilyTracings.Include(t => t.Actions).SingleAsync(t => t.Id == tracingId, Ct));
        Assert.Equal(mother, saved.MatchedPersonId);
        Assert.True(saved.MatchScore >= 0.7);
        Assert.Equal("Home visit in Pikine", Assert.Single(saved.Actions).Action);
        Assert.True(saved.RelationshipVerified);
        Assert.Equal("Pikine", saved.ReunificationPlace);
        Assert.Equal("Escorted from Dakar", saved.TravelSupervision);
        Assert.Equal("Received by the mother", saved.ReceptionOnArrival);
        Assert.Contains($"id=\"{key}-reunified\"", await GetAsync(browser, page));
    }

    [Fact]
    public async Task PickingSomeoneWhoIsNotACandidate_Is400OnPersonId_AndNothingIsPicked()
    {
        var (family, _, surname) = await SeparatedChildAsync();
        var api = await app.SignedInAs(CaseManager);
        var opened = await PostAsync(api, Child(family.CaseId, family.Amina, "/tracing"), new { soughtGivenName = "Khadija", soughtFamilyName = surname, soughtBirthYear = 1990, soughtRelationship = "Mother" });
        var tracingId = opened.Body.GetProperty("id").GetGuid();

        var (stranger, strangerBody) = await PostAsync(api, Child(family.CaseId, family.Amina, $"/tracing/{tracingId}/match"), new { personId = family.PrincipalId });
        var (none, noneBody) = await PostAsync(api, Child(family.CaseId, family.Amina, $"/tracing/{tracingId}/match"), new { });

        Assert.Equal(HttpStatusCode.BadRequest, stranger.StatusCode);
        Assert.True(strangerBody.GetProperty("errors").TryGetProperty("personId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.True(noneBody.GetProperty("errors").TryGetProperty("personId", out _));
        Assert.Null(await app.WithDb(db => db.FamilyTracings.Where(t => t.Id == tracingId).Select(t => t.MatchedPersonId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task WithoutTheChildProtectionPermission_TheRequestAndItsStatusShow_ButNotWhoIsSoughtOrWhere_AndNothingCanBeRecorded()
    {
        var (family, _, surname) = await SeparatedChildAsync();
        var api = await app.SignedInAs(CaseManager);
        var tracingId = (await PostAsync(api, Child(family.CaseId, family.Amina, "/tracing"),
            new { soughtGivenName = "Khadija", soughtFamilyName = surname, soughtRelationship = "Mother", knownPlaces = "Pikine, Dakar" })).Body.GetProperty("id").GetGuid();
        // The programme manager supervises the Dakar office but does not hold the sensitive data permission.
        var manager = await app.SignedInAs("manager@demo.homeward");

        var overview = await manager.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Amina, "/tracing"), Ct);
        Assert.True(overview.GetProperty("contentWithheld").GetBoolean());
        var request = Assert.Single(overview.GetProperty("requests").EnumerateArray());
        Assert.Equal("Open", request.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, request.GetProperty("soughtFamilyName").ValueKind);
        Assert.Equal(JsonValueKind.Null, request.GetProperty("knownPlaces").ValueKind);
        Assert.DoesNotContain(surname, overview.ToString());

        var (open, _) = await PostAsync(manager, Child(family.CaseId, family.Amina, "/tracing"), new { soughtGivenName = "Omar", soughtFamilyName = "Sow", soughtRelationship = "Father" });
        var (action, _) = await PostAsync(manager, Child(family.CaseId, family.Amina, $"/tracing/{tracingId}/actions"), new { takenOn = Today, action = "Radio message" });
        var matches = await manager.GetAsync(Child(family.CaseId, family.Amina, $"/tracing/{tracingId}/matches"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, action.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, matches.StatusCode);
        Assert.Equal(1, await CountAsync(family.CaseId));
        Assert.Equal(0, await app.WithDb(db => db.FamilyTracings.Where(t => t.Id == tracingId).SelectMany(t => t.Actions).CountAsync(Ct)));

        var withheld = await GetAsync(await BrowserAsync(app, "manager@demo.homeward"), $"/cases/{family.CaseId}/children/{family.Amina}/tracing");
        Assert.Contains("id=\"tracing-permission\"", withheld);
        Assert.Contains("data-status=\"Open\"", withheld);
        Assert.DoesNotContain(surname, withheld);
        Assert.DoesNotContain("Pikine", withheld);
        Assert.DoesNotContain("id=\"open-tracing\"", withheld);
        var childPage = await GetAsync(await BrowserAsync(app, "manager@demo.homeward"), $"/cases/{family.CaseId}/children/{family.Amina}");
        Assert.DoesNotContain(surname, childPage);

        var shown = await GetAsync(await BrowserAsync(app, CaseManager), $"/cases/{family.CaseId}/children/{family.Amina}/tracing");
        Assert.Contains(surname, shown);
        Assert.Contains("Pikine, Dakar", shown);
    }
}

public sealed class TracingPageTests_Sqlite(SqliteApp app) : TracingPageTests<SqliteApp>(app);

public sealed class TracingPageTests_Postgres(PostgresApp app) : TracingPageTests<PostgresApp>(app);
