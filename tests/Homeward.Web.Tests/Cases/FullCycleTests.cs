using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Cases;

/// <summary>
/// One returnee through the whole case-management cycle by the API alone: registration with a household, assessment,
/// plan with a budget line above the approval limit, agreement, supervisor's approval, assistance, follow-up, closure.
/// </summary>
public abstract class FullCycleTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private async Task<int> Version(HttpClient client, string caseId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}", Ct)).GetProperty("version").GetInt32();

    private async Task Move(HttpClient client, string caseId, string to) =>
        await Ok(await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/transitions", new { to, version = await Version(client, caseId) }, Ct));

    [Fact]
    public async Task AReturnee_GoesFromRegistrationToClosure_ThroughTheApi()
    {
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        var supervisor = await app.SignedInAs("manager@demo.homeward");
        var community = await app.WithDb(db => db.Locations.Where(l => l.Code.StartsWith("SN-") && l.Level == Domain.Locations.LocationLevel.Community).Select(l => l.Id).FirstAsync(Ct));
        var family = $"Cycle{Guid.NewGuid():N}"[..14];

        var registered = await Ok(await caseManager.PostAsJsonAsync("/api/v1/cases", new
        {
            principal = new { givenName = "Mariama", familyName = family, sex = "Female", dateOfBirth = new DateOnly(1991, 3, 12), phone = "+221 77 000 00 00" },
            householdMembers = new[] { new { givenName = "Ibou", familyName = family, sex = "Male", dateOfBirth = Today.AddYears(-6), relationship = "Child" } },
            hostCountry = "Libya", returnDate = Today.AddDays(-12), returnType = "VoluntaryAssisted", returnLocationId = community,
            consents = new[] { new { purpose = "CaseManagement", givenOn = Today, method = "Written", obtainedBy = "Fatou Ndiaye" }, new { purpose = "ReferralToPartners", givenOn = Today, method = "Written", obtainedBy = "Fatou Ndiaye" } },
        }, Ct), HttpStatusCode.Created);
        var caseId = registered.GetProperty("id").GetString()!;

        await Move(caseManager, caseId, "Assessment");
        await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/assessments", new { kind = "SkillsAndCapacities", conductedOn = Today, findings = "Tailor for eight years" }, Ct), HttpStatusCode.Created);
        await Move(caseManager, caseId, "Planning");

        await Ok(await caseManager.PutAsJsonAsync($"/api/v1/cases/{caseId}/plan", new
        {
            revision = (int?)null, goals = "Open a tailoring workshop", economicSummary = "Workshop with one machine",
            socialSummary = "Enrol Ibou in school", psychosocialSummary = "Peer group",
            activities = new[] { new { assistanceType = "IndividualMicroBusiness", description = "Set up the workshop", referralRequired = false, dueOn = Today.AddMonths(2) } },
            budgetLines = new[]
            {
                new { description = "Sewing machine", dimension = "Economic", estimatedCost = 650m },
                new { description = "Fabric", dimension = "Economic", estimatedCost = 150m },
            },
        }, Ct));
        var draft = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/plan", Ct);
        var revision = draft.GetProperty("current").GetProperty("revision").GetInt32();
        // The family plan waits for the child's best-interests assessment, made with the child's participation.
        var ibou = (await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/children", Ct))[0].GetProperty("personId").GetGuid();
        await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/children/{ibou}/best-interests-assessments", Children.FamilyCases.Bia(), Ct), HttpStatusCode.Created);
        await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/agree", new { agreedOn = Today, method = "Signed", revision }, Ct));

        var agreed = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/plan", Ct);
        var machine = agreed.GetProperty("current").GetProperty("budgetLines").EnumerateArray().First(l => l.GetProperty("description").GetString() == "Sewing machine");
        Assert.Equal("Pending", machine.GetProperty("approval").GetString());
        await Ok(await supervisor.PostAsync($"/api/v1/cases/{caseId}/budget-lines/{machine.GetProperty("id").GetString()}/approve", null, Ct));

        await Move(caseManager, caseId, "Implementation");
        await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", new
        {
            budgetLineId = machine.GetProperty("id").GetString(), deliveredOn = Today, amount = 650m, method = "InKind", goods = "Sewing machine", supplier = "Dakar Machines", deliveredBy = "Fatou Ndiaye",
        }, Ct));
        await Move(caseManager, caseId, "Monitoring");

        var schedule = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/follow-ups", Ct);
        var firstVisit = schedule.GetProperty("visits")[0].GetProperty("id").GetString();
        await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/follow-ups", new
        {
            visitId = firstVisit, doneOn = Today, mode = "InPerson", economicFindings = "Workshop open, first clients", socialFindings = "Ibou in school",
        }, Ct), HttpStatusCode.Created);

        // Ibou takes part in the decision to close (his assessment, on the day the plan was agreed, is his final review).
        await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/children/{ibou}/participation", Children.FamilyCases.Heard(step: "Closure"), Ct), HttpStatusCode.Created);
        var pending = await Ok(await caseManager.PostAsJsonAsync($"/api/v1/cases/{caseId}/close", new { reason = "SupportPeriodEnded", version = await Version(caseManager, caseId) }, Ct));
        Assert.True(pending.GetProperty("pendingApproval").GetBoolean());
        await Ok(await supervisor.PostAsJsonAsync($"/api/v1/cases/{caseId}/closure/approve", new { version = await Version(supervisor, caseId) }, Ct));

        var closed = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}", Ct);
        Assert.Equal("Closed", closed.GetProperty("stage").GetString());
        Assert.Equal(2, closed.GetProperty("household").GetArrayLength());
        var kinds = closed.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        foreach (var kind in new[] { "Registered", "StageChanged", "AssessmentRecorded", "PlanAgreed", "AssistanceDelivered", "FollowUpRecorded", "ClosureRequested", "ClosureApproved" })
            Assert.Contains(kind, kinds);
    }
}

public sealed class FullCycleTests_Sqlite(SqliteApp app) : FullCycleTests<SqliteApp>(app);
public sealed class FullCycleTests_Postgres(PostgresApp app) : FullCycleTests<PostgresApp>(app);
