using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Registration.RegistrationRequests;

namespace Homeward.Web.Tests.Registration;

/// <summary>Likely duplicates: found across spellings and name orders, never unrelated, minimal outside the caller's scope.</summary>
public abstract class DuplicateTests<TApp>(TApp app) where TApp : HomewardApp
{
    /// <summary>A birth year no demo person has, so this test's "Mohamed Diallo" ranks first for it.</summary>
    private readonly int _year = Random.Shared.Next(1901, 1951);

    private Task<Guid> AddPersonAsync(string given, string family, int year) => app.WithDb(async db =>
    {
        var person = new Person { GivenName = given, FamilyName = family, DateOfBirth = new DateOnly(year, 3, 14), Phone = "+221 70 111 22 33", DocumentType = "Passport", DocumentNumber = "SN7654321" };
        person.RefreshSearchKeys();
        db.Persons.Add(person);
        await db.SaveChangesAsync(Ct);
        return person.Id;
    });

    private async Task<JsonElement[]> SearchAsync(string user, string given, string family, int? year)
    {
        var client = await app.SignedInAs(user);
        var url = $"/api/v1/persons/duplicates?givenName={Uri.EscapeDataString(given)}&familyName={Uri.EscapeDataString(family)}" + (year is null ? "" : $"&birthYear={year}");
        var body = await client.GetFromJsonAsync<JsonElement>(url, Ct);
        return body.GetProperty("candidates").EnumerateArray().ToArray();
    }

    [Theory]
    [InlineData("Muhammad", "Dialo")]
    [InlineData("Mohamed", "Diallo")]
    [InlineData("Diallo", "Mohamed")]
    [InlineData("Dialo", "Muhammad")]
    [InlineData("mouhamed", "DIALLO")]
    public async Task Search_FindsSpellingVariantsAndSwappedOrder_BestFirst(string given, string family)
    {
        var id = await AddPersonAsync("Mohamed", "Diallo", _year);

        var candidates = await SearchAsync("casemanager@demo.homeward", given, family, _year);

        Assert.Contains(candidates, c => c.GetProperty("personId").GetGuid() == id);
        Assert.InRange(candidates.Length, 1, 10);
        var scores = candidates.Select(c => c.GetProperty("score").GetDouble()).ToArray();
        Assert.All(scores, s => Assert.True(s >= 0.70, $"score {s} is under the offer threshold"));
        Assert.Equal(scores.OrderDescending(), scores);
        // Only people whose names sound like "Mohamed Diallo", in either order, are offered.
        Assert.All(candidates, c =>
        {
            var keys = new[] { NameKey.For(c.GetProperty("givenName").GetString()), NameKey.For(c.GetProperty("familyName").GetString()) }.Order();
            Assert.Equal(new[] { NameKey.For("Mohamed"), NameKey.For("Diallo") }.Order(), keys);
        });
    }

    [Fact]
    public async Task Search_DoesNotReturnUnrelatedNames()
    {
        var id = await AddPersonAsync("Mohamed", "Diallo", _year);

        Assert.DoesNotContain(await SearchAsync("casemanager@demo.homeward", "Karwan", "Barzani", _year), c => c.GetProperty("personId").GetGuid() == id);
        Assert.DoesNotContain(await SearchAsync("casemanager@demo.homeward", "Mohamed", "Sow", _year), c => c.GetProperty("personId").GetGuid() == id);
        Assert.Empty(await SearchAsync("casemanager@demo.homeward", UniqueName(), UniqueName(), _year));
    }

    [Fact]
    public async Task Search_FarBirthYear_IsNotOffered_ForADifferentSpelling()
    {
        var family = UniqueName();
        var id = await AddPersonAsync("Mohamed", family, 1940);
        Assert.Contains(await SearchAsync("casemanager@demo.homeward", "Muhammad", family, 1941), c => c.GetProperty("personId").GetGuid() == id);
        Assert.DoesNotContain(await SearchAsync("casemanager@demo.homeward", "Muhammad", family, 1990), c => c.GetProperty("personId").GetGuid() == id);
    }

    [Fact]
    public async Task Search_OutsideTheCallersScope_ShowsOnlyNameBirthYearCaseAndOffice()
    {
        var erbil = await TestCases.CreateAsync(app, office: "Erbil office");
        var family = UniqueName();
        await app.WithDb(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == erbil.PersonId, Ct);
            (person.GivenName, person.FamilyName, person.Phone, person.DocumentType, person.DocumentNumber) = ("Yousif", family, "+964 750 123 4567", "Passport", "IQ1234567");
            person.RefreshSearchKeys();
            return await db.SaveChangesAsync(Ct);
        });
        var reference = await app.WithDb(db => db.Cases.Where(c => c.Id == erbil.CaseId).Select(c => c.Reference).SingleAsync(Ct));

        var dakarView = Assert.Single(await SearchAsync("casemanager@demo.homeward", "Yusuf", family, 1990));
        var erbilView = Assert.Single(await SearchAsync("casemanager2@demo.homeward", "Yusuf", family, 1990));

        Assert.Equal((reference, "Erbil office", 1990, false), (dakarView.GetProperty("caseReference").GetString(), dakarView.GetProperty("officeName").GetString(),
            dakarView.GetProperty("birthYear").GetInt32(), dakarView.GetProperty("inYourScope").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, dakarView.GetProperty("details").ValueKind);
        Assert.DoesNotContain("IQ1234567", dakarView.GetRawText());
        Assert.DoesNotContain("4567", dakarView.GetRawText());

        Assert.True(erbilView.GetProperty("inYourScope").GetBoolean());
        Assert.Equal("IQ1234567", erbilView.GetProperty("details").GetProperty("documentNumber").GetString());
        Assert.Equal(erbil.CaseId, erbilView.GetProperty("details").GetProperty("caseId").GetGuid());
        Assert.DoesNotContain("+964", erbilView.GetRawText());
    }

    [Fact]
    public async Task Search_WithoutNames_Returns400NamingThem()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.GetAsync("/api/v1/persons/duplicates?givenName=&birthYear=1990", Ct);
        await FieldErrorAsync(response, "familyName");
        await FieldErrorAsync(await client.GetAsync("/api/v1/persons/duplicates?familyName=Diallo", Ct), "givenName");
    }

    [Fact]
    public async Task Register_WithLikelyDuplicate_AndNoDecision_Returns409WithCandidates_AndSavesNothing()
    {
        var id = await AddPersonAsync("Mohamed", "Diallo", _year);
        var marker = UniqueName();
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, "/api/v1/cases", Valid("Muhammad", "Dialo", marker, await CommunityAsync(app), $"{_year}-07-01"));

        var problem = await ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("likely-duplicates", problem.GetProperty("code").GetString());
        var candidate = Assert.Single(problem.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("personId").GetGuid() == id);
        Assert.Equal(("Mohamed", "Diallo"), (candidate.GetProperty("givenName").GetString(), candidate.GetProperty("familyName").GetString()));
        Assert.True(candidate.GetProperty("score").GetDouble() >= 0.70);
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, "no such family", marker));
    }

    [Fact]
    public async Task Register_WithOverrideReason_RegistersANewPerson_AndKeepsTheReasonOnTheTimeline()
    {
        var id = await AddPersonAsync("Mohamed", "Diallo", _year);
        var marker = UniqueName();
        var request = Valid("Muhammad", "Dialo", marker, await CommunityAsync(app), $"{_year}-07-01");
        request["duplicateOverrideReason"] = "Different mother's name and home village; confirmed with the returnee.";
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, "/api/v1/cases", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.NotEqual(id, body.GetProperty("principalPersonId").GetGuid());
        var registered = await app.WithDb(db => db.CaseEvents.SingleAsync(e => e.CaseId == body.GetProperty("id").GetGuid() && e.Kind == CaseEventKind.Registered, Ct));
        Assert.Contains("Different mother's name and home village; confirmed with the returnee.", registered.Summary);
        Assert.Contains("different person", registered.Summary);
    }

    [Fact]
    public async Task Register_LinkedToTheExistingPerson_RegistersTheCaseForThem()
    {
        var id = await AddPersonAsync("Mohamed", "Diallo", _year);
        var marker = UniqueName();
        var request = Valid("Muhammad", "Dialo", marker, await CommunityAsync(app), $"{_year}-07-01");
        request["linkToPersonId"] = id;
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, "/api/v1/cases", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(id, body.GetProperty("principalPersonId").GetGuid());
        await app.WithDb(async db =>
        {
            var person = await db.Persons.SingleAsync(p => p.Id == id, Ct);
            Assert.Equal(("Mohamed", "Diallo", HouseholdRelationship.Principal), (person.GivenName, person.FamilyName, person.Relationship));
            Assert.Equal(body.GetProperty("householdId").GetGuid(), person.HouseholdId);
            Assert.Equal(id, (await db.Households.SingleAsync(h => h.Id == person.HouseholdId, Ct)).PrincipalPersonId);
            Assert.Equal(0, await db.Persons.CountAsync(p => p.OtherNames == marker, Ct));
            Assert.Equal(1, await db.Consents.CountAsync(c => c.PersonId == id, Ct));
            return true;
        });
        // The case now makes the person reachable: their consents can be read.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/persons/{id}/consents", Ct)).StatusCode);
    }

    [Fact]
    public async Task Register_LinkedToAPersonWithAnOpenCase_Returns409_AndSavesNothing()
    {
        var open = await TestCases.CreateAsync(app, office: "Erbil office");
        var marker = UniqueName();
        var request = Valid("Test", "Returnee", marker, await CommunityAsync(app));
        request["linkToPersonId"] = open.PersonId;
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var problem = await ProblemAsync(await PostAsync(client, "/api/v1/cases", request), HttpStatusCode.Conflict);

        Assert.Equal(("linked-person-has-open-case", "linkToPersonId"), (problem.GetProperty("code").GetString(), problem.GetProperty("field").GetString()));
        Assert.Equal(0, await app.WithDb(db => db.Cases.CountAsync(c => c.MigrationHistory == marker, Ct)));
        Assert.Equal(1, await app.WithDb(db => db.Cases.CountAsync(c => c.PrincipalPersonId == open.PersonId, Ct)));
    }
}

public sealed class DuplicateTests_Sqlite(SqliteApp app) : DuplicateTests<SqliteApp>(app);
public sealed class DuplicateTests_Postgres(PostgresApp app) : DuplicateTests<PostgresApp>(app);
