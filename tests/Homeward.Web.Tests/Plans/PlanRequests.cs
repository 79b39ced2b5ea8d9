using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests.Plans;

/// <summary>Plan bodies and calls shared by the plan and assistance tests.</summary>
public static class PlanRequests
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
    public const string CaseManager = "casemanager@demo.homeward";
    public const string Supervisor = "manager@demo.homeward";

    public static object Activity(string type = "VocationalTraining", string description = "Tailoring course at the training centre") =>
        new { assistanceType = type, description, referralRequired = true, responsibleParty = "Dakar training centre", dueOn = Today.AddMonths(2), status = "Planned" };

    public static object Line(string description, object cost, string dimension = "Economic", Guid? lineKey = null) =>
        new { lineKey, description, dimension, estimatedCost = cost, currency = "EUR" };

    public static object Body(int? revision, object[] activities, object[] lines, string goals = "Open a tailoring workshop in Thiès") => new
    {
        revision,
        economicSummary = "Needs income: tailoring skills from Libya",
        socialSummary = "Lives with her mother",
        psychosocialSummary = "Wishes to talk to a counsellor",
        goals,
        plannedEndOfAssistance = Today.AddMonths(12),
        activities,
        budgetLines = lines,
    };

    /// <summary>A plan with one activity, a sewing machine (300, no approval needed) and a motorbike (800, above the limit).</summary>
    public static object TypicalBody(int? revision = null) =>
        Body(revision, [Activity()], [Line("Sewing machine", 300m), Line("Motorbike for deliveries", 800m, "Social")]);

    public static async Task<JsonElement> PutAsync(HttpClient client, Guid caseId, object body)
    {
        var response = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/plan", body, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    public static async Task<JsonElement> AgreeAsync(HttpClient client, Guid caseId, DateOnly? on = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/plan/agree", new { agreedOn = on ?? Today, method = "Signed" }, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    public static Task<JsonElement> GetAsync(HttpClient client, Guid caseId) => client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/plan", Ct);

    /// <summary>A Dakar case in Planning with the typical plan agreed today; returns the case id and the agreed plan.</summary>
    public static async Task<(Guid CaseId, JsonElement Plan)> AgreedCaseAsync(HomewardApp app, HttpClient client, object? body = null)
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        await PutAsync(client, created.CaseId, body ?? TypicalBody());
        var overview = await AgreeAsync(client, created.CaseId);
        return (created.CaseId, overview.GetProperty("current"));
    }

    public static JsonElement LineNamed(JsonElement plan, string description) =>
        plan.GetProperty("budgetLines").EnumerateArray().Single(l => l.GetProperty("description").GetString() == description);

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>The field a 400 names in its errors, or a 409 in its "field" extension.</summary>
    public static IEnumerable<string> FieldsNamed(JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name)
            : problem.TryGetProperty("field", out var field) ? [field.GetString()!] : [];
}
