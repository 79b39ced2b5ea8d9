using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Data.Audit;
using Homeward.Domain.FollowUps;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>M&amp;E officers export one de-identified row per follow-up visit of consenting returnees' cases, under the case export's pseudonyms.</summary>
public abstract class DeIdentifiedFollowUpExportTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Url = "/api/v1/statistics/follow-ups";

    [Fact]
    public async Task Export_HasEveryVisitOfConsentingCases_UnderTheCaseExportsPseudonyms_AndNoFindingsOrDates()
    {
        var consenting = await CreateAsync(app, consentToStatistics: true);
        var notConsenting = await CreateAsync(app);
        await app.WithDb(async db =>
        {
            db.FollowUps.AddRange(
                new FollowUpVisit { CaseId = consenting.CaseId, MonthsAfterReturn = 3, DueOn = Today.AddDays(-10) },
                new FollowUpVisit { CaseId = consenting.CaseId, MonthsAfterReturn = 0, DueOn = Today.AddDays(-5), DoneOn = Today.AddDays(-3), Mode = FollowUpMode.Phone,
                    EconomicFindings = "Shop doing well", RecordedBy = "Test" },
                new FollowUpVisit { CaseId = consenting.CaseId, MonthsAfterReturn = 12, DueOn = Today.AddDays(40) });
            return await db.SaveChangesAsync(Ct);
        });
        var visits = await app.WithDb(db => db.FollowUps.CountAsync(v => v.CaseId == consenting.CaseId, Ct));
        var me = await app.SignedInAs("me@demo.homeward");
        var (casePseudonym, personPseudonym) = (await PseudonymAsync(app, "C", consenting.CaseId), await PseudonymAsync(app, "P", consenting.PersonId));
        var exportsBefore = await ExportLinesAsync();

        var response = await me.GetAsync(Url, Ct);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var text = await response.Content.ReadAsStringAsync(Ct);
        var all = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var rows = all.Where(r => r.GetProperty("case").GetString() == casePseudonym).ToList();

        Assert.Equal(visits, rows.Count);
        Assert.All(rows, r => Assert.Equal((personPseudonym, "Female", "35-49", "Dakar office"), (r.GetProperty("returnee").GetString(),
            r.GetProperty("sex").GetString(), r.GetProperty("ageGroupAtReturn").GetString(), r.GetProperty("office").GetString())));
        Assert.All(rows, r => Assert.Matches("^\\d{4}-Q[1-4]$", r.GetProperty("dueQuarter").GetString()));
        var overdue = rows.Single(r => r.GetProperty("monthsAfterReturn").GetInt32() == 3);
        Assert.Equal(("overdue", JsonValueKind.Null, JsonValueKind.Null), (overdue.GetProperty("status").GetString(), overdue.GetProperty("doneQuarter").ValueKind, overdue.GetProperty("daysAfterDue").ValueKind));
        var unscheduled = rows.Single(r => r.GetProperty("monthsAfterReturn").GetInt32() == 0);
        Assert.Equal(("done", false, 2, "Phone"), (unscheduled.GetProperty("status").GetString(), unscheduled.GetProperty("scheduled").GetBoolean(),
            unscheduled.GetProperty("daysAfterDue").GetInt32(), unscheduled.GetProperty("mode").GetString()));
        Assert.Equal("upcoming", rows.Single(r => r.GetProperty("monthsAfterReturn").GetInt32() == 12).GetProperty("status").GetString());

        var excluded = await PseudonymAsync(app, "C", notConsenting.CaseId);
        Assert.DoesNotContain(all, r => r.GetProperty("case").GetString() == excluded);
        foreach (var identifying in new[] { consenting.CaseId.ToString(), consenting.PersonId.ToString(), VisitFindings, "Refer to counselling", "Shop doing well",
                     Today.ToString("yyyy-MM-dd"), Today.AddDays(-3).ToString("yyyy-MM-dd") })
            Assert.DoesNotContain(identifying, text, StringComparison.OrdinalIgnoreCase);

        // The CSV and the workbook the statistics page links to hold the same rows.
        var lines = (await (await me.GetAsync($"{Url}.csv", Ct)).Content.ReadAsStringAsync(Ct)).Split("\r\n");
        Assert.StartsWith("case,returnee,sex,age_group,country,region,office,months_after_return,scheduled,due_quarter,status,", lines[0].TrimStart('\uFEFF'));
        Assert.StartsWith("#affected+id+pseudonym,", lines[1]);
        Assert.Equal(visits, lines.Count(l => l.StartsWith($"{casePseudonym},{personPseudonym},Female,35-49,")));
        Assert.DoesNotContain(lines, l => l.StartsWith($"{excluded},"));
        var xlsx = await me.GetAsync($"{Url}?format=xlsx", Ct);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false);
        Assert.Equal("Follow-ups", document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name?.Value);
        var cells = document.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Equal(("case", "#affected+id+pseudonym"), (cells[0][0], cells[1][0]));
        Assert.Equal(visits, cells.Count(r => r[0] == casePseudonym && r[1] == personPseudonym));

        // Each export (JSON, CSV, XLSX) is one audit line.
        Assert.Equal(exportsBefore + 3, await ExportLinesAsync());
    }

    [Fact]
    public async Task CaseManagers_CannotExport()
    {
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync($"{Url}.csv", Ct)).StatusCode);
    }

    [Fact]
    public async Task UnknownFormat_Is400NamingIt_AndIsNotAudited()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var before = await ExportLinesAsync();
        var response = await me.GetAsync($"{Url}?format=ods", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("format", out _));
        Assert.Equal(before, await ExportLinesAsync());
    }

    private Task<int> ExportLinesAsync() =>
        app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.EntityType == "Statistics" && e.UserName == "Mariam Touré"
            && e.Details!.StartsWith("de-identified follow-ups"), Ct));
}

// It counts the officer's export audit lines, which the authorization matrix also writes: run it alone.
[Collection(RoleWideChanges.Name)]
public sealed class DeIdentifiedFollowUpExportTests_Sqlite(SqliteApp app) : DeIdentifiedFollowUpExportTests<SqliteApp>(app);
[Collection(RoleWideChanges.Name)]
public sealed class DeIdentifiedFollowUpExportTests_Postgres(PostgresApp app) : DeIdentifiedFollowUpExportTests<PostgresApp>(app);
