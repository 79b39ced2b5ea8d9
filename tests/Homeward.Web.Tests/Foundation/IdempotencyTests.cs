using System.Net;
using System.Net.Http.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Foundation;

/// <summary>A request resent after a dropped connection, with the same Idempotency-Key, creates nothing twice.</summary>
public abstract class IdempotencyTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Counselling(Guid caseId, string key, string attendees) => new(HttpMethod.Post, $"/api/v1/cases/{caseId}/counselling")
    {
        Content = JsonContent.Create(new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), attendees }),
        Headers = { { "Idempotency-Key", key } },
    };

    [Fact]
    public async Task SameKeyTwice_CreatesOnce_AndReplaysTheFirstAnswer()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var key = Guid.NewGuid().ToString();

        var first = await client.SendAsync(Counselling(created.CaseId, key, "Returnee and sister"), Ct);
        var second = await client.SendAsync(Counselling(created.CaseId, key, "Returnee and sister"), Ct);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, await app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == created.CaseId, Ct)));
    }

    [Fact]
    public async Task SameKeyWithADifferentBody_Is422_AndCreatesNothingMore()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var key = Guid.NewGuid().ToString();
        await client.SendAsync(Counselling(created.CaseId, key, "Returnee"), Ct);
        var reused = await client.SendAsync(Counselling(created.CaseId, key, "Someone else"), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(1, await app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == created.CaseId, Ct)));
    }

    [Fact]
    public async Task WithoutAKey_EachRequestIsHandled()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var body = new { heldOn = DateOnly.FromDateTime(DateTime.UtcNow), attendees = "Returnee" };
        await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling", body, Ct);
        await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling", body, Ct);
        Assert.Equal(2, await app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == created.CaseId, Ct)));
    }
}

public sealed class IdempotencyTests_Sqlite(SqliteApp app) : IdempotencyTests<SqliteApp>(app);
public sealed class IdempotencyTests_Postgres(PostgresApp app) : IdempotencyTests<PostgresApp>(app);
