using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Monitoring.StatisticsData;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>The programme and office dashboards, and the CSV and XLSX exports: filters, suppression, HXL rows, de-identification.</summary>
public abstract class DashboardAndExportTests<TApp>(TApp app) where TApp : HomewardApp
{
    private async Task<Guid> IndicatorIdAsync(string code) =>
        await app.WithDb(db => db.FrameworkIndicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync(Ct));

    private static List<string[]> ParseCsv(string text) =>
        text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();

    [Fact]
    public async Task ProgrammeDashboard_ShowsEachChartWithItsTable_AndOfficeDashboardsForEachOffice()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var html = await (await me.GetAsync("/statistics", Ct)).Content.ReadAsStringAsync(Ct);
        foreach (var chart in new[] { "registered-by-period", "registered-by-sex", "closed-by-reason", "assistance-by-form", "follow-ups-by-period" })
            Assert.Contains($"data-chart=\"{chart}\"", html);
        Assert.Contains("<svg class=\"bar\"", html);
        Assert.Contains("<table", html);

        var dakar = await app.WithDb(db => db.Offices.Where(o => o.Name == "Dakar office").Select(o => o.Id).SingleAsync(Ct));
        var office = await me.GetAsync($"/statistics/offices/{dakar}", Ct);
        Assert.Equal(HttpStatusCode.OK, office.StatusCode);
        Assert.Contains("Office dashboard: Dakar office", await office.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync($"/statistics/offices/{Guid.NewGuid()}", Ct)).StatusCode);

        var manager = await app.SignedInAs("manager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/statistics", Ct)).StatusCode);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.NotEqual(HttpStatusCode.OK, (await caseManager.GetAsync("/statistics", Ct)).StatusCode);
    }

    [Fact]
    public async Task Dashboard_FilteredToASmallGroup_SuppressesTheSmallCellAndItsComplement()
    {
        // 12 returnees, about a third of them women: the women's cell is under 5 and must not be recoverable as total minus men.
        var place = await CreateAsync(app, returnees: 12, seed: 3);
        var women = await app.WithDb(db => (from c in db.Cases.IgnoreQueryFilters()
                                            join p in db.Persons on c.PrincipalPersonId equals p.Id
                                            where place.CaseIds.Contains(c.Id) && p.Sex == Homeward.Domain.People.Sex.Female
                                                && db.Consents.Any(x => x.PersonId == p.Id && x.Purpose == Homeward.Domain.Consent.ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null)
                                            select c.Id).CountAsync(Ct));
        Assert.InRange(women, 1, 4);
        var me = await app.SignedInAs("me@demo.homeward");
        var html = await (await me.GetAsync($"/statistics?location={place.CountryId}", Ct)).Content.ReadAsStringAsync(Ct);
        var chart = html[html.IndexOf("data-chart=\"registered-by-sex\"", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</figure>", StringComparison.Ordinal)];
        Assert.Matches("data-row=\"Female\">\\s*<th scope=\"row\">Female</th>\\s*<td colspan=\"2\" class=\"suppressed\">", chart);
        // With only women and men in the table, hiding the women hides the men or the total too.
        var menHidden = System.Text.RegularExpressions.Regex.IsMatch(chart, "data-row=\"Male\">\\s*<th scope=\"row\">Male</th>\\s*<td colspan=\"2\" class=\"suppressed\">");
        var totalHidden = System.Text.RegularExpressions.Regex.IsMatch(chart, "data-row=\"Total\">\\s*<th scope=\"row\">Total</th>\\s*<td colspan=\"2\" class=\"suppressed\">");
        Assert.True(menHidden || totalHidden, "the women's count can be worked out as the total minus the men");
    }

    [Fact]
    public async Task Dashboard_BadFilter_SaysWhat_AndShowsNoChart()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var html = await (await me.GetAsync("/statistics?period=someday", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"filter-errors\"", html);
        Assert.DoesNotContain("data-chart=", html);
    }

    [Fact]
    public async Task IndicatorCsv_HasHxlHashtagsOnTheSecondRow_AndTheSameSuppressionAsTheApi()
    {
        var place = await CreateAsync(app, returnees: 20, seed: 11);
        var id = await IndicatorIdAsync("2.1.a");
        var me = await app.SignedInAs("me@demo.homeward");
        var query = $"location={place.CountryId}&by=sex,office&every=year";
        var response = await me.GetAsync($"/api/v1/indicators/{id}/values.csv?{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(["indicator_code", "indicator", "period", "sex", "office", "value"], rows[0][..6]);
        Assert.All(rows[1], tag => Assert.StartsWith("#", tag));
        Assert.Equal("#affected+returnees+registered", rows[1][5]);

        var api = (await me.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{id}/values?{query}", Ct)).GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(api.Count, rows.Count - 2);
        var suppressedColumn = Array.IndexOf(rows[0], "suppressed");
        Assert.Contains(rows.Skip(2), r => r[suppressedColumn] == "yes");
        foreach (var (row, cell) in rows.Skip(2).Zip(api))
        {
            Assert.Equal(cell.GetProperty("suppressed").GetBoolean() ? "yes" : "no", row[suppressedColumn]);
            Assert.Equal(cell.GetProperty("suppressed").GetBoolean() ? "" : cell.GetProperty("value").GetInt32().ToString(), row[5]);
        }
    }

    [Fact]
    public async Task IndicatorXlsx_IsAWorkbookWithTheHeaderAndHxlRows()
    {
        var id = await IndicatorIdAsync("2.1.b");
        var me = await app.SignedInAs("me@demo.homeward");
        var response = await me.GetAsync($"/api/v1/indicators/{id}/values.xlsx?by=sex", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Equal("indicator_code", rows[0][0]);
        Assert.Equal("#indicator+code", rows[1][0]);
        Assert.Equal("#indicator+plan+pct", rows[1][4]);
        Assert.True(rows.Count > 3);
    }
}

public sealed class DashboardAndExportTests_Sqlite(SqliteApp app) : DashboardAndExportTests<SqliteApp>(app);
public sealed class DashboardAndExportTests_Postgres(PostgresApp app) : DashboardAndExportTests<PostgresApp>(app);
