using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>An M&amp;E officer builds the programme's own results framework: results level by level, indicators with targets.</summary>
public abstract class FrameworkDefinitionTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string Code(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..14];

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
    }

    private static object Indicator(Guid resultId, string code, object? overrides = null) => new
    {
        resultId, code, name = "Returnees registered in the pilot", definition = "Returnees whose case was opened in the period.", unit = "people",
        dataSource = "Homeward cases", collectionMethod = "Computed", frequency = "Quarter", responsible = "M&E officer",
        disaggregations = new[] { "Sex", "AgeGroup" }, computedKind = "ReturneesRegistered", higherIsBetter = true,
        targets = new[] { new { period = "2026-Q1", target = 40m }, new { period = "2026-Q2", target = 60m } },
    };

    [Fact]
    public async Task Officer_BuildsObjectiveOutcomeAndAComputedIndicator_WhichTheFrameworkThenShows()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var objective = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Objective", code = Code("O"), statement = "Returnees reintegrate sustainably." }, Ct));
        var outcome = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Outcome", parentId = objective, code = Code("1-"), statement = "Returnees have an agreed plan." }, Ct));
        var code = Code("I");
        var indicator = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", Indicator(outcome, code), Ct));

        var listed = (await me.GetFromJsonAsync<JsonElement>("/api/v1/indicators", Ct)).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == indicator);
        Assert.Equal(code, listed.GetProperty("code").GetString());
        Assert.Equal(outcome, listed.GetProperty("resultId").GetGuid());
        Assert.Equal(["2026-Q1", "2026-Q2"], listed.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("period").GetString()));
        var values = await me.GetAsync($"/api/v1/indicators/{indicator}/values?period=2026&every=quarter", Ct);
        Assert.Equal(HttpStatusCode.OK, values.StatusCode);
    }

    [Fact]
    public async Task AResultOutOfPlace_IsRefusedNamingParentId_AndNothingIsSaved()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var code = Code("X");
        var orphan = await ErrorsAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Output", code, statement = "Trainings held." }, Ct));
        Assert.True(orphan.TryGetProperty("parentId", out _));
        var objective = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Objective", code = Code("O"), statement = "Reintegration." }, Ct));
        // An output sits under an outcome, not directly under the objective.
        var skipped = await ErrorsAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Output", parentId = objective, code, statement = "Trainings held." }, Ct));
        Assert.True(skipped.TryGetProperty("parentId", out _));
        var bad = await ErrorsAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Goal", code = "", statement = "" }, Ct));
        Assert.True(bad.TryGetProperty("level", out _) && bad.TryGetProperty("code", out _) && bad.TryGetProperty("statement", out _));
        Assert.False(await app.WithDb(db => db.ResultStatements.AnyAsync(r => r.Code == code, Ct)));
    }

    [Fact]
    public async Task BadIndicators_AreRefusedNamingEachField_ADuplicateCodeIs409_AndNothingIsSaved()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var objective = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Objective", code = Code("O"), statement = "Reintegration." }, Ct));
        var code = Code("I");
        var errors = await ErrorsAsync(await me.PostAsJsonAsync("/api/v1/indicators", new
        {
            resultId = Guid.NewGuid(), code, name = "", definition = "d", unit = "people", dataSource = "s", collectionMethod = "m", responsible = "r",
            frequency = "Fortnight", computedKind = "HappinessIndex", disaggregations = new[] { "Shoe size" },
            targets = new object[] { new { period = "2026-Q5", target = 1m }, new { period = "2026", target = (decimal?)null } },
        }, Ct));
        foreach (var field in new[] { "resultId", "name", "frequency", "computedKind", "disaggregations", "targets[0].period", "targets[1].target" })
            Assert.True(errors.TryGetProperty(field, out _), $"{field} is not named");
        var parameters = await ErrorsAsync(await me.PostAsJsonAsync("/api/v1/indicators", new
        {
            resultId = objective, code, name = "n", definition = "d", unit = "people", dataSource = "s", collectionMethod = "m", responsible = "r",
            computedKind = "ReturneesRegistered", parameters = new Dictionary<string, string> { ["colour"] = "blue" },
        }, Ct));
        Assert.True(parameters.TryGetProperty("parameters", out _));
        Assert.False(await app.WithDb(db => db.FrameworkIndicators.AnyAsync(i => i.Code == code, Ct)));

        await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", Indicator(objective, code), Ct));
        var again = await me.PostAsJsonAsync("/api/v1/indicators", Indicator(objective, code), Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.FrameworkIndicators.CountAsync(i => i.Code == code, Ct)));
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync("/api/v1/indicators", Indicator(objective, Code("I")), Ct)).StatusCode);
    }
}

public sealed class FrameworkDefinitionTests_Sqlite(SqliteApp app) : FrameworkDefinitionTests<SqliteApp>(app);
public sealed class FrameworkDefinitionTests_Postgres(PostgresApp app) : FrameworkDefinitionTests<PostgresApp>(app);
