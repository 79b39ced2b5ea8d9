using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments.Shipped;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Instruments;

/// <summary>Importing a round of RSS submissions from a CSV or .xlsx file: scored as single submissions, all or nothing, within the caller's cases.</summary>
public abstract class SubmissionImportTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const int Precision = 9;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    /// <summary>Every required RSS answer: a middling returnee without work and without school-age children.</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["round"] = "baseline", ["econ_satisfaction"] = "neutral", ["food_reduction"] = "sometimes", ["can_borrow"] = "no",
        ["borrow_frequency"] = "often", ["debt_vs_spending"] = "smaller", ["work_status"] = "none", ["productive_assets"] = "no",
        ["looking_for_job"] = "yes", ["housing_access"] = "fair", ["housing_quality"] = "good", ["school_age_children"] = "no",
        ["justice_access"] = "poor", ["identity_documents"] = "yes", ["drinking_water"] = "good", ["health_access"] = "fair",
        ["health_quality"] = "dont_know", ["social_participation"] = "sometimes", ["support_network"] = "yes", ["belonging"] = "agree",
        ["discrimination"] = "never", ["safety"] = "neutral", ["family_tension"] = "sometimes", ["distress_signs"] = "often",
        ["wants_psych_support"] = "yes", ["able_to_stay"] = "not_sure",
    };

    private static readonly string[] Questions = [.. Answers.Keys];

    private Task<Guid> RssAsync() => app.WithDb(db => db.Instruments
        .Where(i => i.FormId == ReintegrationSustainabilitySurvey.FormId && i.Shipped).Select(i => i.Id).FirstAsync(Ct));

    private static string Csv(params string[][] rows) => string.Join("\r\n", rows.Select(r => string.Join(',', r.Select(Quote)))) + "\r\n";

    private static string Quote(string cell) => cell.Contains(',') || cell.Contains('"') ? $"\"{cell.Replace("\"", "\"\"")}\"" : cell;

    private static string[] Header => ["case_reference", "answered_on", .. Questions];

    private static string[] Row(string reference, string answeredOn = "", Dictionary<string, string>? changes = null) =>
        [reference, answeredOn.Length == 0 ? Today : answeredOn, .. Questions.Select(q => changes?.GetValueOrDefault(q) ?? Answers[q])];

    private static MultipartFormDataContent Upload(byte[] file, string fileName = "round.csv")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    private async Task<HttpResponseMessage> PostAsync(byte[] file, string fileName = "round.csv", string email = "casemanager@demo.homeward", Guid? instrumentId = null)
    {
        var client = await app.SignedInAs(email);
        return await client.PostAsync($"/api/v1/instruments/{instrumentId ?? await RssAsync()}/submissions/import", Upload(file, fileName), Ct);
    }

    private Task<(int Submissions, int Scores, int Assessments, int AssessmentCount, int Events)> CountsAsync(Guid caseId) => app.WithDb(async db =>
        (await db.InstrumentSubmissions.CountAsync(s => s.CaseId == caseId, Ct),
         await db.SubmissionScores.CountAsync(s => db.InstrumentSubmissions.Any(x => x.Id == s.SubmissionId && x.CaseId == caseId), Ct),
         await db.Assessments.CountAsync(a => a.CaseId == caseId, Ct),
         await db.Cases.Where(c => c.Id == caseId).Select(c => c.AssessmentCount).SingleAsync(Ct),
         await db.CaseEvents.CountAsync(e => e.CaseId == caseId, Ct)));

    private Task<string> ReferenceAsync(Guid caseId) => app.WithDb(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(Ct));

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static List<(int Row, string? Column, string Message)> RowErrors(JsonElement problem) => problem.GetProperty("rowErrors").EnumerateArray()
        .Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString(), e.GetProperty("message").GetString()!)).ToList();

    private static string FileError(JsonElement problem) => problem.GetProperty("errors").GetProperty("file")[0].GetString()!;

    private async Task<(TestCases.Created Case, string Reference)> NewCaseAsync(CaseStage stage = CaseStage.Monitoring, string office = "Dakar office")
    {
        var created = await TestCases.CreateAsync(app, stage, office);
        return (created, await ReferenceAsync(created.CaseId));
    }

    [Fact]
    public async Task File_IsImported_ScoredAsSingleSubmissions_WithOneTimelineEntryPerCase_AndOneAuditLine()
    {
        var (a, refA) = await NewCaseAsync();
        var (b, refB) = await NewCaseAsync();
        var (single, _) = await NewCaseAsync();
        var (beforeA, beforeB) = (await CountsAsync(a.CaseId), await CountsAsync(b.CaseId));
        var better = new Dictionary<string, string> { ["round"] = "follow_up", ["work_status"] = "regular", ["econ_satisfaction"] = "satisfied" };
        var csv = Csv(Header, Row(refA, "2026-01-15"), Row(refA, "", better), Row(refB));

        var response = await PostAsync(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(3, body.GetProperty("imported").GetInt32());
        Assert.Equal(2, body.GetProperty("cases").GetInt32());
        var perInstrument = body.GetProperty("instruments").EnumerateArray().Single();
        Assert.Equal(ReintegrationSustainabilitySurvey.FormId, perInstrument.GetProperty("formId").GetString());
        Assert.Equal(3, perInstrument.GetProperty("submissions").GetInt32());
        Assert.Equal((beforeA.Submissions + 2, beforeA.Scores + 2, beforeA.Assessments + 2, beforeA.AssessmentCount + 2, beforeA.Events + 1), await CountsAsync(a.CaseId));
        Assert.Equal((beforeB.Submissions + 1, beforeB.Scores + 1, beforeB.Assessments + 1, beforeB.AssessmentCount + 1, beforeB.Events + 1), await CountsAsync(b.CaseId));
        Assert.Contains("round imported: 2 submission(s)", await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == a.CaseId)
            .OrderByDescending(e => e.At).Select(e => e.Summary).FirstAsync(Ct)));
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == "Import" && e.Details!.Contains("\"rows\":3"), Ct)));

        // The same answers submitted one by one get the same scores.
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var rss = await RssAsync();
        var one = await client.PostAsJsonAsync($"/api/v1/cases/{single.CaseId}/submissions", new { instrumentId = rss, answers = Answers.ToDictionary(x => x.Key, x => better.GetValueOrDefault(x.Key) ?? x.Value) }, Ct);
        Assert.Equal(HttpStatusCode.Created, one.StatusCode);
        var expected = (await one.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("scores")[0];
        var imported = await app.WithDb(db => db.SubmissionScores.Include(s => s.Dimensions)
            .Where(s => db.InstrumentSubmissions.Any(x => x.Id == s.SubmissionId && x.CaseId == a.CaseId && x.AnsweredOn == DateOnly.Parse(Today))).SingleAsync(Ct));
        Assert.Equal(expected.GetProperty("composite").GetDouble(), imported.Composite!.Value, Precision);
        foreach (var d in expected.GetProperty("dimensions").EnumerateArray())
            Assert.Equal(d.GetProperty("score").GetDouble(), imported.Dimensions.Single(x => x.Dimension == d.GetProperty("dimension").GetString()).Score!.Value, Precision);
        var baseline = await app.WithDb(db => db.InstrumentSubmissions.SingleAsync(s => s.CaseId == a.CaseId && s.AnsweredOn == new DateOnly(2026, 1, 15), Ct));
        Assert.Equal(a.PersonId, baseline.PersonId);
    }

    [Fact]
    public async Task Format_IsRecognisedByContent_AnXlsxNamedCsv_AndASemicolonCsvNamedXlsx()
    {
        var (c, reference) = await NewCaseAsync();
        var before = await CountsAsync(c.CaseId);
        var workbook = Xlsx.Workbook(Xlsx.Table("submissions", Header, Row(reference)));
        var semicolons = string.Join("\n", new[] { Header, Row(reference) }.Select(r => string.Join(';', r)));

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(workbook, "round.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Encoding.UTF8.GetBytes(semicolons), "round.xlsx")).StatusCode);

        Assert.Equal(before.Submissions + 2, (await CountsAsync(c.CaseId)).Submissions);
    }

    [Fact]
    public async Task RowWithAWrongAnswer_RefusesTheWholeFile_NamingRowAndColumn()
    {
        var (c, reference) = await NewCaseAsync();
        var before = await CountsAsync(c.CaseId);
        var csv = Csv(Header, Row(reference), Row(reference, "", new() { ["econ_satisfaction"] = "ecstatic" }), Row(reference, "", new() { ["safety"] = "" }));

        var problem = await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(csv)));

        var errors = RowErrors(problem);
        Assert.Contains(errors, e => e.Row == 3 && e.Column == "econ_satisfaction" && e.Message.Contains("ecstatic"));
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "safety");
        Assert.Equal(2, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal(before, await CountsAsync(c.CaseId));
    }

    [Fact]
    public async Task BadDates_AndAPersonOutsideTheHousehold_AreRowErrors()
    {
        var (c, reference) = await NewCaseAsync();
        var (other, _) = await NewCaseAsync();
        var before = await CountsAsync(c.CaseId);
        string[] header = [.. Header, "person_id"];
        var csv = Csv(header, [.. Row(reference, "15/01/2026"), ""], [.. Row(reference, "2999-01-01"), ""], [.. Row(reference), other.PersonId.ToString()]);

        var errors = RowErrors(await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(csv))));

        Assert.Contains(errors, e => e.Row == 2 && e.Column == "answered_on" && e.Message.Contains("yyyy-mm-dd"));
        Assert.Contains(errors, e => e.Row == 3 && e.Column == "answered_on" && e.Message.Contains("future"));
        Assert.Contains(errors, e => e.Row == 4 && e.Column == "person_id" && e.Message.Contains("household"));
        Assert.Equal(before, await CountsAsync(c.CaseId));
    }

    [Fact]
    public async Task UnknownColumns_AreNamed_AndNothingIsSaved()
    {
        var (c, reference) = await NewCaseAsync();
        var before = await CountsAsync(c.CaseId);
        var csv = Csv([.. Header, "favourite_colour", "_uuid"], [.. Row(reference), "blue", "x"]);

        var errors = RowErrors(await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(csv))));

        Assert.Contains(errors, e => e.Row == 1 && e.Column == "favourite_colour" && e.Message.Contains("not a question"));
        Assert.Contains(errors, e => e.Row == 1 && e.Column == "_uuid");
        Assert.Equal(before, await CountsAsync(c.CaseId));
    }

    [Fact]
    public async Task MissingCaseReferenceColumn_IsNamed()
    {
        var csv = Csv(Header[1..], Row("x")[1..]);

        var errors = RowErrors(await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(csv))));

        Assert.Contains(errors, e => e.Row == 1 && e.Column == "case_reference");
    }

    [Fact]
    public async Task ClosedCase_IsARowError_AndTheOtherRowsAreNotSaved()
    {
        var (open, openReference) = await NewCaseAsync();
        var (_, closedReference) = await NewCaseAsync(CaseStage.Closed);
        var before = await CountsAsync(open.CaseId);

        var errors = RowErrors(await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(Csv(Header, Row(openReference), Row(closedReference))))));

        var error = Assert.Single(errors);
        Assert.Equal((3, "case_reference"), (error.Row, error.Column));
        Assert.Contains("closed", error.Message);
        Assert.Equal(before, await CountsAsync(open.CaseId));
    }

    [Fact]
    public async Task CaseOfAnotherOffice_IsRefusedAsAnUnknownReference_WithoutSayingItExists()
    {
        var (own, ownReference) = await NewCaseAsync();
        var (erbil, erbilReference) = await NewCaseAsync(office: "Erbil office");
        var (ownBefore, erbilBefore) = (await CountsAsync(own.CaseId), await CountsAsync(erbil.CaseId));

        var errors = RowErrors(await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(Csv(Header, Row(ownReference), Row(erbilReference), Row("HW-NO-SUCH-CASE"))))));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("case_reference", e.Column));
        Assert.Equal(errors[0].Message.Replace(erbilReference, "REF"), errors[1].Message.Replace("HW-NO-SUCH-CASE", "REF"));
        Assert.Equal(ownBefore, await CountsAsync(own.CaseId));
        Assert.Equal(erbilBefore, await CountsAsync(erbil.CaseId));
    }

    [Fact]
    public async Task ErrorList_IsCapped_AndSaysHowManyMore()
    {
        var rows = Enumerable.Range(0, 250).Select(_ => Row("HW-NO-SUCH-CASE")).Prepend(Header).ToArray();

        var problem = await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(Csv(rows))));

        Assert.Equal(200, RowErrors(problem).Count);
        Assert.Equal(250, problem.GetProperty("errorCount").GetInt32());
        Assert.Equal(50, problem.GetProperty("moreErrors").GetInt32());
        Assert.Contains("50 more", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task EmptyFile_IsRefused() =>
        Assert.Contains("empty", FileError(await ProblemAsync(await PostAsync([]))));

    [Fact]
    public async Task FileWithOnlyAHeader_IsRefused() =>
        Assert.Contains("no submissions", FileError(await ProblemAsync(await PostAsync(Encoding.UTF8.GetBytes(Csv(Header))))));

    [Fact]
    public async Task FileOfAnotherType_IsRefused() =>
        Assert.Contains("neither a CSV", FileError(await ProblemAsync(await PostAsync([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "round.csv"))));

    [Fact]
    public async Task OversizedFile_IsRefused()
    {
        var (c, reference) = await NewCaseAsync();
        var before = await CountsAsync(c.CaseId);
        var file = new byte[50 * 1024 * 1024 + 1];
        Encoding.UTF8.GetBytes(Csv(Header, Row(reference))).CopyTo(file, 0);
        Array.Fill(file, (byte)' ', 4096, file.Length - 4096);

        Assert.Contains("larger than 50 MB", FileError(await ProblemAsync(await PostAsync(file))));
        Assert.Equal(before, await CountsAsync(c.CaseId));
    }

    private async Task<(HttpClient Browser, string Page)> PageAsync()
    {
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", Ct)).Content.ReadAsStringAsync(Ct);
        await browser.PostAsync("/account/login", PageForms.Form("login", ("Input.Email", "casemanager@demo.homeward"), ("Input.Password", Web.Features.Demo.DemoAccounts.Password),
            ("__RequestVerificationToken", PageForms.Token(login))), Ct);
        var page = await browser.GetAsync("/instruments/import-submissions", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (browser, await page.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> PostPageAsync(byte[] file)
    {
        var (browser, page) = await PageAsync();
        var form = Upload(file);
        form.Add(new StringContent("import-round"), "_handler");
        form.Add(new StringContent(PageForms.Token(page)), "__RequestVerificationToken");
        form.Add(new StringContent((await RssAsync()).ToString()), "instrument");
        var response = await browser.PostAsync("/instruments/import-submissions", form, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    [Fact]
    public async Task Page_ImportsAFile_AndListsTheFaultsOfAWrongOne()
    {
        var (c, reference) = await NewCaseAsync();
        var before = await CountsAsync(c.CaseId);

        var refused = await PostPageAsync(Encoding.UTF8.GetBytes(Csv(Header, Row(reference, "", new() { ["belonging"] = "maybe" }))));

        Assert.Contains("id=\"row-errors\"", refused);
        Assert.Contains("&#x27;maybe&#x27; is not a choice", refused.Replace("'", "&#x27;"));
        Assert.Contains("belonging", refused);
        Assert.Equal(before, await CountsAsync(c.CaseId));

        var imported = await PostPageAsync(Encoding.UTF8.GetBytes(Csv(Header, Row(reference))));

        Assert.Contains("id=\"import-done\"", imported);
        Assert.Equal(before.Submissions + 1, (await CountsAsync(c.CaseId)).Submissions);
    }

    [Fact]
    public async Task UnknownInstrument_IsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(Encoding.UTF8.GetBytes(Csv(Header)), instrumentId: Guid.NewGuid())).StatusCode);
}

public sealed class SubmissionImportTests_Sqlite(SqliteApp app) : SubmissionImportTests<SqliteApp>(app);
public sealed class SubmissionImportTests_Postgres(PostgresApp app) : SubmissionImportTests<PostgresApp>(app);
