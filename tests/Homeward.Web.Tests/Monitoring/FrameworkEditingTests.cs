using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Infrastructure.PageForms;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>
/// An M&amp;E officer keeps the framework up to date: edits with the version read, removes only what has nothing
/// under it or recorded against it, retires an indicator to keep its history; the same through the pages' forms.
/// </summary>
public abstract class FrameworkEditingTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string Code(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..14];

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static object Indicator(Guid resultId, string code, int? version = null, string name = "Trainings held", string? computedKind = null) => new
    {
        resultId, code, name, definition = "Trainings held for returnees.", unit = "trainings", dataSource = "Attendance lists", collectionMethod = "Count",
        frequency = "Quarter", responsible = "M&E officer", disaggregations = new[] { "Sex" }, computedKind, version,
        targets = new[] { new { period = "2026-Q1", target = 4m }, new { period = "2026-Q2", target = 6m } },
    };

    private async Task<(HttpClient Me, Guid Objective, Guid Outcome)> FrameworkAsync()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var objective = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Objective", code = Code("O"), statement = "Reintegration." }, Ct));
        var outcome = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Outcome", parentId = objective, code = Code("1-"), statement = "Skills." }, Ct));
        return (me, objective, outcome);
    }

    [Fact]
    public async Task EditingAResult_NeedsTheVersionRead_AStaleOneIs409_AndBadFieldsAreNamed_NothingChanging()
    {
        var (me, objective, outcome) = await FrameworkAsync();
        var code = Code("1-");
        var missing = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/results/{outcome}", new { level = "Outcome", parentId = objective, code, statement = "x" }, Ct), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("version", out _));
        var bad = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/results/{outcome}", new { level = "Output", parentId = objective, code, statement = "", version = 0 }, Ct), HttpStatusCode.BadRequest);
        Assert.True(bad.GetProperty("errors").TryGetProperty("statement", out _));
        var misplaced = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/results/{outcome}", new { level = "Output", parentId = objective, code, statement = "Skills.", version = 0 }, Ct), HttpStatusCode.BadRequest);
        Assert.True(misplaced.GetProperty("errors").TryGetProperty("parentId", out _));
        // The objective has an outcome under it: it keeps its level.
        var level = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/results/{objective}", new { level = "Outcome", parentId = objective, code = Code("O"), statement = "x", version = 0 }, Ct), HttpStatusCode.BadRequest);
        Assert.True(level.GetProperty("errors").TryGetProperty("parentId", out _));

        var saved = await me.PutAsJsonAsync($"/api/v1/results/{outcome}", new { level = "Outcome", parentId = objective, code, statement = "Returnees gain skills.", version = 0 }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stale = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/results/{outcome}", new { level = "Outcome", parentId = objective, code, statement = "Overwritten.", version = 0 }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("stale-edit", stale.GetProperty("code").GetString());
        var taken = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/results/{objective}",
            new { level = "Objective", code, statement = "Reintegration.", version = 0 }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("framework-code-taken", taken.GetProperty("code").GetString());

        var stored = await app.WithDb(db => db.ResultStatements.SingleAsync(r => r.Id == outcome, Ct));
        Assert.Equal(("Returnees gain skills.", code, 1), (stored.Statement, stored.Code, stored.Version));
        Assert.NotEqual(code, (await app.WithDb(db => db.ResultStatements.SingleAsync(r => r.Id == objective, Ct))).Code);
        var listed = (await me.GetFromJsonAsync<JsonElement>("/api/v1/results", Ct)).EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == outcome);
        Assert.Equal(1, listed.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task EditingAnIndicator_ReplacesItsTargets_AStaleEditOrABadFieldChangesNothing()
    {
        var (me, objective, outcome) = await FrameworkAsync();
        var code = Code("I");
        var indicator = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", Indicator(outcome, code), Ct));

        var missing = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}", Indicator(outcome, code), Ct), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("version", out _));
        var bad = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}", new
        {
            resultId = Guid.NewGuid(), code, name = "", definition = "d", unit = "u", dataSource = "s", collectionMethod = "m", responsible = "r",
            frequency = "Weekly", computedKind = "Happiness", disaggregations = new[] { "Height" }, version = 0,
            targets = new[] { new { period = "2026-Q9", target = 1m } },
        }, Ct), HttpStatusCode.BadRequest);
        foreach (var field in new[] { "resultId", "name", "frequency", "computedKind", "disaggregations", "targets[0].period" })
            Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), $"{field} is not named");

        var edited = new
        {
            resultId = objective, code, name = "Trainings completed", definition = "d", unit = "trainings", dataSource = "s", collectionMethod = "m",
            responsible = "r", frequency = "Year", version = 0, targets = new[] { new { period = "2026-Q2", target = 8m }, new { period = "2027", target = 20m } },
        };
        Assert.Equal(HttpStatusCode.OK, (await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}", edited, Ct)).StatusCode);
        var stale = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}", Indicator(outcome, code, 0, "Overwritten"), Ct), HttpStatusCode.Conflict);
        Assert.Equal("stale-edit", stale.GetProperty("code").GetString());

        var stored = await app.WithDb(db => db.FrameworkIndicators.Include(i => i.Targets).SingleAsync(i => i.Id == indicator, Ct));
        Assert.Equal(("Trainings completed", objective, 1, ""), (stored.Name, stored.ResultId, stored.Version, stored.Disaggregations));
        Assert.Equal([("2026-Q2", 8m), ("2027", 20m)], stored.Targets.OrderBy(t => t.Period).Select(t => (t.Period, t.Target)));
        Assert.Equal(HttpStatusCode.NotFound, (await me.PutAsJsonAsync($"/api/v1/indicators/{Guid.NewGuid()}", edited, Ct)).StatusCode);
    }

    [Fact]
    public async Task RemovingAResultWithChildrenOrIndicators_OrAnIndicatorWithValues_Is409_RetiringKeepsTheHistory()
    {
        var (me, objective, outcome) = await FrameworkAsync();
        var indicator = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", Indicator(outcome, Code("I")), Ct));

        var withChildren = await ProblemAsync(await me.DeleteAsync($"/api/v1/results/{objective}", Ct), HttpStatusCode.Conflict);
        Assert.Equal("result-has-children", withChildren.GetProperty("code").GetString());
        var withIndicators = await ProblemAsync(await me.DeleteAsync($"/api/v1/results/{outcome}", Ct), HttpStatusCode.Conflict);
        Assert.Equal("result-has-indicators", withIndicators.GetProperty("code").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}/values",
            new { period = "2026-Q1", value = 3m, evidence = "Attendance lists, file 12" }, Ct)).StatusCode);
        var withValues = await ProblemAsync(await me.DeleteAsync($"/api/v1/indicators/{indicator}", Ct), HttpStatusCode.Conflict);
        Assert.Equal("indicator-has-values", withValues.GetProperty("code").GetString());
        Assert.Contains("retire", withValues.GetProperty("detail").GetString());
        // A manual indicator with values does not turn computed, which would hide them.
        var toComputed = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}",
            Indicator(outcome, Code("I"), 0, computedKind: "ReturneesRegistered"), Ct), HttpStatusCode.Conflict);
        Assert.Equal("indicator-has-values", toComputed.GetProperty("code").GetString());
        Assert.True(await app.WithDb(db => db.FrameworkIndicators.AnyAsync(i => i.Id == indicator && i.ComputedKind == null, Ct)));

        Assert.Equal(HttpStatusCode.OK, (await me.PostAsync($"/api/v1/indicators/{indicator}/retire", null, Ct)).StatusCode);
        var retired = await ProblemAsync(await me.PutAsJsonAsync($"/api/v1/indicators/{indicator}/values",
            new { period = "2026-Q2", value = 5m, evidence = "Attendance lists" }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("indicator-retired", retired.GetProperty("code").GetString());
        var listed = (await me.GetFromJsonAsync<JsonElement>("/api/v1/indicators", Ct)).EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == indicator);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("retiredOn").ValueKind);
        Assert.Equal(1, await app.WithDb(db => db.IndicatorManualValues.CountAsync(v => v.IndicatorId == indicator, Ct)));

        // Nothing recorded: removed, then the result and the objective go too.
        var empty = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", Indicator(objective, Code("I")), Ct));
        Assert.Equal(HttpStatusCode.NoContent, (await me.DeleteAsync($"/api/v1/indicators/{empty}", Ct)).StatusCode);
        Assert.False(await app.WithDb(db => db.FrameworkIndicators.AnyAsync(i => i.Id == empty, Ct)));
        Assert.False(await app.WithDb(db => db.IndicatorTargets.AnyAsync(t => t.IndicatorId == empty, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await me.DeleteAsync($"/api/v1/indicators/{empty}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAs("casemanager@demo.homeward")).DeleteAsync($"/api/v1/results/{outcome}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Officer_BuildsAndEditsTheFrameworkThroughThePages_ErrorsNamedOnTheForm()
    {
        var browser = await CookieSignInAsync("me@demo.homeward");
        var code = Code("O");
        var newResult = await PageAsync(browser, "/results/new");
        var refused = await browser.PostAsync("/results/new", Form("result", ("Result.Level", "Outcome"), ("Result.Code", code), ("Result.Statement", ""),
            ("__RequestVerificationToken", Token(newResult))), Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"result-errors\"", html);
        Assert.Contains("id=\"statement-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Contains("id=\"parentId-error\" class=\"invalid-feedback d-block\"", html);
        Assert.False(await app.WithDb(db => db.ResultStatements.AnyAsync(r => r.Code == code, Ct)));

        var saved = await browser.PostAsync("/results/new", Form("result", ("Result.Level", "Objective"), ("Result.Code", code), ("Result.Statement", "Returnees reintegrate."),
            ("__RequestVerificationToken", Token(newResult))), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var objective = await app.WithDb(db => db.ResultStatements.SingleAsync(r => r.Code == code, Ct));

        var indicatorCode = Code("I");
        var newIndicator = await PageAsync(browser, $"/results/indicators/new?resultId={objective.Id}");
        Assert.Contains("Returnees registered", newIndicator);
        (string, string)[] Fields(string name, string targets) =>
        [
            ("Indicator.ResultId", objective.Id.ToString()), ("Indicator.Code", indicatorCode), ("Indicator.Name", name),
            ("Indicator.Definition", "Returnees registered in the period."), ("Indicator.Unit", "people"), ("Indicator.ComputedKind", "RssMeanScore"),
            ("Indicator.Parameters", "score=economic; round=1"), ("Indicator.Direction", "Higher"), ("Indicator.Baseline", "0.4"),
            ("Indicator.BaselineDate", "2026-01-15"), ("Indicator.Targets", targets), ("disaggregation", "Sex"), ("disaggregation", "Country"),
            ("Indicator.DataSource", "Homeward"), ("Indicator.CollectionMethod", "Computed"), ("Indicator.Frequency", "Year"),
            ("Indicator.Responsible", "M&E officer"), ("__RequestVerificationToken", Token(newIndicator)),
        ];
        var badTargets = await browser.PostAsync("/results/indicators/new", Form("indicator", Fields("", "2026-Q7: 4")), Ct);
        html = await badTargets.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"targets-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Contains("id=\"name-error\" class=\"invalid-feedback d-block\"", html);
        Assert.False(await app.WithDb(db => db.FrameworkIndicators.AnyAsync(i => i.Code == indicatorCode, Ct)));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/results/indicators/new", Form("indicator", Fields("Economic score", "2026: 0.5\n2027 0.6")), Ct)).StatusCode);
        var indicator = await app.WithDb(db => db.FrameworkIndicators.Include(i => i.Targets).SingleAsync(i => i.Code == indicatorCode, Ct));
        Assert.Equal(("Economic score", "Sex,Country", "score=economic;round=1", 0.4m), (indicator.Name, indicator.Disaggregations, indicator.Parameters, indicator.Baseline));
        Assert.Equal([("2026", 0.5m), ("2027", 0.6m)], indicator.Targets.OrderBy(t => t.Period).Select(t => (t.Period, t.Target)));

        // Removing the objective while the indicator measures it is refused on the page, naming why.
        var edit = await PageAsync(browser, $"/results/{objective.Id}/edit");
        var removal = await browser.PostAsync($"/results/{objective.Id}/edit", Form("remove-result", ("Removal.Confirmed", "true"), ("__RequestVerificationToken", Token(edit))), Ct);
        Assert.Contains("This result has indicators", await removal.Content.ReadAsStringAsync(Ct));
        Assert.True(await app.WithDb(db => db.ResultStatements.AnyAsync(r => r.Id == objective.Id, Ct)));

        var editIndicator = await PageAsync(browser, $"/results/indicators/{indicator.Id}/edit");
        Assert.Contains("2026: 0.5", editIndicator);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync($"/results/indicators/{indicator.Id}/edit",
            Form("remove-indicator", ("Removal.Confirmed", "true"), ("__RequestVerificationToken", Token(editIndicator))), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync($"/results/{objective.Id}/edit",
            Form("remove-result", ("Removal.Confirmed", "true"), ("__RequestVerificationToken", Token(edit))), Ct)).StatusCode);
        Assert.False(await app.WithDb(db => db.ResultStatements.AnyAsync(r => r.Id == objective.Id, Ct)));
    }

    [Fact]
    public async Task Officer_RecordsAManualValueOnThePage_WithEvidence()
    {
        var (me, _, outcome) = await FrameworkAsync();
        var indicator = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", Indicator(outcome, Code("I")), Ct));
        var browser = await CookieSignInAsync("me@demo.homeward");
        var page = await PageAsync(browser, $"/results/indicators/{indicator}/values");
        var refused = await browser.PostAsync($"/results/indicators/{indicator}/values",
            Form("manual-value", ("Value.Period", "2026-Q5"), ("Value.Value", "3"), ("Value.Evidence", ""), ("__RequestVerificationToken", Token(page))), Ct);
        var html = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"period-error\" class=\"invalid-feedback d-block\"", html);
        Assert.Contains("id=\"evidence-error\" class=\"invalid-feedback d-block\"", html);
        Assert.False(await app.WithDb(db => db.IndicatorManualValues.AnyAsync(v => v.IndicatorId == indicator, Ct)));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync($"/results/indicators/{indicator}/values",
            Form("manual-value", ("Value.Period", "2026-Q1"), ("Value.Value", "3"), ("Value.Evidence", "Attendance lists"), ("__RequestVerificationToken", Token(page))), Ct)).StatusCode);
        var stored = await app.WithDb(db => db.IndicatorManualValues.SingleAsync(v => v.IndicatorId == indicator, Ct));
        Assert.Equal(("2026-Q1", 3m, "Attendance lists"), (stored.Period, stored.Value, stored.Evidence));
        Assert.Contains("Attendance lists", await PageAsync(browser, $"/results/indicators/{indicator}/values"));
    }

    private static async Task<string> PageAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>A browser: signs in through the sign-in page's form and keeps the cookies.</summary>
    private async Task<HttpClient> CookieSignInAsync(string email)
    {
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", Ct)).Content.ReadAsStringAsync(Ct);
        await browser.PostAsync("/account/login", Form("login", ("Input.Email", email), ("Input.Password", Features.Demo.DemoAccounts.Password),
            ("__RequestVerificationToken", Token(login))), Ct);
        return browser;
    }
}

public sealed class FrameworkEditingTests_Sqlite(SqliteApp app) : FrameworkEditingTests<SqliteApp>(app);
public sealed class FrameworkEditingTests_Postgres(PostgresApp app) : FrameworkEditingTests<PostgresApp>(app);
