using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Feasibility;

/// <summary>Labour market assessments per place, read for a place and every place above it.</summary>
public abstract class LabourMarketTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Assessment_OfARegion_IsListedForItsCommunities_AndOneWithoutSourceOrSkillsIsRefused()
    {
        var supervisor = await app.SignedInAs("manager@demo.homeward");
        var kolda = await app.WithDb(db => db.Locations.Where(l => l.Name == "Kolda" && l.Level == Domain.Locations.LocationLevel.Region).Select(l => l.Id).SingleAsync(Ct));
        var village = await app.WithDb(db => db.Locations.Where(l => l.Name == "Saré Yoba").Select(l => l.Id).SingleAsync(Ct));
        var source = $"Survey {Guid.NewGuid():N}";

        var refused = await supervisor.PostAsJsonAsync("/api/v1/labour-market", new { locationId = kolda, assessedOn = "2026-01-10", sectors = "Farming" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("source", out _));
        Assert.True(errors.TryGetProperty("skillsInDemand", out _));

        var added = await supervisor.PostAsJsonAsync("/api/v1/labour-market", new
        {
            locationId = kolda, assessedOn = "2026-01-10", source, sectors = "Farming, trade", skillsInDemand = "Mechanics", growth = "Stable", wages = "Low", accessBarriers = "Distance",
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var listed = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/labour-market?location={village}", Ct);
        Assert.Contains(listed.EnumerateArray(), m => m.GetProperty("source").GetString() == source && m.GetProperty("locationName").GetString() == "Kolda");
        Assert.Equal(1, await app.WithDb(db => db.LabourMarketAssessments.CountAsync(m => m.Source == source, Ct)));
    }
}

public sealed class LabourMarketTests_Sqlite(SqliteApp app) : LabourMarketTests<SqliteApp>(app);
public sealed class LabourMarketTests_Postgres(PostgresApp app) : LabourMarketTests<PostgresApp>(app);
