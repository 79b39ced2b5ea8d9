using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Communities;

/// <summary>High-return communities found from case data, and community profiles with their favourable-conditions checklist.</summary>
public abstract class CommunityProfileTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Officer = "community@demo.homeward";

    private static DateOnly Day(int year, int month, int day) => new(year, month, day);

    [Fact]
    public async Task Ranking_CountsConsentingReturnsPerCommunity_ComparesWithThePreviousPeriod_AndProposesThoseOverTheThreshold()
    {
        var year = CommunitySetup.UnusedYear();
        var busy = await CommunitySetup.DemoCommunityAsync(app, 0);
        var quiet = await CommunitySetup.DemoCommunityAsync(app, 1);
        // Period: March and April; the previous period of the same length is January and February.
        await CommunitySetup.ReturnsAsync(app, busy.Id, Enumerable.Range(1, 11).Select(d => Day(year, 3, d)));
        await CommunitySetup.ReturnsAsync(app, busy.Id, [Day(year, 1, 10), Day(year, 2, 10)]);
        await CommunitySetup.ReturnsAsync(app, busy.Id, [Day(year, 4, 2)], consentToStatistics: false);
        await CommunitySetup.ReturnsAsync(app, busy.Id, [Day(year, 5, 2)]);
        await CommunitySetup.ReturnsAsync(app, quiet.Id, [Day(year, 4, 20)]);
        await CommunitySetup.ReturnsAsync(app, quiet.Id, Enumerable.Range(1, 4).Select(d => Day(year, 2, d)));

        var client = await app.SignedInAs(Officer);
        var ranking = await client.GetFromJsonAsync<JsonElement>($"/api/v1/communities/returns?from={year}-03-01&to={year}-04-30", Ct);

        var rows = ranking.GetProperty("communities").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(busy.Id.ToString(), first.GetProperty("locationId").GetString());
        Assert.Equal(11, first.GetProperty("returns").GetInt32());
        Assert.Equal(2, first.GetProperty("previousReturns").GetInt32());
        Assert.Equal("Rising", first.GetProperty("trend").GetString());
        Assert.True(first.GetProperty("proposedForProfiling").GetBoolean());
        Assert.Contains(busy.Name, first.GetProperty("path").GetString());
        var second = rows[1];
        Assert.Equal(1, second.GetProperty("returns").GetInt32());
        Assert.Equal("Falling", second.GetProperty("trend").GetString());
        Assert.False(second.GetProperty("proposedForProfiling").GetBoolean());
        Assert.Equal(10, ranking.GetProperty("threshold").GetInt32());
    }

    [Fact]
    public async Task Ranking_ByRegion_AddsUpTheCommunitiesBelowIt()
    {
        var year = CommunitySetup.UnusedYear();
        var community = await CommunitySetup.DemoCommunityAsync(app, 2);
        await CommunitySetup.ReturnsAsync(app, community.Id, [Day(year, 6, 1), Day(year, 6, 2), Day(year, 6, 3)]);
        var regionId = await app.WithDb(db => db.Locations.Where(l => l.Id == community.ParentId).Select(l => l.ParentId!.Value).SingleAsync(Ct));

        var client = await app.SignedInAs(Officer);
        var ranking = await client.GetFromJsonAsync<JsonElement>($"/api/v1/communities/returns?from={year}-06-01&to={year}-06-30&level=Region", Ct);

        var row = Assert.Single(ranking.GetProperty("communities").EnumerateArray());
        Assert.Equal(regionId.ToString(), row.GetProperty("locationId").GetString());
        Assert.Equal(3, row.GetProperty("returns").GetInt32());
    }

    [Theory]
    [InlineData("from=2020-05-01&to=2020-04-01", "to")]
    [InlineData("from=01/05/2020", "from")]
    [InlineData("to=tomorrow", "to")]
    [InlineData("level=Planet", "level")]
    [InlineData("from=2000-01-01&to=2020-01-01", "from")]
    public async Task Ranking_WithABadPeriodOrLevel_Is400NamingTheField(string query, string field)
    {
        var client = await app.SignedInAs(Officer);
        var response = await client.GetAsync($"/api/v1/communities/returns?{query}", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Profile_GivesPerCapitaReturns_TakesTheCommunityOutOfTheProposals_AndComputesTheChecklist()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var today = CommunitySetup.Today;
        await CommunitySetup.ReturnsAsync(app, place, Enumerable.Range(1, 12).Select(d => today.AddDays(-d)));
        var client = await app.SignedInAs(Officer);

        var created = await client.PostAsJsonAsync("/api/v1/communities", new
        {
            name = "Testville community", locationIds = new[] { place }, population = 4000, needs = "Jobs for young people", tensions = "Competition for market stalls",
            profiledOn = today.AddDays(-1), method = "Focus groups", sessionParticipants = "Chief, women's group, 6 returnees", returneesInSessions = 6,
            nonMigrantsInSessions = 14, localInterest = "Met", activeCivilSociety = "PartlyMet",
        }, HomewardApp.Json, Ct);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var profile = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var conditions = profile.GetProperty("conditions").EnumerateArray().ToDictionary(c => c.GetProperty("condition").GetString()!);
        Assert.Equal("Met", conditions["EnoughRecentReturnees"].GetProperty("judgement").GetString());
        Assert.Equal(12, conditions["EnoughRecentReturnees"].GetProperty("evidence").GetInt32());
        Assert.Equal("Computed", conditions["EnoughRecentReturnees"].GetProperty("source").GetString());
        Assert.Equal("Met", conditions["LocalInterest"].GetProperty("judgement").GetString());
        Assert.Equal("Judged", conditions["LocalInterest"].GetProperty("source").GetString());
        Assert.Equal("Judged", conditions["ServicesPresent"].GetProperty("source").GetString());
        Assert.Equal("NotAssessed", conditions["ServicesPresent"].GetProperty("judgement").GetString());

        var from = today.AddDays(-30).ToString("yyyy-MM-dd");
        var ranking = await client.GetFromJsonAsync<JsonElement>($"/api/v1/communities/returns?from={from}&level=District", Ct);
        var row = ranking.GetProperty("communities").EnumerateArray().Single(r => r.GetProperty("profileId").GetString() == profile.GetProperty("id").GetString());
        Assert.Equal(12, row.GetProperty("returns").GetInt32());
        Assert.Equal(3m, row.GetProperty("perThousand").GetDecimal());
        Assert.False(row.GetProperty("proposedForProfiling").GetBoolean());
    }

    public static TheoryData<string, string> BadProfiles() => new()
    {
        { """{"name":"X","locationIds":["00000000-0000-0000-0000-00000000abcd"]}""", "locationIds" },
        { """{"name":"X","locationIds":[]}""", "locationIds" },
        { """{"name":"","locationIds":["{place}"]}""", "name" },
        { """{"name":"X","locationIds":["{place}"],"population":-5}""", "population" },
        { """{"name":"X","locationIds":["{place}"],"profiledOn":"2999-01-01"}""", "profiledOn" },
        { """{"name":"X","locationIds":["{place}"],"returneesInSessions":-1}""", "returneesInSessions" },
        { """{"name":"X","locationIds":["{place}"],"population":"many"}""", "population" },
        { """{"name":"X","locationIds":["{place}"],"localInterest":"Maybe"}""", "localInterest" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public async Task CreateProfile_WithABadField_Is400NamingIt_AndSavesNothing(string body, string field)
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var response = await client.PostAsync("/api/v1/communities", new StringContent(body.Replace("{place}", place.ToString()), System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.False(await app.WithDb(db => db.CommunityPlaces.AnyAsync(x => x.LocationId == place, Ct)));
    }

    [Fact]
    public async Task CreateProfile_ForAPlaceAlreadyProfiled_Is400_AndTheFirstProfileKeepsIt()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs("manager@demo.homeward");
        var first = await client.PostAsJsonAsync("/api/v1/communities", new { name = "First", locationIds = new[] { place } }, Ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await client.PostAsJsonAsync("/api/v1/communities", new { name = "Second", locationIds = new[] { place } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.True((await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("locationIds", out _));
        Assert.Equal(["First"], await app.WithDb(db => db.CommunityPlaces.Where(x => x.LocationId == place)
            .Join(db.CommunityProfiles, x => x.ProfileId, p => p.Id, (x, p) => p.Name).ToListAsync(Ct)));
    }

    [Fact]
    public async Task EditProfile_WithAStaleVersion_Is409_AndChangesNothing()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs(Officer);
        var created = await (await client.PostAsJsonAsync("/api/v1/communities", new { name = "Versioned", locationIds = new[] { place }, population = 100 }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = created.GetProperty("id").GetGuid();
        var version = created.GetProperty("version").GetInt32();
        var edited = await client.PutAsJsonAsync($"/api/v1/communities/{id}", new { name = "Versioned", locationIds = new[] { place }, population = 200, version }, Ct);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        var stale = await client.PutAsJsonAsync($"/api/v1/communities/{id}", new { name = "Versioned", locationIds = new[] { place }, population = 300, version }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(200, await app.WithDb(db => db.CommunityProfiles.Where(p => p.Id == id).Select(p => p.Population).SingleAsync(Ct)));
    }

    [Fact]
    public async Task CaseManager_ReadsProfiles_ButCannotChangeThem()
    {
        var place = await CommunitySetup.NewPlaceAsync(app);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync("/api/v1/communities", new { name = "Not mine", locationIds = new[] { place } }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/communities", Ct)).StatusCode);
    }
}

public sealed class CommunityProfileTests_Sqlite(SqliteApp app) : CommunityProfileTests<SqliteApp>(app);
public sealed class CommunityProfileTests_Postgres(PostgresApp app) : CommunityProfileTests<PostgresApp>(app);
