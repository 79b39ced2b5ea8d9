using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Monitoring.StatisticsData;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>Data validation: a reproducible random sample of cases for spot checks, and the results of the checks.</summary>
public abstract class ValidationSampleTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task ASupervisorDrawsASample_TheSameSeedDrawsTheSameCases_AndChecksAreRecorded()
    {
        var manager = await app.SignedInAs("manager@demo.homeward");
        var erbil = await app.WithDb(db => db.Offices.Where(o => o.Name == "Erbil office").Select(o => o.Id).SingleAsync(Ct));
        var first = await (await manager.PostAsJsonAsync("/api/v1/validation-samples", new { size = 10, seed = 20261124, officeId = erbil }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var second = await (await manager.PostAsJsonAsync("/api/v1/validation-samples", new { size = 10, seed = 20261124, officeId = erbil }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var cases = first.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()).ToList();
        Assert.Equal(10, cases.Distinct().Count());
        Assert.Equal(20261124, first.GetProperty("seed").GetInt32());
        var officeOfEach = await app.WithDb(db => db.Cases.Where(c => cases.Contains(c.Id)).Select(c => c.OfficeId).Distinct().ToListAsync(Ct));
        Assert.Equal([erbil], officeOfEach);
        // Other tests add cases meanwhile; over the same population the same seed draws the same cases in the same order.
        if (first.GetProperty("populationCount").GetInt32() == second.GetProperty("populationCount").GetInt32())
            Assert.Equal(cases, second.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));

        var id = first.GetProperty("id").GetGuid();
        await AssertBadRequestAsync(await manager.PutAsJsonAsync($"/api/v1/validation-samples/{id}/checks/{cases[0]}", new { result = "Discrepancy" }, Ct), "notes");
        await AssertBadRequestAsync(await manager.PutAsJsonAsync($"/api/v1/validation-samples/{id}/checks/{cases[0]}", new { result = "Pending" }, Ct), "result");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync($"/api/v1/validation-samples/{id}/checks/{Guid.NewGuid()}", new { result = "Confirmed" }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/v1/validation-samples/{id}/checks/{cases[0]}", new { result = "Confirmed" }, Ct)).StatusCode);
        var after = await (await manager.PutAsJsonAsync($"/api/v1/validation-samples/{id}/checks/{cases[1]}", new { result = "Discrepancy", notes = "Household size differs" }, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, after.GetProperty("results").GetProperty("Confirmed").GetInt32());
        Assert.Equal(1, after.GetProperty("results").GetProperty("Discrepancy").GetInt32());
        Assert.Equal(8, after.GetProperty("results").GetProperty("Pending").GetInt32());
        Assert.Equal("Household size differs", after.GetProperty("checks")[1].GetProperty("notes").GetString());
    }

    [Fact]
    public async Task BadSamples_Are400NamingTheField_AndOthersCannotDrawOrSeeSamples()
    {
        var manager = await app.SignedInAs("manager@demo.homeward");
        await AssertBadRequestAsync(await manager.PostAsJsonAsync("/api/v1/validation-samples", new { size = 0 }, Ct), "size");
        await AssertBadRequestAsync(await manager.PostAsJsonAsync("/api/v1/validation-samples", new { }, Ct), "size");
        await AssertBadRequestAsync(await manager.PostAsJsonAsync("/api/v1/validation-samples", new { size = 5, officeId = Guid.NewGuid() }, Ct), "officeId");
        await AssertBadRequestAsync(await manager.PostAsJsonAsync("/api/v1/validation-samples", new { size = "many" }, Ct), "size");
        Assert.False(await app.WithDb(db => db.ValidationSamples.AnyAsync(s => s.Size == 0 || s.Size == 5, Ct)));

        var drawn = await (await manager.PostAsJsonAsync("/api/v1/validation-samples", new { size = 3 }, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = drawn.GetProperty("id").GetGuid();
        var me = await app.SignedInAs("me@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await me.GetAsync($"/api/v1/validation-samples/{id}", Ct)).StatusCode);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync("/api/v1/validation-samples", new { size = 3 }, Ct)).StatusCode);
    }
}

public sealed class ValidationSampleTests_Sqlite(SqliteApp app) : ValidationSampleTests<SqliteApp>(app);
public sealed class ValidationSampleTests_Postgres(PostgresApp app) : ValidationSampleTests<PostgresApp>(app);
