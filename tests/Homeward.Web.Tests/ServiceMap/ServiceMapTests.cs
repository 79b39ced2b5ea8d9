using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.ServiceMap;

/// <summary>The service map: organisations and services, filters by type and place, CSV import and export, and every refusal.</summary>
public abstract class ServiceMapTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Supervisor = "manager@demo.homeward";

    private async Task<(HttpClient Client, Guid OrganisationId, string Name)> OrganisationAsync()
    {
        var client = await app.SignedInAs(Supervisor);
        var name = $"Test provider {Guid.NewGuid():N}";
        var response = await client.PostAsJsonAsync("/api/v1/organisations", new { name, kind = "Ngo", contact = "+221 77 000 00 00" }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (client, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid(), name);
    }

    private Task<Guid> LocationAsync(string name) => app.WithDb(db => db.Locations.Where(l => l.Name == name).Select(l => l.Id).FirstAsync(Ct));

    private static List<string> Names(JsonElement services) => services.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();

    [Fact]
    public async Task Services_FilteredByPlace_IncludeThoseServingAnyPlaceAbove_AndByType()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var thiaroye = await LocationAsync("Thiaroye");
        var here = Names(await client.GetFromJsonAsync<JsonElement>($"/api/v1/services?location={thiaroye}", Ct));
        Assert.Contains("Tailoring and sewing course", here);   // serves the region of Dakar
        Assert.Contains("Job placement desk", here);            // serves all of Senegal
        Assert.DoesNotContain("Civil documentation and legal aid", here); // Erbil
        Assert.DoesNotContain("Primary health care", here);     // Guinea

        var training = Names(await client.GetFromJsonAsync<JsonElement>($"/api/v1/services?location={thiaroye}&type=VocationalTraining", Ct));
        Assert.Contains("Tailoring and sewing course", training);
        Assert.DoesNotContain("Job placement desk", training);

        var free = Names(await client.GetFromJsonAsync<JsonElement>($"/api/v1/services?location={thiaroye}&freeCapacity=true", Ct));
        Assert.DoesNotContain("Psychosocial counselling", free); // 20 of 20 places used
    }

    [Fact]
    public async Task Services_UnknownType_Is400NamingTheFilter()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.GetAsync("/api/v1/services?type=Astrology", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("type", out _));
    }

    [Fact]
    public async Task AddService_WithEveryField_IsListedWithItsPlaces()
    {
        var (client, organisationId, _) = await OrganisationAsync();
        var response = await client.PostAsJsonAsync("/api/v1/services", new
        {
            organisationId, name = "Driving licence course", type = "VocationalTraining", locations = new[] { "SN" }, minAge = 18, maxAge = 40,
            languages = "French", cost = "Free", capacityPerMonth = 8, currentLoad = 1, contact = "desk", hours = "Mon 9-12", responseDays = 4,
            agreement = "MemorandumOfUnderstanding", agreementStart = "2026-01-01", agreementEnd = "2026-12-31",
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var service = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Economic", service.GetProperty("dimension").GetString());
        Assert.Equal("SN", service.GetProperty("locations")[0].GetProperty("code").GetString());
        var listed = await client.GetFromJsonAsync<JsonElement>($"/api/v1/services?organisationId={organisationId}", Ct);
        Assert.Equal(["Driving licence course"], Names(listed));
    }

    [Fact]
    public async Task AddService_WithoutTypeOrLocation_Is400NamingEachField_AndNothingIsSaved()
    {
        var (client, organisationId, _) = await OrganisationAsync();
        var response = await client.PostAsJsonAsync("/api/v1/services", new { organisationId, name = "Nameless", locations = Array.Empty<string>() }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("type", out _));
        Assert.True(errors.TryGetProperty("locations", out _));
        Assert.Equal(0, await app.WithDb(db => db.Services.CountAsync(s => s.OrganisationId == organisationId, Ct)));

        var unknownPlace = await client.PostAsJsonAsync("/api/v1/services", new { organisationId, name = "Nowhere", type = "Health", locations = new[] { "XX-NOPE" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknownPlace.StatusCode);
        Assert.True((await unknownPlace.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("locations", out _));
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    [Fact]
    public async Task Import_ValidFile_AddsEachRow_AndExportGivesThemBack()
    {
        var (client, organisationId, name) = await OrganisationAsync();
        var csv = $"organisation,name,type,locations,capacityPerMonth,currentLoad,responseDays,languages\n" +
                  $"{name},Bakery training,VocationalTraining,SN-DAKA,6,0,5,Wolof\n" +
                  $"\"{name}\",Trauma counselling,MentalHealthAndPsychosocialSupport,SN;GN,,,3,French\n";
        var response = await client.PostAsync("/api/v1/services/import", Csv(csv), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("added").GetInt32());

        var exported = await (await client.GetAsync($"/api/v1/services/export?organisationId={organisationId}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("organisation,name,type,dimension,locations", exported.TrimStart('\uFEFF'));
        Assert.Contains("Trauma counselling,MentalHealthAndPsychosocialSupport,Psychosocial,GN;SN", exported);

        // The export imports again: the same services are updated, none added.
        var again = await client.PostAsync("/api/v1/services/import", Csv(exported.TrimStart('\uFEFF')), Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = await again.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(0, result.GetProperty("added").GetInt32());
        Assert.Equal(2, result.GetProperty("updated").GetInt32());
    }

    [Theory]
    [InlineData("Bakery training,,SN-DAKA", "row 3: type")]
    [InlineData("Bakery training,VocationalTraining,", "row 3: locations")]
    public async Task Import_RowWithoutTypeOrLocation_IsRefused_NamingTheRow_AndNothingIsSaved(string badRow, string field)
    {
        var (client, organisationId, name) = await OrganisationAsync();
        var csv = $"organisation,name,type,locations\n{name},Good service,Health,SN\n{name},{badRow}\n";
        var response = await client.PostAsync("/api/v1/services/import", Csv(csv), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Equal(0, await app.WithDb(db => db.Services.CountAsync(s => s.OrganisationId == organisationId, Ct)));
    }

    [Fact]
    public async Task Import_AsCaseManager_Is403_AndNothingIsSaved()
    {
        var (_, organisationId, name) = await OrganisationAsync();
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsync("/api/v1/services/import", Csv($"organisation,name,type,locations\n{name},X,Health,SN\n"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.Services.CountAsync(s => s.OrganisationId == organisationId, Ct)));
    }

    [Fact]
    public async Task ServicesPage_ShowsTheFilteredMap()
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var html = await client.GetStringAsync("/services?type=LegalAid", Ct);
        Assert.Contains("Civil documentation and legal aid", html);
        Assert.DoesNotContain("Tailoring and sewing course", html);
    }
}

public sealed class ServiceMapTests_Sqlite(SqliteApp app) : ServiceMapTests<SqliteApp>(app);
public sealed class ServiceMapTests_Postgres(PostgresApp app) : ServiceMapTests<PostgresApp>(app);
