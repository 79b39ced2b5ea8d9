using Homeward.Data;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Account;

/// <summary>A user's own active sessions: where they are signed in, and ending one they do not recognise.</summary>
[ScopedService]
public sealed class UserSessions(HomewardDbContext db, UserManager<HomewardUser> users, IHttpContextAccessor accessor)
{
    /// <summary>As long as a cookie or token lives without use (see AuthSetup).</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromHours(8);

    public sealed record Session(Guid Id, string Channel, string? UserAgent, string? IpAddress, DateTime CreatedAt, DateTime LastSeenAt, bool Current);

    public async Task<IReadOnlyList<Session>> ActiveAsync(CancellationToken ct = default)
    {
        var (userId, current) = Caller();
        var stamp = SessionStamp.Hash(await users.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct));
        var since = DateTime.UtcNow - Idle;
        var sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.LastSeenAt > since && s.StampHash == stamp)
            .OrderByDescending(s => s.LastSeenAt).Take(100).ToListAsync(ct);
        return sessions.Select(s => new Session(s.Id, s.Channel, s.UserAgent, s.IpAddress, s.CreatedAt, s.LastSeenAt, s.Id == current)).ToList();
    }

    /// <summary>Ends one of the caller's own sessions at once; false when the caller has no such open session.</summary>
    public async Task<bool> EndAsync(Guid sessionId, CancellationToken ct = default)
    {
        var (userId, _) = Caller();
        var session = await db.UserSessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null, ct);
        if (session is null) return false;
        session.EndedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private (Guid UserId, Guid? Current) Caller()
    {
        var user = accessor.HttpContext?.User ?? throw new InvalidOperationException("No signed-in user.");
        return (user.UserId() ?? throw new InvalidOperationException("No signed-in user."), user.SessionId());
    }
}
