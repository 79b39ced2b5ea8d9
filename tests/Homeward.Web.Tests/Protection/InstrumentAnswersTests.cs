using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments;
using Homeward.Web.Tests.Instruments.Shipped;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>Instrument answers are encrypted at rest; a sensitive instrument's answers are shown only with the sensitive data permission, its scores to all.</summary>
public abstract class InstrumentAnswersTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task SensitiveAnswers_AreEncrypted_AndShownOnlyWithThePermission_ScoresStayForEveryone()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var finding = $"Told of beatings in detention {Guid.NewGuid():N}"[..40];
        var withPermission = await app.SignedInAs("casemanager@demo.homeward");
        var screening = await withPermission.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new
        {
            formId = RapidVulnerabilityScreening.FormId,
            answers = new Dictionary<string, string>
            {
                ["individual_risks"] = "chronic_illness", ["individual_protective"] = "skills", ["household_risks"] = "none",
                ["household_protective"] = "family_support", ["community_risks"] = "none", ["community_protective"] = "community_network",
                ["structural_risks"] = "none", ["structural_protective"] = "none", ["referral_flags"] = "none", ["findings"] = finding, ["next_step"] = "continue",
            },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, screening.StatusCode);
        var screeningId = (await screening.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // A survey that is not sensitive, scored.
        var me = await app.SignedInAs("me@demo.homeward");
        var imported = await me.PostAsync("/api/v1/instruments", TestForms.Upload(TestForms.Scored(TestForms.NewFormId())), Ct);
        var surveyInstrument = (await imported.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        var survey = await withPermission.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new
        {
            instrumentId = surveyInstrument,
            answers = new Dictionary<string, string> { ["econ_satisfaction"] = "satisfied", ["food_reduction"] = "sometimes", ["has_children"] = "no", ["access_services"] = "yes", ["household_size"] = "4" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, survey.StatusCode);
        var surveyId = (await survey.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();

        // At rest: ciphertext, for both.
        foreach (var id in new[] { screeningId, surveyId })
        {
            var raw = await RawTextAsync(app, "instrument_submissions", "AnswersJson", id);
            Assert.StartsWith("hwenc1:", raw);
            Assert.DoesNotContain("chronic_illness", raw);
            Assert.DoesNotContain("satisfied", raw);
        }

        // With the permission: the answers.
        var full = (await GetJsonAsync(withPermission, $"/api/v1/cases/{created.CaseId}/submissions")).EnumerateArray().ToList();
        var seen = full.Single(s => s.GetProperty("id").GetGuid() == screeningId);
        Assert.False(seen.GetProperty("answersRestricted").GetBoolean());
        Assert.Equal(("chronic_illness", finding), (seen.GetProperty("answers").GetProperty("values").GetProperty("individual_risks").GetString(),
            seen.GetProperty("answers").GetProperty("values").GetProperty("findings").GetString()));

        // Without it (a programme manager sees the case): the screening exists, its answers do not; the survey's answers and scores do.
        var manager = await app.SignedInAs("manager@demo.homeward");
        var response = await manager.GetAsync($"/api/v1/cases/{created.CaseId}/submissions", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("chronic_illness", text);
        Assert.DoesNotContain(finding, text);
        var listed = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var restricted = listed.Single(s => s.GetProperty("id").GetGuid() == screeningId);
        Assert.True(restricted.GetProperty("answersRestricted").GetBoolean());
        Assert.Equal(JsonValueKind.Null, restricted.GetProperty("answers").ValueKind);
        var open = listed.Single(s => s.GetProperty("id").GetGuid() == surveyId);
        Assert.Equal("satisfied", open.GetProperty("answers").GetProperty("values").GetProperty("econ_satisfaction").GetString());
        Assert.NotEqual(JsonValueKind.Null, open.GetProperty("scores")[0].GetProperty("composite").ValueKind);

        // The pages say the same.
        var managerPage = await (await (await CookieBrowser.SignInAsync(app, "manager@demo.homeward")).GetAsync($"/cases/{created.CaseId}/assessments", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Answers withheld: reading them needs the sensitive data permission.", managerPage);
        Assert.DoesNotContain(finding, managerPage);
        var ownPage = await (await (await CookieBrowser.SignInAsync(app, "casemanager@demo.homeward")).GetAsync($"/cases/{created.CaseId}/assessments", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains(finding, ownPage);
        Assert.DoesNotContain("Answers withheld", ownPage);
    }

    [Fact]
    public async Task StoredAnswers_AreReadBackForRescoring()
    {
        var formId = TestForms.NewFormId();
        var me = await app.SignedInAs("me@demo.homeward");
        var ids = new List<Guid>();
        foreach (var (version, weight) in new[] { ("1", "2"), ("2", "4") })
            ids.Add((await (await me.PostAsync("/api/v1/instruments", TestForms.Upload(TestForms.Scored(formId, version, weight)), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid());
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var submitted = await caseManager.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/submissions", new
        {
            instrumentId = ids[0],
            answers = new Dictionary<string, string> { ["econ_satisfaction"] = "satisfied", ["food_reduction"] = "sometimes", ["has_children"] = "no", ["access_services"] = "yes", ["household_size"] = "4" },
        }, Ct);
        var submissionId = (await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.StartsWith("hwenc1:", await RawTextAsync(app, "instrument_submissions", "AnswersJson", submissionId));

        var rescored = await caseManager.PostAsync($"/api/v1/submissions/{submissionId}/rescore?instrumentId={ids[1]}", null, Ct);
        Assert.Equal(HttpStatusCode.OK, rescored.StatusCode);
        Assert.Equal(2, (await rescored.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("scores").GetArrayLength());
        Assert.Equal(2, await app.WithDb(db => db.SubmissionScores.CountAsync(s => s.SubmissionId == submissionId, Ct)));
    }
}

[Collection(Instruments.InstrumentLibraryCollection.Name)]
public sealed class InstrumentAnswersTests_Sqlite(SqliteApp app) : InstrumentAnswersTests<SqliteApp>(app);
[Collection(Instruments.InstrumentLibraryCollection.Name)]
public sealed class InstrumentAnswersTests_Postgres(PostgresApp app) : InstrumentAnswersTests<PostgresApp>(app);
