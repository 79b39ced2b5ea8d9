using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Assessments;
using Homeward.Web.Features.Instruments;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments.Shipped;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Instruments;

/// <summary>Importing instruments from XLSForm workbooks, and the instruments Homeward ships.</summary>
public abstract class InstrumentImportTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> StoredCount(string formId) => app.WithDb(db => db.Instruments.CountAsync(i => i.FormId == formId, Ct));

    [Fact]
    public async Task Import_ValidWorkbook_StoresTheFileAndItsRows_SoTheInstrumentRebuilds()
    {
        var formId = TestForms.NewFormId();
        var file = TestForms.Scored(formId);
        var client = await app.SignedInAs("me@demo.homeward");

        var response = await client.PostAsync("/api/v1/instruments", TestForms.Upload(file, "my survey.xlsx"), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(formId, created.GetProperty("formId").GetString());
        Assert.Equal("1", created.GetProperty("version").GetString());
        Assert.Equal("SustainabilityBaseline", created.GetProperty("kind").GetString());
        Assert.Equal("Test weights", created.GetProperty("weightsNote").GetString());
        var stored = await app.WithDb(db => db.Instruments.SingleAsync(i => i.FormId == formId, Ct));
        Assert.Equal(file, stored.File);
        Assert.Equal("my survey.xlsx", stored.FileName);
        Assert.Equal("Mariam Touré", stored.ImportedBy);
        Assert.False(stored.Shipped);
        var rebuilt = InstrumentDefinition.FromJson(stored.SurveyJson, stored.ChoicesJson, stored.SettingsJson).Build();
        Assert.True(rebuilt.IsValid);
        Assert.Equal(["economic", "social"], rebuilt.Instrument!.Dimensions);
        // Row numbers are the spreadsheet's: the header is row 1.
        Assert.Equal(5, rebuilt.Instrument["children_school"].Row);

        var download = await client.GetAsync($"/api/v1/instruments/{stored.Id}/file", Ct);
        Assert.Equal(file, await download.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Import_WithSeveralDefinitionErrors_Is400ListingEachWithSheetRowAndColumn_AndStoresNothing()
    {
        var formId = TestForms.NewFormId();
        var file = Xlsx.Workbook(
            Xlsx.Table("survey", ["type", "name", "label", "relevant"],
                ["select_one yes_no", "has_children", "Children?"],
                ["rating_scale", "mood", "Mood?"],                                 // row 3: unknown type
                ["text", "school", "School?", "${has_kids} = 'yes'"],              // row 4: unknown reference
                ["text", "has_children", "Again?"]),                               // row 5: duplicate name
            Xlsx.Table("choices", ["list_name", "name", "label", "score"],
                ["yes_no", "yes", "Yes", "1"],
                ["yes_no", "no", "No", "2"]),                                      // row 3: score out of range
            Xlsx.Table("settings", ["form_id", "form_title", "homeward_kind"],
                [formId, "Faulty", "Horoscope"]));                                 // row 2: no version, unknown kind
        var client = await app.SignedInAs("me@demo.homeward");

        var response = await client.PostAsync("/api/v1/instruments", TestForms.Upload(file), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("definitionErrors").EnumerateArray()
            .Select(e => (e.GetProperty("sheet").GetString(), e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("cell").GetString()))
            .ToList();
        Assert.Equal(
        [
            ("survey", 3, "type", "A3"),
            ("survey", 4, "relevant", "D4"),
            ("survey", 5, "name", "B5"),
            ("choices", 3, "score", "D3"),
            ("settings", 2, "version", null),
            ("settings", 2, "homeward_kind", "C2"),
        ], errors);
        Assert.Equal(0, await StoredCount(formId));
    }

    [Fact]
    public async Task Import_AFileThatIsNotAWorkbook_Is400NamingTheFile_AndStoresNothing()
    {
        var client = await app.SignedInAs("me@demo.homeward");
        var before = await app.WithDb(db => db.Instruments.CountAsync(Ct));
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("word/document.xml").OpenAsync(Ct);
            await entry.WriteAsync("<document/>"u8.ToArray(), Ct);
        }
        var oversize = TestForms.Scored(TestForms.NewFormId()).Concat(new byte[InstrumentImport.MaxFileBytes]).ToArray();

        foreach (var bytes in new[] { "type,name\ntext,q1\n"u8.ToArray(), zip.ToArray(), oversize, [] })
        {
            var response = await client.PostAsync("/api/v1/instruments", TestForms.Upload(bytes, "survey.xlsx"), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("file", out _));
        }
        var noFile = await client.PostAsync("/api/v1/instruments", new MultipartFormDataContent { { new StringContent("x"), "other" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(before, await app.WithDb(db => db.Instruments.CountAsync(Ct)));
    }

    [Fact]
    public async Task Import_SameFormIdAndVersionTwice_Is409_AndANewVersionIsStoredBesideTheFirst()
    {
        var formId = TestForms.NewFormId();
        var client = await app.SignedInAs("admin@demo.homeward");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/instruments", TestForms.Upload(TestForms.Scored(formId)), Ct)).StatusCode);

        var again = await client.PostAsync("/api/v1/instruments", TestForms.Upload(TestForms.Scored(formId, econWeight: "3")), Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await StoredCount(formId));

        var second = await client.PostAsync("/api/v1/instruments", TestForms.Upload(TestForms.Scored(formId, version: "2")), Ct);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, await StoredCount(formId));
    }

    [Fact]
    public async Task Import_ByACaseManager_Is403()
    {
        var formId = TestForms.NewFormId();
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsync("/api/v1/instruments", TestForms.Upload(TestForms.Scored(formId)), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await StoredCount(formId));
    }

    [Fact]
    public async Task ShippedInstruments_AreLoadedOnAFreshDatabase_InThreeLanguages()
    {
        var shipped = await app.WithDb(db => db.Instruments.Where(i => i.Shipped).Select(i => new { i.FormId, i.Kind, i.WeightsNote, i.ImportedBy }).ToListAsync(Ct));
        Assert.Equal(ShippedInstrumentFilesTests.All.Select(f => f.FormId).Order(), shipped.Select(i => i.FormId).Order());
        Assert.Equal(AssessmentKind.RapidVulnerabilityScreening, shipped.Single(i => i.FormId == RapidVulnerabilityScreening.FormId).Kind);
        Assert.Equal(AssessmentKind.SustainabilityBaseline, shipped.Single(i => i.FormId == ReintegrationSustainabilitySurvey.FormId).Kind);
        Assert.Contains("official table", shipped.Single(i => i.FormId == ReintegrationSustainabilitySurvey.FormId).WeightsNote);
        Assert.All(shipped, i => Assert.Equal("Homeward", i.ImportedBy));

        var client = await app.SignedInAs("casemanager@demo.homeward");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/instruments", Ct);
        Assert.Contains(list.EnumerateArray(), i => i.GetProperty("formId").GetString() == ReintegrationSustainabilitySurvey.FormId);
    }
}

[Collection(InstrumentLibraryCollection.Name)]
public sealed class InstrumentImportTests_Sqlite(SqliteApp app) : InstrumentImportTests<SqliteApp>(app);
[Collection(InstrumentLibraryCollection.Name)]
public sealed class InstrumentImportTests_Postgres(PostgresApp app) : InstrumentImportTests<PostgresApp>(app);
