using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Registration.RegistrationRequests;

namespace Homeward.Web.Tests.Registration;

/// <summary>Each refused registration names the field at fault, and leaves no person, case, consent or timeline entry behind.</summary>
public abstract class RegistrationBadInputTests<TApp>(TApp app) where TApp : HomewardApp
{
    private readonly string _family = UniqueName(), _marker = UniqueName();

    private async Task<JsonObject> ValidAsync() => Valid("Mariama", _family, _marker, await CommunityAsync(app));

    private async Task<string> AssertRefusedAsync(JsonNode request, string field)
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var message = await FieldErrorAsync(await PostAsync(client, "/api/v1/cases", request), field);
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, _family, _marker));
        return message;
    }

    [Fact]
    public async Task MissingGivenAndFamilyName_Returns400NamingBoth()
    {
        var request = await ValidAsync();
        request["principal"]!["givenName"] = "  ";
        request["principal"]!.AsObject().Remove("familyName");
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await PostAsync(client, "/api/v1/cases", request);

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Enter the given name.", errors.GetProperty("principal.givenName")[0].GetString());
        Assert.Equal("Enter the family name.", errors.GetProperty("principal.familyName")[0].GetString());
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, _family, _marker));
    }

    [Fact]
    public async Task MissingFamilyName_Returns400()
    {
        var request = await ValidAsync();
        request["principal"]!["familyName"] = "";
        request["principal"]!["givenName"] = _family;
        Assert.Equal("Enter the family name.", await AssertRefusedAsync(request, "principal.familyName"));
    }

    [Fact]
    public async Task DateOfBirthInTheFuture_Returns400()
    {
        var request = await ValidAsync();
        request["principal"]!["dateOfBirth"] = Today.AddDays(30).ToString("yyyy-MM-dd");
        Assert.Contains("future", await AssertRefusedAsync(request, "principal.dateOfBirth"));
    }

    [Fact]
    public async Task HouseholdMemberBornInTheFuture_Returns400NamingTheMember()
    {
        var request = await ValidAsync();
        request["householdMembers"] = new JsonArray { Member("Awa", _family, "Child", Today.AddYears(1).ToString("yyyy-MM-dd")) };
        await AssertRefusedAsync(request, "householdMembers[0].dateOfBirth");
    }

    [Fact]
    public async Task ReturnDateInTheFuture_Returns400()
    {
        var request = await ValidAsync();
        request["returnDate"] = Today.AddDays(10).ToString("yyyy-MM-dd");
        Assert.Contains("future", await AssertRefusedAsync(request, "returnDate"));
    }

    [Fact]
    public async Task ReturnDateBeforeDateOfBirth_Returns400()
    {
        var request = await ValidAsync();
        request["principal"]!["dateOfBirth"] = "2001-05-05";
        request["returnDate"] = "1999-12-31";
        Assert.Contains("date of birth", await AssertRefusedAsync(request, "returnDate"));
    }

    [Fact]
    public async Task UnknownReturnLocation_Returns400()
    {
        var request = await ValidAsync();
        request["returnLocationId"] = Guid.NewGuid();
        Assert.Equal("No place with this id exists.", await AssertRefusedAsync(request, "returnLocationId"));
    }

    [Fact]
    public async Task MissingReturnLocation_Returns400()
    {
        var request = await ValidAsync();
        request.Remove("returnLocationId");
        await AssertRefusedAsync(request, "returnLocationId");
    }

    [Theory]
    [InlineData("Cousin")]
    [InlineData("Principal")]
    [InlineData("3")]
    [InlineData(null)]
    public async Task UnknownHouseholdMemberRelationship_Returns400NamingTheMember(string? relationship)
    {
        var request = await ValidAsync();
        request["householdMembers"] = new JsonArray
        {
            Member("Ousmane", _family, "Spouse", "1985-02-02"),
            Member("Awa", _family, relationship!, "2016-03-03"),
        };
        var message = await AssertRefusedAsync(request, "householdMembers[1].relationship");
        Assert.Contains(relationship is null ? "related to the returnee" : "Spouse, Child", message);
    }

    [Fact]
    public async Task UnknownReturnType_Returns400()
    {
        var request = await ValidAsync();
        request["returnType"] = "Deported";
        Assert.Contains("VoluntaryAssisted", await AssertRefusedAsync(request, "returnType"));
    }

    [Fact]
    public async Task WithoutConsentToCaseManagement_Returns400NamingConsents()
    {
        var request = await ValidAsync();
        request["consents"] = new JsonArray { new JsonObject { ["purpose"] = "AnonymisedStatistics", ["method"] = "Written" } };
        Assert.Contains("consent to case management", await AssertRefusedAsync(request, "consents"));
    }

    [Fact]
    public async Task ConsentWithoutMethod_Returns400NamingIt()
    {
        var request = await ValidAsync();
        request["consents"]![0]!["method"] = " ";
        await AssertRefusedAsync(request, "consents[0].method");
    }

    [Fact]
    public async Task LinkAndOverrideTogether_Returns400()
    {
        var request = await ValidAsync();
        request["linkToPersonId"] = Guid.NewGuid();
        request["duplicateOverrideReason"] = "Different father's name.";
        await AssertRefusedAsync(request, "duplicateOverrideReason");
    }

    [Fact]
    public async Task LinkToUnknownPerson_Returns400()
    {
        var request = await ValidAsync();
        request["linkToPersonId"] = Guid.NewGuid();
        await AssertRefusedAsync(request, "linkToPersonId");
    }

    [Fact]
    public async Task MalformedJson_Returns400SayingWhatIsWrong()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var json = (await ValidAsync()).ToJsonString();
        var response = await client.PostAsync("/api/v1/cases", new StringContent(json[..^20], System.Text.Encoding.UTF8, "application/json"), Ct);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, _family, _marker));
    }

    [Fact]
    public async Task MalformedDate_Returns400NamingThePath()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var request = await ValidAsync();
        request["returnDate"] = "2024-13-45";
        var response = await PostAsync(client, "/api/v1/cases", request);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("returnDate", problem.GetProperty("detail").GetString());
        Assert.Equal(new Footprint(0, 0, 0, 0), await FootprintAsync(app, _family, _marker));
    }

    [Fact]
    public async Task Refusal_IsLocalised_WhenTheClientAsksForFrench()
    {
        var request = await ValidAsync();
        request["principal"]!["givenName"] = "";
        var client = await app.SignedInAs("casemanager@demo.homeward");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var errors = (await ProblemAsync(await PostAsync(client, "/api/v1/cases", request), HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Saisissez le prénom.", errors.GetProperty("principal.givenName")[0].GetString());
    }
}

public sealed class RegistrationBadInputTests_Sqlite(SqliteApp app) : RegistrationBadInputTests<SqliteApp>(app);
public sealed class RegistrationBadInputTests_Postgres(PostgresApp app) : RegistrationBadInputTests<PostgresApp>(app);
