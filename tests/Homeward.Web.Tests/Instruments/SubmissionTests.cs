using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Instruments;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments.Shipped;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Instruments;

/// <summary>Submitting instruments on cases: checks, scores, the assessment record, re-scoring and data scope.</summary>
public abstract class SubmissionTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const int Precision = 9;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Satisfied (0.75), sometimes (0.5), no children, so children_school is not relevant, services yes (1).</summary>
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["econ_satisfaction"] = "satisfied", ["food_reduction"] = "sometimes", ["has_children"] = "no", ["access_services"] = "yes", ["household_size"] = "4",
    };

    private async Task<Guid> ImportAsync(byte[] file)
    {
        var client = await app.SignedInAs("me@demo.homeward");
        var response = await client.PostAsync("/api/v1/instruments", TestForms.Upload(file), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    private Task<(int Submissions, int Scores, int Assessments, int AssessmentCount, int Events)> Counts(Guid caseId) => app.WithDb(async db =>
        (await db.InstrumentSubmissions.CountAsync(s => s.CaseId == caseId, Ct),
         await db.SubmissionScores.CountAsync(s => db.InstrumentSubmissions.Any(x => x.Id == s.SubmissionId && x.CaseId == caseId), Ct),
         await db.Assessments.CountAsync(a => a.CaseId == caseId, Ct),
         await db.Cases.Where(c => c.Id == caseId).Select(c => c.AssessmentCount).SingleAsync(Ct),
         await db.CaseEvents.CountAsync(e => e.CaseId == caseId, Ct)));

    private static double? Dimension(JsonElement scores, string name) => scores.GetProperty("dimensions").EnumerateArray()
        .Single(d => d.GetProperty("dimension").GetString() == name).GetProperty("score").GetDouble();

    [Fact]
    public async Task Submission_IsScored_AsTheHandCalculationSays_AndRecordedAsAnAssessmentOnTheCase()
    {
        var instrumentId = await ImportAsync(TestForms.Scored(TestForms.NewFormId()));
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await Counts(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new { instrumentId, answers = Answers }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var scores = body.GetProperty("scores").EnumerateArray().Single();
        Assert.Equal("1", scores.GetProperty("instrumentVersion").GetString());
        // economic = (2 × 0.75 + 1 × 0.5) / (2 + 1) = 2 / 3
        Assert.Equal(2.0 / 3.0, Dimension(scores, "economic")!.Value, Precision);
        // social = (1 × 1) / 1 = 1 — children_school is not relevant without children
        Assert.Equal(1.0, Dimension(scores, "social")!.Value, Precision);
        // composite = (1 × 0.75 + 1 × 0.5 + 1 × 1) / (1 + 1 + 1) = 0.75
        Assert.Equal(0.75, scores.GetProperty("composite").GetDouble(), Precision);

        var after = await Counts(created.CaseId);
        Assert.Equal((before.Submissions + 1, before.Scores + 1, before.Assessments + 1, before.AssessmentCount + 1, before.Events + 1), after);
        var record = await app.WithDb(db => db.Assessments.SingleAsync(a => a.CaseId == created.CaseId, Ct));
        Assert.Equal(AssessmentKind.SustainabilityBaseline, record.Kind);
        Assert.Equal("Fatou Ndiaye", record.ConductedBy);
        Assert.Equal(created.PersonId, record.PersonId);
        Assert.False(record.VulnerabilityFlagged);
        var stored = await app.WithDb(db => db.InstrumentSubmissions.SingleAsync(s => s.CaseId == created.CaseId, Ct));
        Assert.Equal(instrumentId, stored.InstrumentId);
        Assert.Equal(record.Id, stored.AssessmentRecordId);
        Assert.Equal("4", StoredAnswers.FromJson(stored.AnswersJson).Values["household_size"]);

        // The assessment counts for the case-stage rules: the case may now move to planning.
        var version = await app.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => c.Version).SingleAsync(Ct));
        var move = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Planning", version }, Ct);
        Assert.Equal(HttpStatusCode.OK, move.StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.CaseId}/submissions", Ct);
        var listed = list.EnumerateArray().Single();
        Assert.Equal("Fatou Ndiaye", listed.GetProperty("assessor").GetString());
        Assert.Equal("1", listed.GetProperty("instrument").GetProperty("version").GetString());
        Assert.Equal(0.75, listed.GetProperty("scores")[0].GetProperty("composite").GetDouble(), Precision);
    }

    [Fact]
    public async Task Submission_BreakingRequiredAndConstraint_Is400PerField_AndNothingIsStored()
    {
        var instrumentId = await ImportAsync(TestForms.Scored(TestForms.NewFormId()));
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await Counts(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var answers = new Dictionary<string, string>(Answers) { ["household_size"] = "0", ["econ_satisfaction"] = "", ["food_reduction"] = "maybe" };

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new { instrumentId, answers }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal("At least one person", errors.GetProperty("household_size")[0].GetString());
        Assert.True(errors.TryGetProperty("econ_satisfaction", out _));
        Assert.True(errors.TryGetProperty("food_reduction", out _));
        Assert.Equal(3, errors.EnumerateObject().Count());
        Assert.Equal(before, await Counts(created.CaseId));
    }

    [Fact]
    public async Task Submission_InARepeat_NamesTheInstanceAtFault()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await Counts(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new
        {
            formId = FamilySituation.FormId,
            answers = new { returned_with_family = "yes", children_apart = "no", main_income = "returnee", family_tension = "no" },
            repeats = new Dictionary<string, object[]>
            {
                ["member"] = [new { member_name = "Awa", relationship = "child", member_age = "9", member_in_school = "yes", member_needs_care = "no" },
                              new { member_name = "Omar", relationship = "parent", member_age = "130", member_works = "no", member_needs_care = "no" }],
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
        Assert.Equal(["member[1].member_age"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Equal(before, await Counts(created.CaseId));
    }

    [Fact]
    public async Task Submission_IgnoresAnswersToQuestionsThatAreNotRelevant()
    {
        var instrumentId = await ImportAsync(TestForms.Scored(TestForms.NewFormId()));
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        // children_school is answered, with a choice that does not even exist, but there are no children.
        var answers = new Dictionary<string, string>(Answers) { ["children_school"] = "no_such_choice" };

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new { instrumentId, answers }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var scores = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("scores")[0];
        Assert.Equal(1.0, Dimension(scores, "social")!.Value, Precision);
        var stored = await app.WithDb(db => db.InstrumentSubmissions.Where(s => s.CaseId == created.CaseId).Select(s => s.AnswersJson).SingleAsync(Ct));
        Assert.False(StoredAnswers.FromJson(stored).Values.ContainsKey("children_school"));
    }

    [Fact]
    public async Task RapidScreening_WithAReferralFlag_FlagsTheCase_AndWithoutOneDoesNot()
    {
        var flaggedCase = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var clearCase = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        object Screening(string flags, string nextStep) => new
        {
            formId = RapidVulnerabilityScreening.FormId,
            answers = new Dictionary<string, string>
            {
                ["individual_risks"] = "chronic_illness", ["individual_protective"] = "skills coping", ["household_risks"] = "none",
                ["household_protective"] = "family_support", ["community_risks"] = "none", ["community_protective"] = "community_network",
                ["structural_risks"] = "none", ["structural_protective"] = "none", ["referral_flags"] = flags,
                ["findings"] = "Needs follow-up for a chronic illness.", ["next_step"] = nextStep,
            },
        };

        var flagged = await client.PostAsJsonAsync($"/api/v1/cases/{flaggedCase.CaseId}/submissions", Screening("health_need mental_distress", "full_assessment"), Ct);
        var clear = await client.PostAsJsonAsync($"/api/v1/cases/{clearCase.CaseId}/submissions", Screening("none", "continue"), Ct);

        Assert.Equal(HttpStatusCode.Created, flagged.StatusCode);
        Assert.Equal(HttpStatusCode.Created, clear.StatusCode);
        var flaggedBody = await flagged.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(flaggedBody.GetProperty("vulnerabilityFlagged").GetBoolean());
        // No number stands for a person's vulnerability: the screening has no scores.
        Assert.Empty(flaggedBody.GetProperty("scores").EnumerateArray());
        var (flagOn, recordOn) = await app.WithDb(async db => (
            await db.Cases.Where(c => c.Id == flaggedCase.CaseId).Select(c => c.VulnerabilityFlag).SingleAsync(Ct),
            await db.Assessments.Where(a => a.CaseId == flaggedCase.CaseId).SingleAsync(Ct)));
        Assert.True(flagOn);
        Assert.True(recordOn.VulnerabilityFlagged);
        Assert.Equal(AssessmentKind.RapidVulnerabilityScreening, recordOn.Kind);
        Assert.Equal("Needs follow-up for a chronic illness.", recordOn.Findings);
        Assert.False(await app.WithDb(db => db.Cases.Where(c => c.Id == clearCase.CaseId).Select(c => c.VulnerabilityFlag).SingleAsync(Ct)));
        // The flagged screening leaves the case manager a task for the full assessment; the clear one does not.
        var tasks = await app.WithDb(db => db.Notifications.Where(n => n.Link == $"/cases/{flaggedCase.CaseId}/assessments" || n.Link == $"/cases/{clearCase.CaseId}/assessments").Select(n => n.Link).ToListAsync(Ct));
        Assert.Equal([$"/cases/{flaggedCase.CaseId}/assessments"], tasks);

        // A flag set with 'continue' as next step breaks the form's own constraint.
        var contradictory = await client.PostAsJsonAsync($"/api/v1/cases/{clearCase.CaseId}/submissions", Screening("trafficking", "continue"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, contradictory.StatusCode);
        Assert.True((await contradictory.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("next_step", out _));
    }

    [Fact]
    public async Task Rescoring_UnderANewerVersion_KeepsBothScoreSets()
    {
        var formId = TestForms.NewFormId();
        var first = await ImportAsync(TestForms.Scored(formId, version: "1", econWeight: "2"));
        var second = await ImportAsync(TestForms.Scored(formId, version: "2", econWeight: "4"));
        var other = await ImportAsync(TestForms.Scored(TestForms.NewFormId()));
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var submitted = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new { instrumentId = first, answers = Answers }, Ct);
        var submissionId = (await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        // M&E officers see de-identified data only: re-scoring an identified submission is a programme manager's action.
        var analyst = await app.SignedInAs("manager@demo.homeward");

        var rescored = await analyst.PostAsync($"/api/v1/submissions/{submissionId}/rescore?instrumentId={second}", null, Ct);

        Assert.Equal(HttpStatusCode.OK, rescored.StatusCode);
        var sets = (await rescored.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("scores").EnumerateArray().ToList();
        Assert.Equal(["1", "2"], sets.Select(s => s.GetProperty("instrumentVersion").GetString()));
        // version 1: economic = (2 × 0.75 + 1 × 0.5) / 3 = 2 / 3
        Assert.Equal(2.0 / 3.0, Dimension(sets[0], "economic")!.Value, Precision);
        // version 2: economic = (4 × 0.75 + 1 × 0.5) / (4 + 1) = 3.5 / 5 = 0.7; composite weights unchanged, so 0.75 both times
        Assert.Equal(0.7, Dimension(sets[1], "economic")!.Value, Precision);
        Assert.Equal(0.75, sets[1].GetProperty("composite").GetDouble(), Precision);
        Assert.Equal(first, await app.WithDb(db => db.InstrumentSubmissions.Where(s => s.Id == submissionId).Select(s => s.InstrumentId).SingleAsync(Ct)));

        var again = await analyst.PostAsync($"/api/v1/submissions/{submissionId}/rescore?instrumentId={second}", null, Ct);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var otherForm = await analyst.PostAsync($"/api/v1/submissions/{submissionId}/rescore?instrumentId={other}", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, otherForm.StatusCode);
        Assert.True((await otherForm.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("instrumentId", out _));
        var none = await analyst.PostAsync($"/api/v1/submissions/{submissionId}/rescore", null, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(2, await app.WithDb(db => db.SubmissionScores.CountAsync(s => s.SubmissionId == submissionId, Ct)));
    }

    [Fact]
    public async Task AnotherOfficesCase_Is404_ForSubmittingListingAndRescoring()
    {
        var instrumentId = await ImportAsync(TestForms.Scored(TestForms.NewFormId()));
        var dakar = await TestCases.CreateAsync(app, CaseStage.Assessment, office: "Dakar office");
        var own = await app.SignedInAs("casemanager@demo.homeward");
        var submitted = await own.PostAsJsonAsync($"/api/v1/cases/{dakar.CaseId}/submissions", new { instrumentId, answers = Answers }, Ct);
        var submissionId = (await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var before = await Counts(dakar.CaseId);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");

        Assert.Equal(HttpStatusCode.NotFound, (await erbil.PostAsJsonAsync($"/api/v1/cases/{dakar.CaseId}/submissions", new { instrumentId, answers = Answers }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{dakar.CaseId}/submissions", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.PostAsync($"/api/v1/submissions/{submissionId}/rescore?instrumentId={instrumentId}", null, Ct)).StatusCode);
        Assert.Equal(before, await Counts(dakar.CaseId));
    }

    [Fact]
    public async Task Submission_WithAnUnknownInstrumentOrAFutureDate_Is400NamingTheField()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var before = await Counts(created.CaseId);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var unknown = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new { instrumentId = Guid.NewGuid(), answers = Answers }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("instrumentId", out _));
        var future = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions",
            new { formId = ReintegrationSustainabilitySurvey.FormId, answeredOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), answers = new { } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.True((await future.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("answeredOn", out _));
        Assert.Equal(before, await Counts(created.CaseId));
    }
}

[Collection(InstrumentLibraryCollection.Name)]
public sealed class SubmissionTests_Sqlite(SqliteApp app) : SubmissionTests<SqliteApp>(app);
[Collection(InstrumentLibraryCollection.Name)]
public sealed class SubmissionTests_Postgres(PostgresApp app) : SubmissionTests<PostgresApp>(app);
