using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Results;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Monitoring.StatisticsData;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>The demo results framework through the API and the framework page; values, filters, suppression and manual values.</summary>
public abstract class ResultsFrameworkTests<TApp>(TApp app) where TApp : HomewardApp
{
    private async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private async Task<Guid> IndicatorIdAsync(string code) =>
        await app.WithDb(db => db.FrameworkIndicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync(Ct));

    [Fact]
    public async Task Indicators_ListTheDemoFramework_WithDefinitionBaselineAndTargets()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var list = (await GetJsonAsync(me, "/api/v1/indicators")).EnumerateArray().ToList();
        var registered = list.Single(i => i.GetProperty("code").GetString() == "2.1.a");
        Assert.Equal("ReturneesRegistered", registered.GetProperty("computed").GetString());
        Assert.Equal("Output", registered.GetProperty("resultLevel").GetString());
        Assert.Equal(8, registered.GetProperty("targets").GetArrayLength());
        var manual = list.Single(i => i.GetProperty("code").GetString() == "2.3.a");
        Assert.Equal(JsonValueKind.Null, manual.GetProperty("computed").ValueKind);
        var days = list.Single(i => i.GetProperty("code").GetString() == "2.1.c");
        Assert.Equal(45, days.GetProperty("baseline").GetDecimal());
        Assert.False(days.GetProperty("higherIsBetter").GetBoolean());

        var library = (await GetJsonAsync(me, "/api/v1/indicators/library")).EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(Enum.GetNames<IndicatorKind>(), library);
    }

    [Fact]
    public async Task Values_OfAComputedIndicator_ByFilterAndDisaggregation_MatchTheRawRows_AndCarryTargetAndStatus()
    {
        var place = await CreateAsync(app);
        var id = await IndicatorIdAsync("2.1.a");
        var manager = await app.SignedInAs("manager@demo.homeward");
        var json = await GetJsonAsync(manager, $"/api/v1/indicators/{id}/values?location={place.CountryId}&by=sex,ageGroup&every=year");
        Assert.Equal("Year", json.GetProperty("every").GetString());
        Assert.Equal(["sex", "ageGroup"], json.GetProperty("by").EnumerateArray().Select(b => b.GetString()));

        var expected = await app.WithDb(async db =>
        {
            var cases = await db.Cases.IgnoreQueryFilters().Where(c => place.CaseIds.Contains(c.Id)).Select(c => new { c.PrincipalPersonId, c.OpenedAt }).ToListAsync(Ct);
            var consenting = await db.Consents.Where(x => x.Purpose == Homeward.Domain.Consent.ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null)
                .Select(x => x.PersonId).ToListAsync(Ct);
            var persons = await db.Persons.ToDictionaryAsync(p => p.Id, p => p.Sex, Ct);
            return cases.Where(c => consenting.Contains(c.PrincipalPersonId)).GroupBy(c => (c.OpenedAt.Year, persons[c.PrincipalPersonId].ToString()))
                .ToDictionary(g => g.Key, g => g.Count());
        });
        var values = json.GetProperty("values").EnumerateArray().ToList();
        foreach (var ((year, sex), count) in expected)
        {
            var cell = values.Single(v => v.GetProperty("period").GetString() == year.ToString()
                && v.GetProperty("groups").GetProperty("sex").GetString() == sex
                && v.GetProperty("groups").GetProperty("ageGroup").ValueKind == JsonValueKind.Null);
            if (count < 5) Assert.True(cell.GetProperty("suppressed").GetBoolean());
            else if (!cell.GetProperty("suppressed").GetBoolean()) Assert.Equal(count, cell.GetProperty("value").GetInt32());
        }
        var total = values.Single(v => v.GetProperty("period").ValueKind == JsonValueKind.Null && v.GetProperty("groups").EnumerateObject().All(g => g.Value.ValueKind == JsonValueKind.Null));
        Assert.Equal(expected.Values.Sum(), total.GetProperty("value").GetInt32());

        // A period with a target carries it and the status, as a word.
        var quarterly = await GetJsonAsync(manager, $"/api/v1/indicators/{id}/values");
        var withTarget = quarterly.GetProperty("values").EnumerateArray().Where(v => v.GetProperty("target").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(withTarget);
        Assert.All(withTarget, v => Assert.Contains(v.GetProperty("status").GetString(), new[] { "Achieved", "OnTrack", "OffTrack", "NoData" }));
    }

    [Fact]
    public async Task Values_DifferencingAttack_FindsNoHiddenCellFromTheTotals()
    {
        // A small group: in one year there are few women, so their cell is hidden; subtracting the men from the total must not give it back.
        var place = await CreateAsync(app, returnees: 20, seed: 11);
        var id = await IndicatorIdAsync("2.1.a");
        var me = await app.SignedInAs("me@demo.homeward");
        var json = await GetJsonAsync(me, $"/api/v1/indicators/{id}/values?location={place.CountryId}&by=sex,office&every=quarter");
        var truth = await app.WithDb(async db =>
        {
            var rows = await (from c in db.Cases.IgnoreQueryFilters()
                              join p in db.Persons on c.PrincipalPersonId equals p.Id
                              join o in db.Offices on c.OfficeId equals o.Id
                              where place.CaseIds.Contains(c.Id) && db.Consents.Any(x => x.PersonId == p.Id
                                  && x.Purpose == Homeward.Domain.Consent.ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null)
                              select new { c.OpenedAt, p.Sex, o.Name }).ToListAsync(Ct);
            return rows.Select(r => (Period: ReportingPeriod.Containing(DateOnly.FromDateTime(r.OpenedAt), PeriodLength.Quarter).ToString(), Sex: r.Sex.ToString(), Office: r.Name)).ToList();
        });
        string?[] Key(JsonElement v) => [v.GetProperty("period").GetString(), v.GetProperty("groups").GetProperty("sex").GetString(), v.GetProperty("groups").GetProperty("office").GetString()];
        int TrueCount(string?[] k) => truth.Count(t => (k[0] is null || t.Period == k[0]) && (k[1] is null || t.Sex == k[1]) && (k[2] is null || t.Office == k[2]));

        var cells = json.GetProperty("values").EnumerateArray().Select(v => (Key: Key(v), Hidden: v.GetProperty("suppressed").GetBoolean(),
            Value: v.GetProperty("value").ValueKind == JsonValueKind.Number ? v.GetProperty("value").GetInt32() : (int?)null)).ToList();
        Assert.Contains(cells, c => c.Hidden);
        Assert.All(cells.Where(c => !c.Hidden), c => Assert.Equal(TrueCount(c.Key), c.Value));
        Assert.All(cells.Where(c => c.Hidden), c => Assert.Null(c.Value));
        // Every line: a total shown with its cells; what subtraction reveals is the sum of at least two hidden cells counting 5 or more.
        for (var d = 0; d < 3; d++)
            foreach (var total in cells.Where(c => c.Key[d] is null && !c.Hidden))
            {
                var members = cells.Where(c => c.Key[d] is not null && Enumerable.Range(0, 3).All(o => o == d || c.Key[o] == total.Key[o])).ToList();
                var hidden = members.Where(m => m.Hidden).ToList();
                if (hidden.Count == 0) continue;
                Assert.True(hidden.Count >= 2, $"one hidden cell next to total {string.Join("/", total.Key)}: recovered by subtraction");
                Assert.True(total.Value - members.Where(m => !m.Hidden).Sum(m => m.Value) >= 5, "the hidden cells together single someone out");
            }
    }

    [Fact]
    public async Task Values_BadParameters_Are400NamingTheField()
    {
        var id = await IndicatorIdAsync("2.1.a");
        var me = await app.SignedInAs("me@demo.homeward");
        foreach (var (query, field) in new[] { ("period=2026-Q9", "period"), ("by=shoeSize", "by"), ("by=closureReason", "by"), ("sex=X", "sex"),
                     ("ageGroup=old", "ageGroup"), ("office=dakar", "office"), ("every=week", "every"), ("by=sex,sex", "by") })
        {
            var response = await me.GetAsync($"/api/v1/indicators/{id}/values?{query}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{query}: {problem}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/api/v1/indicators/{Guid.NewGuid()}/values", Ct)).StatusCode);
    }

    [Fact]
    public async Task ManualValues_AreEnteredWithEvidence_AndRefusedWhenIncompleteOrForAComputedIndicator()
    {
        var manual = await IndicatorIdAsync("2.3.a");
        var computed = await IndicatorIdAsync("2.1.a");
        var me = await app.SignedInAs("me@demo.homeward");
        var period = $"{2040 + Random.Shared.Next(50)}-Q{Random.Shared.Next(1, 5)}";

        foreach (var (body, field) in new (object, string)[] { (new { period = "soon", value = 3, evidence = "List" }, "period"),
                     (new { period, evidence = "List" }, "value"), (new { period, value = 3, evidence = " " }, "evidence") })
        {
            var bad = await me.PutAsJsonAsync($"/api/v1/indicators/{manual}/values", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _));
        }
        Assert.False(await app.WithDb(db => db.IndicatorManualValues.AnyAsync(v => v.IndicatorId == manual && v.Period == period, Ct)));
        Assert.Equal(HttpStatusCode.Conflict, (await me.PutAsJsonAsync($"/api/v1/indicators/{computed}/values", new { period, value = 3, evidence = "List" }, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsJsonAsync($"/api/v1/indicators/{manual}/values", new { period, value = 12, evidence = "Attendance list 7" }, Ct)).StatusCode);
        var values = await GetJsonAsync(me, $"/api/v1/indicators/{manual}/values?period={period}");
        var entered = Assert.Single(values.GetProperty("values").EnumerateArray());
        Assert.Equal(12, entered.GetProperty("value").GetInt32());
        Assert.Equal("Attendance list 7", entered.GetProperty("evidence").GetString());
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PutAsJsonAsync($"/api/v1/indicators/{manual}/values", new { period, value = 1, evidence = "x" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task FrameworkPage_ShowsResultsIndicatorsTargetsAndStatusInWords_ForMEAndManagers_NotCaseManagers()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var html = await (await me.GetAsync("/results", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Returnees achieve sustainable reintegration", html);
        Assert.Contains("Partner staff trained", html);
        Assert.Contains("data-status=", html);
        Assert.Matches("(Achieved|On track|Off track|No data)", html);
        var manager = await app.SignedInAs("manager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/results", Ct)).StatusCode);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var refused = await caseManager.GetAsync("/results", Ct);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}

public sealed class ResultsFrameworkTests_Sqlite(SqliteApp app) : ResultsFrameworkTests<SqliteApp>(app);
public sealed class ResultsFrameworkTests_Postgres(PostgresApp app) : ResultsFrameworkTests<PostgresApp>(app);
