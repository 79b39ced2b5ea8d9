using Homeward.Data;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.FollowUps;

/// <summary>The signed-in user's notifications: only their own, unread first, newest first.</summary>
[Infrastructure.ScopedService]
public sealed class NotificationInbox(HomewardDbContext db, CurrentUser user)
{
    public const int ListLimit = 200;

    public sealed record Item(Guid Id, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt);
    public sealed record Inbox(int UnreadCount, IReadOnlyList<Item> Items);

    private Guid Me => user.Id ?? Guid.Empty;

    public Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        db.Notifications.CountAsync(n => n.UserId == Me && n.ReadAt == null, ct);

    public async Task<Inbox> ListAsync(CancellationToken ct = default)
    {
        var items = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == Me)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(ListLimit)
            .Select(n => new Item(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new Inbox(await UnreadCountAsync(ct), items);
    }

    /// <summary>False when there is no such notification for this user. Reading twice keeps the first time.</summary>
    public async Task<bool> MarkReadAsync(Guid id, DateTime now, CancellationToken ct = default)
    {
        if (!await db.Notifications.AnyAsync(n => n.Id == id && n.UserId == Me, ct)) return false;
        await db.Notifications.Where(n => n.Id == id && n.UserId == Me && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        return true;
    }

    public Task<int> MarkAllReadAsync(DateTime now, CancellationToken ct = default) =>
        db.Notifications.Where(n => n.UserId == Me && n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
}
