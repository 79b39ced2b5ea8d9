using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>
/// Best interests assessments through the shipped instruments, the rule that a forced return is never in a child's best
/// interests, the visibility of child-protection content, and the family plan waiting for each child's assessment.
/// </summary>
public abstract class BestInterestsTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string CaseManager = "casemanager@demo.homeward";
    private const string Supervisor = "manager@demo.homeward";

    private Task<int> BiaCount(Guid caseId) => app.WithDb(db => db.BestInterestsAssessments.CountAsync(b => b.CaseId == caseId, Ct));

    [Fact]
    public async Task ShortForm_IsRecorded_WithParticipationAssessorAndDate_AndIsRepeatableWithTheComprehensiveForm()
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var path = Child(family.CaseId, family.Amina, "/best-interests-assessments");

        var (response, saved) = await PostAsync(client, path, Bia(on: Today.AddDays(-1)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(("Short", "InBestInterests", "Fatou Ndiaye"), (saved.GetProperty("form").GetString(), saved.GetProperty("returnFinding").GetString(), saved.GetProperty("assessor").GetString()));
        Assert.Equal("Wants to live with her aunt and go to school.", saved.GetProperty("participation").GetProperty("childViews").GetString());
        var comprehensive = new Dictionary<string, object>(ShortAnswers("not_determined"))
        {
            ["family_relationships"] = "good", ["violence_risk"] = "no", ["separated_from_parents"] = "no", ["birth_registered"] = "not_sure",
            ["identity_document"] = "no", ["psychosocial_wellbeing"] = "some_concerns", ["community_acceptance"] = "yes",
            ["options_considered"] = "Stay with mother in Pikine; live with the aunt in Thiès.", ["determination_needed"] = "no",
        };
        comprehensive.Remove("urgent_actions");
        var (second, _) = await PostAsync(client, path, Bia("Comprehensive", comprehensive));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);

        var records = await client.GetFromJsonAsync<JsonElement>(path, Ct);
        Assert.Equal(["Comprehensive", "Short"], records.EnumerateArray().Select(r => r.GetProperty("form").GetString()));
        Assert.Equal("some_concerns", records[0].GetProperty("answers").GetProperty("psychosocial_wellbeing").GetString());
        await app.WithDb(async db =>
        {
            var assessments = await db.Assessments.Where(a => a.CaseId == family.CaseId && a.Kind == AssessmentKind.BestInterests).ToListAsync(Ct);
            Assert.Equal(2, assessments.Count);
            Assert.All(assessments, a => Assert.Equal(family.Amina, a.PersonId));
            Assert.Equal(2, await db.ChildParticipations.CountAsync(p => p.PersonId == family.Amina && p.Step == Domain.Children.ParticipationStep.BestInterestsAssessment, Ct));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Read && e.EntityType == "BestInterestsAssessment", Ct));
            return true;
        });
        var summary = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{family.CaseId}/children", Ct)).EnumerateArray().Single(c => c.GetProperty("personId").GetGuid() == family.Amina);
        Assert.Equal(2, summary.GetProperty("bestInterestsAssessments").GetInt32());
    }

    [Fact]
    public async Task ForcedReturn_CannotBeRecordedAsInTheChildsBestInterests_400_NothingSaved_AndTheCaseIsFlagged()
    {
        var family = await CreateAsync(app, returnType: ReturnType.Forced);
        var client = await app.SignedInAs(CaseManager);
        var path = Child(family.CaseId, family.Amina, "/best-interests-assessments");

        var (refused, problem) = await PostAsync(client, path, Bia());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("return_in_best_interests", out _), problem.ToString());
        Assert.Equal(0, await BiaCount(family.CaseId));
        Assert.Equal(0, await app.WithDb(db => db.Assessments.CountAsync(a => a.CaseId == family.CaseId && a.Kind == AssessmentKind.BestInterests, Ct)));

        var (accepted, saved) = await PostAsync(client, path, Bia(answers: ShortAnswers("not_in_best_interests")));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal("NotInBestInterests", saved.GetProperty("returnFinding").GetString());
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{family.CaseId}", Ct);
        Assert.True(details.GetProperty("flag").GetProperty("forcedReturnWithChild").GetBoolean());
        Assert.True((await client.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Amina), Ct)).GetProperty("forcedReturn").GetBoolean());
    }

    public static TheoryData<string, string> BadAssessments => new()
    {
        { "form", """{"conductedOn":"2025-01-01","participation":{"heard":true,"method":"PlayOrDrawing","language":"Wolof","childViews":"x"},"answers":{}}""" },
        { "conductedOn", """{"form":"Short","participation":{"heard":true,"method":"PlayOrDrawing","language":"Wolof","childViews":"x"},"answers":{}}""" },
        { "participation.heard", """{"form":"Short","conductedOn":"2025-01-01","answers":{}}""" },
        { "participation.childViews", """{"form":"Short","conductedOn":"2025-01-01","participation":{"heard":true,"method":"PlayOrDrawing","language":"Wolof"},"answers":{}}""" },
        { "participation.notHeardReason", """{"form":"Short","conductedOn":"2025-01-01","participation":{"heard":false},"answers":{}}""" },
        { "findings", """{"form":"Short","conductedOn":"2025-01-01","participation":{"heard":true,"method":"PlayOrDrawing","language":"Wolof","childViews":"x"},"answers":{"immediate_danger":"no"}}""" },
        { "care_arrangement", """{"form":"Short","conductedOn":"2025-01-01","participation":{"heard":true,"method":"PlayOrDrawing","language":"Wolof","childViews":"x"},"answers":{"care_arrangement":"on_the_moon"}}""" },
        { "form", """{"form":"Medium","conductedOn":"2025-01-01"}""" },
    };

    [Theory]
    [MemberData(nameof(BadAssessments))]
    public async Task Assessment_WithAFieldMissingOrWrong_Is400NamingIt_AndNothingIsSaved(string field, string body)
    {
        var family = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);

        var response = await client.PostAsync(Child(family.CaseId, family.Amina, "/best-interests-assessments"),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await BiaCount(family.CaseId));
        Assert.Equal(0, await app.WithDb(db => db.ChildParticipations.CountAsync(p => p.CaseId == family.CaseId, Ct)));
    }

    [Fact]
    public async Task BestInterestsContent_NeedsTheSensitiveDataPermission_AsWellAsTheScope()
    {
        var family = await CreateAsync(app);
        var erbil = await CreateAsync(app, office: "Erbil office");
        var caseManager = await app.SignedInAs(CaseManager);
        await PostAsync(caseManager, Child(family.CaseId, family.Amina, "/best-interests-assessments"), Bia());
        var supervisor = await app.SignedInAs(Supervisor);
        var path = Child(family.CaseId, family.Amina, "/best-interests-assessments");

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync(path, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(supervisor, path, Bia())).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await caseManager.GetAsync(Child(erbil.CaseId, erbil.Amina, "/best-interests-assessments"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(caseManager, Child(erbil.CaseId, erbil.Amina, "/best-interests-assessments"), Bia())).Response.StatusCode);
        var view = await supervisor.GetFromJsonAsync<JsonElement>(Child(family.CaseId, family.Amina), Ct);
        var listed = Assert.Single(view.GetProperty("bestInterestsAssessments").EnumerateArray());
        Assert.Equal("Short", listed.GetProperty("form").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("returnFinding").ValueKind);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("summary").ValueKind);
        Assert.Equal(JsonValueKind.Null, Assert.Single(view.GetProperty("assessments").EnumerateArray()).GetProperty("findings").ValueKind);
        Assert.Equal(1, await BiaCount(family.CaseId));
        Assert.Equal(0, await BiaCount(erbil.CaseId));
    }

    [Fact]
    public async Task Assessment_AfterClosure_Is409_AndTheGenericAssessmentRoutesRefuseTheBestInterestsForms()
    {
        var family = await CreateAsync(app, stage: CaseStage.Closed);
        var open = await CreateAsync(app);
        var client = await app.SignedInAs(CaseManager);

        var (closed, body) = await PostAsync(client, Child(family.CaseId, family.Amina, "/best-interests-assessments"), Bia());
        var (generic, genericBody) = await PostAsync(client, $"/api/v1/cases/{open.CaseId}/submissions",
            new { formId = "homeward_bia_short", personId = open.Amina, answers = ShortAnswers() });
        var (manual, _) = await PostAsync(client, $"/api/v1/cases/{open.CaseId}/assessments", new { kind = "BestInterests", conductedOn = Today });

        Assert.Equal(HttpStatusCode.Conflict, closed.StatusCode);
        Assert.Equal("case-closed", body.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, generic.StatusCode);
        Assert.True(genericBody.GetProperty("errors").TryGetProperty("instrumentId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, manual.StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.Assessments.CountAsync(a => (a.CaseId == family.CaseId || a.CaseId == open.CaseId) && a.Kind == AssessmentKind.BestInterests, Ct)));
    }

    [Fact]
    public async Task FamilyPlan_IsNotAgreed_UntilEachChildHasAnAssessmentOrASupervisorsReason_409NamingTheChildren()
    {
        var family = await CreateAsync(app, stage: CaseStage.Planning);
        var client = await app.SignedInAs(CaseManager);
        await Plans.PlanRequests.PutAsync(client, family.CaseId, Plans.PlanRequests.TypicalBody());
        var agree = $"/api/v1/cases/{family.CaseId}/plan/agree";
        var agreement = new { agreedOn = Today, method = "Signed" };

        var (refused, problem) = await PostAsync(client, agree, agreement);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("children-without-bia", problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("Amina", detail);
        Assert.Contains("Ousmane", detail);
        Assert.DoesNotContain("Ibrahima", detail);
        Assert.Equal("Draft", (await Plans.PlanRequests.GetAsync(client, family.CaseId)).GetProperty("current").GetProperty("status").GetString());
        Assert.Null(await app.WithDb(db => db.Cases.Where(c => c.Id == family.CaseId).Select(c => c.PlanAgreedOn).SingleAsync(Ct)));

        await PostAsync(client, Child(family.CaseId, family.Amina, "/best-interests-assessments"), Bia());
        var (stillRefused, stillProblem) = await PostAsync(client, agree, agreement);
        Assert.Equal(HttpStatusCode.Conflict, stillRefused.StatusCode);
        Assert.DoesNotContain("Amina", stillProblem.GetProperty("detail").GetString()!);
        Assert.Contains("Ousmane", stillProblem.GetProperty("detail").GetString()!);

        // Only a supervisor records why not, and gives a reason.
        var waiver = Child(family.CaseId, family.Ousmane, "/best-interests-waiver");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, waiver, new { reason = "Urgent" })).Response.StatusCode);
        var supervisor = await app.SignedInAs(Supervisor);
        var (noReason, noReasonBody) = await PostAsync(supervisor, waiver, new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True(noReasonBody.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(0, await app.WithDb(db => db.BestInterestsWaivers.CountAsync(w => w.CaseId == family.CaseId, Ct)));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(supervisor, waiver,
            new { reason = "Ousmane is 4 and with his mother; the assessment follows within two weeks, the medical plan cannot wait." })).Response.StatusCode);

        var (agreed, _) = await PostAsync(client, agree, agreement);
        Assert.Equal(HttpStatusCode.OK, agreed.StatusCode);
        Assert.Equal(2, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == family.CaseId && e.Kind == CaseEventKind.BestInterests, Ct)));
    }

    [Fact]
    public async Task ChildrenReport_GivesThePagesSuppressedNumbers_InNumbersOnly()
    {
        var family = await CreateAsync(app, returnType: ReturnType.Forced);
        var client = await app.SignedInAs(CaseManager);
        await PostAsync(client, Child(family.CaseId, family.Amina, "/best-interests-assessments"), Bia(answers: ShortAnswers("not_determined")));
        await PostAsync(client, Child(family.CaseId, family.Amina, "/follow-up-findings"), new { seenOn = Today, inSchool = true });

        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports/children", Ct);

        var threshold = report.GetProperty("threshold").GetInt32();
        Assert.True(threshold >= 2);
        int? Figure(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();
        var figures = new[] { "children", "unaccompaniedChildren", "separatedChildren", "forcedReturnsInvolvingChildren", "childrenWithBestInterestsAssessment",
                "childrenWithAssessmentPending", "determinationsInProgress", "determinationOutcomesTotal", "childrenSeenAtFollowUp", "childrenInSchoolAtFollowUp",
                "childrenNotInSchoolAtFollowUp" }
            .Select(name => (name, Figure(report.GetProperty(name))))
            .Concat(report.GetProperty("byAgeGroupAndSex").EnumerateArray().Select(c => ($"{c.GetProperty("ageGroup")} {c.GetProperty("sex")}", Figure(c.GetProperty("count")))))
            .Concat(report.GetProperty("determinationOutcomes").EnumerateObject().Select(o => (o.Name, Figure(o.Value))))
            .ToList();
        // No number shown counts someone yet fewer than the threshold: those are null, as "Suppressed" on the page.
        foreach (var (name, count) in figures)
            Assert.False(count is > 0 && count < threshold, $"{name} = {count} is shown under the threshold of {threshold}");
        // The table's grand total is the number of children, and the family's forced return counts among them.
        var total = report.GetProperty("byAgeGroupAndSex").EnumerateArray()
            .Single(c => c.GetProperty("ageGroup").ValueKind == JsonValueKind.Null && c.GetProperty("sex").ValueKind == JsonValueKind.Null);
        Assert.Equal(Figure(report.GetProperty("children")), Figure(total.GetProperty("count")));
        Assert.True(Figure(report.GetProperty("children")) >= threshold);
        Assert.DoesNotContain("Amina", report.ToString());
    }
}

public sealed class BestInterestsTests_Sqlite(SqliteApp app) : BestInterestsTests<SqliteApp>(app);

public sealed class BestInterestsTests_Postgres(PostgresApp app) : BestInterestsTests<PostgresApp>(app);
