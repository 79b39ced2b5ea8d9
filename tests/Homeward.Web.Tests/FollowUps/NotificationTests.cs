using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.FollowUps;

/// <summary>GET /api/v1/notifications and POST …/{id}/read, on both databases.</summary>
public abstract class NotificationTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<Guid> UserIdAsync(string email) => app.WithDb(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));

    private Task<Guid> AddAsync(Guid userId, string text, DateTime createdAt, DateTime? readAt = null) => app.WithDb(async db =>
    {
        var n = new Notification { UserId = userId, Text = text, CreatedAt = createdAt, ReadAt = readAt, Link = "/cases" };
        db.Notifications.Add(n);
        await db.SaveChangesAsync(Ct);
        return n.Id;
    });

    [Fact]
    public async Task List_ShowsOnlyTheCallersNotifications_UnreadFirst()
    {
        var me = await UserIdAsync("community@demo.homeward");
        var other = await UserIdAsync("dpo@demo.homeward");
        var tag = Guid.NewGuid().ToString("N");
        var readNewest = await AddAsync(me, $"read {tag}", DateTime.UtcNow, DateTime.UtcNow);
        var unreadOld = await AddAsync(me, $"unread old {tag}", DateTime.UtcNow.AddDays(-2));
        var unreadNew = await AddAsync(me, $"unread new {tag}", DateTime.UtcNow.AddDays(-1));
        var someoneElses = await AddAsync(other, $"other {tag}", DateTime.UtcNow);

        var inbox = await (await app.SignedInAs("community@demo.homeward")).GetFromJsonAsync<JsonElement>("/api/v1/notifications", Ct);

        var ids = inbox.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(someoneElses, ids);
        var mine = ids.Where(id => id == readNewest || id == unreadOld || id == unreadNew).ToList();
        Assert.Equal([unreadNew, unreadOld, readNewest], mine);
        Assert.True(inbox.GetProperty("unreadCount").GetInt32() >= 2);
    }

    [Fact]
    public async Task Read_MarksTheNotificationRead_AndReadingAgainKeepsTheFirstTime()
    {
        var me = await UserIdAsync("community@demo.homeward");
        var id = await AddAsync(me, "to read", DateTime.UtcNow);
        var client = await app.SignedInAs("community@demo.homeward");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/notifications/{id}/read", null, Ct)).StatusCode);
        var readAt = await app.WithDb(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync(Ct));
        Assert.NotNull(readAt);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/api/v1/notifications/{id}/read", null, Ct)).StatusCode);
        Assert.Equal(readAt, await app.WithDb(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Read_SomeoneElsesOrUnknownNotification_Returns404_AndChangesNothing()
    {
        var other = await UserIdAsync("dpo@demo.homeward");
        var theirs = await AddAsync(other, "not yours", DateTime.UtcNow);
        var client = await app.SignedInAs("community@demo.homeward");

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/notifications/{theirs}/read", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/notifications/{Guid.NewGuid()}/read", null, Ct)).StatusCode);
        Assert.Null(await app.WithDb(db => db.Notifications.Where(n => n.Id == theirs).Select(n => n.ReadAt).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Notifications_WithoutSignIn_Return401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/notifications", Ct)).StatusCode);
    }
}

public sealed class NotificationTests_Sqlite(SqliteApp app) : NotificationTests<SqliteApp>(app);
public sealed class NotificationTests_Postgres(PostgresApp app) : NotificationTests<PostgresApp>(app);
