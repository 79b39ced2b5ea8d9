using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Monitoring.StatisticsData;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>Evaluation records: criteria, evaluator, dates, findings, recommendations, management responses and their follow-up.</summary>
public abstract class EvaluationTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static object Valid(string title) => new
    {
        title, type = "MidTerm", criteria = new[] { "Relevance", "Effectiveness", "Sustainability" }, evaluator = "Independent evaluator",
        startedOn = "2026-03-01", endedOn = "2026-05-30", findings = "Economic reintegration is stronger than psychosocial.",
        recommendations = new[] { "Strengthen psychosocial referrals.", "Shorten the time to plan." },
    };

    private static async Task AssertBadRequestAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task AnEvaluation_IsRecorded_WithItsRecommendations_AndManagementResponds()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var title = $"Mid-term evaluation {Guid.NewGuid():N}";
        var created = await me.PostAsJsonAsync("/api/v1/evaluations", Valid(title), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var evaluation = await created.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(["Relevance", "Effectiveness", "Sustainability"], evaluation.GetProperty("criteria").EnumerateArray().Select(c => c.GetString()));
        var recommendations = evaluation.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal(2, recommendations.Count);
        Assert.All(recommendations, r => Assert.Equal("Pending", r.GetProperty("response").GetString()));

        var id = evaluation.GetProperty("id").GetGuid();
        var first = recommendations[0].GetProperty("id").GetGuid();
        var second = recommendations[1].GetProperty("id").GetGuid();
        var manager = await app.SignedInAs("manager@demo.homeward");
        var path = $"/api/v1/evaluations/{id}/recommendations/{first}/response";
        await AssertBadRequestAsync(await manager.PutAsJsonAsync(path, new { response = "Accepted" }, Ct), "followUpAction");
        await AssertBadRequestAsync(await manager.PutAsJsonAsync($"/api/v1/evaluations/{id}/recommendations/{second}/response", new { response = "Rejected" }, Ct), "note");
        await AssertBadRequestAsync(await manager.PutAsJsonAsync(path, new { response = "Maybe" }, Ct), "response");
        Assert.Equal("Pending", (await app.WithDb(db => db.EvaluationRecommendations.SingleAsync(r => r.Id == first, Ct))).Response.ToString());

        var answered = await manager.PutAsJsonAsync(path, new { response = "Accepted", followUpAction = "Train case managers on referrals", responsible = "Programme manager", dueOn = "2026-09-30", progress = "InProgress" }, Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var list = await me.GetFromJsonAsync<JsonElement>("/api/v1/evaluations", Ct);
        var stored = list.EnumerateArray().Single(e => e.GetProperty("title").GetString() == title);
        var response = stored.GetProperty("recommendations")[0];
        Assert.Equal("Accepted", response.GetProperty("response").GetString());
        Assert.Equal("InProgress", response.GetProperty("progress").GetString());
        Assert.Equal("Train case managers on referrals", response.GetProperty("followUpAction").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync($"/api/v1/evaluations/{id}/recommendations/{Guid.NewGuid()}/response",
            new { response = "Accepted", followUpAction = "x" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task BadEvaluations_Are400NamingTheField_AndNothingIsSaved()
    {
        var me = await app.SignedInAs("me@demo.homeward");
        var title = $"Refused {Guid.NewGuid():N}";
        var cases = new (object Body, string Field)[]
        {
            (new { title, type = "MidTerm", criteria = Array.Empty<string>(), evaluator = "E", startedOn = "2026-03-01" }, "criteria"),
            (new { title, type = "MidTerm", criteria = new[] { "Beauty" }, evaluator = "E", startedOn = "2026-03-01" }, "criteria"),
            (new { title, type = "MidTerm", criteria = new[] { "Impact" }, evaluator = "E", startedOn = "2026-03-01", endedOn = "2026-02-01" }, "endedOn"),
            (new { title = " ", type = "MidTerm", criteria = new[] { "Impact" }, evaluator = "E", startedOn = "2026-03-01" }, "title"),
            (new { title, type = "MidTerm", criteria = new[] { "Impact" }, evaluator = "", startedOn = "2026-03-01" }, "evaluator"),
            (new { title, type = "Quick", criteria = new[] { "Impact" }, evaluator = "E", startedOn = "2026-03-01" }, "type"),
            (new { title, type = "MidTerm", criteria = new[] { "Impact" }, evaluator = "E" }, "startedOn"),
            (new { title, type = "MidTerm", criteria = new[] { "Impact" }, evaluator = "E", startedOn = "2026-03-01", recommendations = new[] { "" } }, "recommendations"),
        };
        foreach (var (body, field) in cases)
            await AssertBadRequestAsync(await me.PostAsJsonAsync("/api/v1/evaluations", body, Ct), field);
        Assert.False(await app.WithDb(db => db.Evaluations.AnyAsync(e => e.Title == title, Ct)));

        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.PostAsJsonAsync("/api/v1/evaluations", Valid(title), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/evaluations", Ct)).StatusCode);
    }
}

public sealed class EvaluationTests_Sqlite(SqliteApp app) : EvaluationTests<SqliteApp>(app);
public sealed class EvaluationTests_Postgres(PostgresApp app) : EvaluationTests<PostgresApp>(app);
