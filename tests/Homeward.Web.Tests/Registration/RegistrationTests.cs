using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.People;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Registration.RegistrationRequests;

namespace Homeward.Web.Tests.Registration;

/// <summary>Registering a returnee with their household, and adding persons to a household, through the API.</summary>
public abstract class RegistrationTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task Register_WithSpouseAndTwoChildren_CreatesPersonsHouseholdCaseConsentsAndTimeline()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var (family, marker, place) = (UniqueName(), UniqueName(), await CommunityAsync(app));
        var request = Valid("Aminata", family, marker, place);
        request["householdMembers"] = new JsonArray
        {
            Member("Ousmane", family, "Spouse", "1987-01-20"),
            Member("Awa", family, "Child", "2015-06-01"),
            Member("Modou", family, "Child", "2019-11-30"),
        };
        request["consents"]!.AsArray().Add(new JsonObject { ["purpose"] = "ReferralToPartners", ["method"] = "Verbal" });

        var response = await PostAsync(client, "/api/v1/cases", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var caseId = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/cases/{caseId}", response.Headers.Location?.OriginalString);
        Assert.Matches(@"^HW-SN-\d{4}-\d{6}$", body.GetProperty("reference").GetString());
        Assert.Equal(3, body.GetProperty("householdMemberIds").GetArrayLength());

        await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId, Ct);
            var dakar = await db.Offices.SingleAsync(o => o.Name == "Dakar office", Ct);
            var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@demo.homeward", Ct);
            Assert.Equal((dakar.Id, manager.Id, CaseStage.Registered), (c.OfficeId, c.CaseManagerId!.Value, c.Stage));
            Assert.Equal(("Libya", ReturnType.VoluntaryAssisted, place), (c.HostCountry, c.ReturnType, c.ReturnLocationId!.Value));
            Assert.Equal(Today.AddDays(-10), c.ReturnDate);
            Assert.Equal(body.GetProperty("reference").GetString(), c.Reference);

            var persons = await db.Persons.Where(p => p.FamilyName == family).ToListAsync(Ct);
            Assert.Equal(4, persons.Count);
            Assert.All(persons, p => Assert.Equal(c.HouseholdId, p.HouseholdId));
            Assert.All(persons, p => Assert.Equal(NameKey.For(family), p.FamilyNameKey));
            var principal = Assert.Single(persons, p => p.Relationship == HouseholdRelationship.Principal);
            Assert.Equal((c.PrincipalPersonId, "Aminata", Sex.Female, 1990), (principal.Id, principal.GivenName, principal.Sex, principal.BirthYear!.Value));
            Assert.Equal(("+221 77 000 00 00", "Passport", "SN0000001"), (principal.Phone, principal.DocumentType, principal.DocumentNumber));
            Assert.Single(persons, p => p.Relationship == HouseholdRelationship.Spouse && p.GivenName == "Ousmane");
            Assert.Equal(2, persons.Count(p => p.Relationship == HouseholdRelationship.Child));
            Assert.Equal(principal.Id, (await db.Households.SingleAsync(h => h.Id == c.HouseholdId, Ct)).PrincipalPersonId);

            var consents = await db.Consents.Where(x => x.PersonId == principal.Id).OrderBy(x => x.Purpose).ToListAsync(Ct);
            Assert.Equal([ConsentPurpose.CaseManagement, ConsentPurpose.ReferralToPartners], consents.Select(x => x.Purpose));
            Assert.All(consents, x => Assert.Equal(("Fatou Ndiaye", null as DateTime?), (x.ObtainedBy, x.WithdrawnAt)));
            Assert.Equal(("Written", true), (consents[0].Method, consents[0].InterpreterUsed));
            Assert.Equal(("Verbal", false), (consents[1].Method, consents[1].InterpreterUsed));

            var registered = await db.CaseEvents.SingleAsync(e => e.CaseId == caseId, Ct);
            Assert.Equal((CaseEventKind.Registered, "Fatou Ndiaye", manager.Id), (registered.Kind, registered.ActorName, registered.ActorId!.Value));
            Assert.Contains($"Aminata {family}", registered.Summary);
            Assert.Contains("3 household members", registered.Summary);
            return true;
        });
    }

    [Fact]
    public async Task Register_ReferencesAreUniquePerCase()
    {
        var client = await app.SignedInAs("casemanager2@demo.homeward");
        var place = await CommunityAsync(app);
        var references = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await PostAsync(client, "/api/v1/cases", Valid("Saman", UniqueName(), UniqueName(), place));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            references.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("reference").GetString()!);
        }
        Assert.All(references, r => Assert.Matches(@"^HW-IQ-\d{4}-\d{6}$", r));
        Assert.Equal(3, references.Distinct().Count());
    }

    [Theory]
    [InlineData("partner@demo.homeward")]
    [InlineData("me@demo.homeward")]
    public async Task Register_RoleWithoutCaseWork_Returns403_AndSavesNothing(string email)
    {
        var client = await app.SignedInAs(email);
        var (family, marker) = (UniqueName(), UniqueName());
        var response = await PostAsync(client, "/api/v1/cases", Valid("Awa", family, marker, await CommunityAsync(app)));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, family, marker));
    }

    [Fact]
    public async Task Register_ByAUserWithoutOffice_Returns403_AndSavesNothing()
    {
        var client = await app.SignedInAs("admin@demo.homeward");
        var (family, marker) = (UniqueName(), UniqueName());
        var problem = await ProblemAsync(await PostAsync(client, "/api/v1/cases", Valid("Awa", family, marker, await CommunityAsync(app))), HttpStatusCode.Forbidden);
        Assert.Contains("office", problem.GetProperty("detail").GetString());
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, family, marker));
    }

    [Fact]
    public async Task RegisterPage_IsServedToCaseManagers_AndNotToPartners()
    {
        var page = await (await app.SignedInAs("casemanager@demo.homeward")).GetAsync("/register", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("name=\"Input.Principal.GivenName\"", html);
        Assert.Contains("<optgroup label=\"Senegal › Dakar › Pikine\">", html);

        var partner = await (await app.SignedInAs("partner@demo.homeward")).GetAsync("/register", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, partner.StatusCode);
    }

    [Fact]
    public async Task CreatePerson_IntoOwnHousehold_AddsThePersonWithTheirRelationship()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var (family, marker) = (UniqueName(), UniqueName());
        var registered = await (await PostAsync(client, "/api/v1/cases", Valid("Fatou", family, marker, await CommunityAsync(app))))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var household = registered.GetProperty("householdId").GetGuid();

        var response = await PostAsync(client, "/api/v1/persons", new JsonObject
        {
            ["givenName"] = "Binta", ["familyName"] = family, ["dateOfBirth"] = Today.AddDays(-3).ToString("yyyy-MM-dd"),
            ["householdId"] = household, ["relationship"] = "Child", ["sex"] = "female",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var person = await app.WithDb(db => db.Persons.SingleAsync(p => p.Id == id, Ct));
        Assert.Equal((household, HouseholdRelationship.Child, Sex.Female, Today.Year), (person.HouseholdId!.Value, person.Relationship, person.Sex, person.BirthYear!.Value));
        Assert.Equal(NameKey.For("Binta"), person.GivenNameKey);
    }

    [Fact]
    public async Task CreatePerson_WithoutHousehold_IsAPrincipalOnTheirOwn()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var family = UniqueName();
        var response = await PostAsync(client, "/api/v1/persons", new JsonObject { ["givenName"] = "Lamine", ["familyName"] = family });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var person = await app.WithDb(db => db.Persons.SingleAsync(p => p.FamilyName == family, Ct));
        Assert.Equal((null as Guid?, HouseholdRelationship.Principal), (person.HouseholdId, person.Relationship));
    }

    [Fact]
    public async Task CreatePerson_IntoAnotherOfficesHousehold_Returns404_AndSavesNothing()
    {
        var erbil = await TestCases.CreateAsync(app, office: "Erbil office");
        var household = await app.WithDb(db => db.Cases.Where(c => c.Id == erbil.CaseId).Select(c => c.HouseholdId!.Value).SingleAsync(Ct));
        var family = UniqueName();
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, "/api/v1/persons", new JsonObject
        {
            ["givenName"] = "Hana", ["familyName"] = family, ["householdId"] = household, ["relationship"] = "Child",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.Persons.CountAsync(p => p.FamilyName == family, Ct)));
    }

    [Fact]
    public async Task CreatePerson_UnknownRelationship_Returns400NamingIt_AndSavesNothing()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var (family, marker) = (UniqueName(), UniqueName());
        var registered = await (await PostAsync(client, "/api/v1/cases", Valid("Khady", family, marker, await CommunityAsync(app))))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        var response = await PostAsync(client, "/api/v1/persons", new JsonObject
        {
            ["givenName"] = "Issa", ["familyName"] = family, ["householdId"] = registered.GetProperty("householdId").GetGuid(), ["relationship"] = "Cousin",
        });

        Assert.Contains("Spouse", await FieldErrorAsync(response, "relationship"));
        Assert.Equal(1, await app.WithDb(db => db.Persons.CountAsync(p => p.FamilyName == family, Ct)));
    }
}

public sealed class RegistrationTests_Sqlite(SqliteApp app) : RegistrationTests<SqliteApp>(app);
public sealed class RegistrationTests_Postgres(PostgresApp app) : RegistrationTests<PostgresApp>(app);
