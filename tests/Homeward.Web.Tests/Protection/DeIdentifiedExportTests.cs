using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>M&amp;E officers and programme managers export one de-identified row per consenting returnee's case, with stable keyed pseudonyms, as JSON, CSV or XLSX (the statistics page's links).</summary>
public abstract class DeIdentifiedExportTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Url = "/api/v1/statistics/cases";

    [Fact]
    public async Task Export_HasConsentingReturneesCases_UnderStablePseudonyms_AndNothingIdentifying()
    {
        var consenting = await CreateAsync(app, consentToStatistics: true);
        var notConsenting = await CreateAsync(app);
        var me = await app.SignedInAs("me@demo.homeward");
        var (casePseudonym, personPseudonym) = (await PseudonymAsync(app, "C", consenting.CaseId), await PseudonymAsync(app, "P", consenting.PersonId));
        var exportsBefore = await ExportLinesAsync();

        var response = await me.GetAsync(Url, Ct);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var text = await response.Content.ReadAsStringAsync(Ct);
        var rows = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();

        var row = rows.Single(r => r.GetProperty("case").GetString() == casePseudonym);
        Assert.Equal(personPseudonym, row.GetProperty("returnee").GetString());
        Assert.Equal(("Dakar office", "Monitoring", "Female", "35-49"), (row.GetProperty("office").GetString(), row.GetProperty("stage").GetString(),
            row.GetProperty("sex").GetString(), row.GetProperty("ageGroupAtReturn").GetString()));
        Assert.Matches("^\\d{4}-Q[1-4]$", row.GetProperty("returnQuarter").GetString());
        Assert.Equal((25m, 1, 1, 1), (row.GetProperty("assistanceDelivered").GetDecimal(), row.GetProperty("deliveries").GetInt32(),
            row.GetProperty("followUpsDone").GetInt32(), row.GetProperty("assessments").GetInt32()));
        Assert.False(string.IsNullOrEmpty(row.GetProperty("region").GetString()));
        var excluded = await PseudonymAsync(app, "C", notConsenting.CaseId);
        Assert.DoesNotContain(rows, r => r.GetProperty("case").GetString() == excluded);
        var (family, reference) = await app.WithDb(async db => (
            await db.Persons.Where(p => p.Id == consenting.PersonId).Select(p => p.FamilyName).SingleAsync(Ct),
            await db.Cases.Where(c => c.Id == consenting.CaseId).Select(c => c.Reference).SingleAsync(Ct)));
        foreach (var identifying in new[] { consenting.CaseId.ToString(), consenting.PersonId.ToString(), consenting.DocumentNumber, Notes, Findings, Disability, family, reference, "+221" })
            Assert.DoesNotContain(identifying, text, StringComparison.OrdinalIgnoreCase);

        // The same pseudonyms in the next export, and in the CSV and the workbook the statistics page links to.
        var again = (await GetJsonAsync(me, Url)).EnumerateArray().Single(r => r.GetProperty("case").GetString() == casePseudonym);
        Assert.Equal(personPseudonym, again.GetProperty("returnee").GetString());
        foreach (var csvUrl in new[] { $"{Url}?format=csv", $"{Url}.csv" })
        {
            var csv = await me.GetAsync(csvUrl, Ct);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n");
            Assert.StartsWith("case,returnee,sex,age_group,country,region,office,", lines[0].TrimStart('\uFEFF'));
            Assert.StartsWith("#affected+id+pseudonym,", lines[1]);
            Assert.Contains(lines, l => l.StartsWith($"{casePseudonym},{personPseudonym},Female,35-49,"));
            Assert.DoesNotContain(lines, l => l.StartsWith($"{excluded},"));
        }
        var xlsx = await me.GetAsync($"{Url}.xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)), false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList();
        Assert.Equal(("case", "#affected+id+pseudonym"), (cells[0][0], cells[1][0]));
        Assert.Contains(cells, r => r[0] == casePseudonym && r[1] == personPseudonym);

        // Each export (JSON twice, CSV twice, XLSX) is one audit line.
        Assert.Equal(exportsBefore + 5, await ExportLinesAsync());
    }

    [Fact]
    public async Task ProgrammeManagers_Export_CaseManagersDoNot()
    {
        var manager = await app.SignedInAs("manager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"{Url}.csv", Ct)).StatusCode);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync(Url, Ct)).StatusCode);
    }

    [Fact]
    public async Task AWithdrawnConsent_TakesTheCaseOutOfTheNextExport()
    {
        var created = await CreateAsync(app, consentToStatistics: true);
        var me = await app.SignedInAs("me@demo.homeward");
        var pseudonym = await PseudonymAsync(app, "C", created.CaseId);
        Assert.Contains((await GetJsonAsync(me, Url)).EnumerateArray(), r => r.GetProperty("case").GetString() == pseudonym);

        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await caseManager.PostAsync($"/api/v1/persons/{created.PersonId}/consents/AnonymisedStatistics/withdraw", null, Ct)).StatusCode);

        Assert.DoesNotContain((await GetJsonAsync(me, Url)).EnumerateArray(), r => r.GetProperty("case").GetString() == pseudonym);
    }

    [Fact]
    public async Task UnknownFormat_Is400NamingIt_AndIsNotAudited()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var before = await app.WithDb(db => db.AuditEntries.CountAsync(e => e.EntityType == "Statistics", Ct));
        var response = await me.GetAsync($"{Url}?format=pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("format", out _));
        Assert.Equal(before, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.EntityType == "Statistics", Ct)));
    }

    private Task<int> ExportLinesAsync() =>
        app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.EntityType == "Statistics" && e.UserName == "Mariam Touré", Ct));
}

// It counts the officer's export audit lines, which the authorization matrix also writes: run it alone.
[Collection(RoleWideChanges.Name)]
public sealed class DeIdentifiedExportTests_Sqlite(SqliteApp app) : DeIdentifiedExportTests<SqliteApp>(app);
[Collection(RoleWideChanges.Name)]
public sealed class DeIdentifiedExportTests_Postgres(PostgresApp app) : DeIdentifiedExportTests<PostgresApp>(app);
