using Homeward.Data;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.FollowUps;

/// <summary>
/// Who asks for a job's lease: the job's name, this instance's id, how long the lease lasts without renewal, and how long
/// after the last completed run the job may run again (zero: whenever the lease is free).
/// </summary>
public sealed record JobClaim(string Name, string Holder, TimeSpan Duration, TimeSpan MinimumGap = default);

/// <summary>
/// Leases in <c>job_leases</c> so that one instance of a cluster runs a job at a time. Taking a lease is one conditional
/// UPDATE (free or expired, or already ours), which the database applies atomically: of two instances asking at once,
/// one changes the row and the other changes nothing. A crashed holder's lease simply expires.
/// </summary>
public static class JobLeases
{
    public static async Task<bool> TryAcquireAsync(HomewardDbContext db, JobClaim claim, DateTime now, CancellationToken ct = default)
    {
        await EnsureRowAsync(db, claim.Name, ct);
        var until = now + claim.Duration;
        var ranBefore = now - claim.MinimumGap;
        var taken = await db.JobLeases
            .Where(l => l.Name == claim.Name && (l.LeasedUntil < now || l.Holder == claim.Holder)
                && (l.LastCompletedAt == null || l.LastCompletedAt <= ranBefore))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, claim.Holder).SetProperty(l => l.LeasedUntil, until), ct);
        return taken == 1;
    }

    /// <summary>Extends a lease this holder still has; false when it expired and someone else took it.</summary>
    public static async Task<bool> RenewAsync(HomewardDbContext db, JobClaim claim, DateTime now, CancellationToken ct = default)
    {
        var until = now + claim.Duration;
        return await db.JobLeases.Where(l => l.Name == claim.Name && l.Holder == claim.Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, until), ct) == 1;
    }

    /// <summary>Gives the lease back; <paramref name="completed"/> records a finished run for the minimum gap.</summary>
    public static Task ReleaseAsync(HomewardDbContext db, JobClaim claim, DateTime now, bool completed, CancellationToken ct = default) =>
        completed
            ? db.JobLeases.Where(l => l.Name == claim.Name && l.Holder == claim.Holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, now).SetProperty(l => l.LastCompletedAt, now), ct)
            : db.JobLeases.Where(l => l.Name == claim.Name && l.Holder == claim.Holder)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, now), ct);

    /// <summary>Creates the job's row once; instances racing to create it all succeed (both databases know ON CONFLICT).</summary>
    private static async Task EnsureRowAsync(HomewardDbContext db, string name, CancellationToken ct)
    {
        if (await db.JobLeases.AnyAsync(l => l.Name == name, ct)) return;
        var never = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO job_leases ("Name", "LeasedUntil") VALUES ({name}, {never}) ON CONFLICT ("Name") DO NOTHING""", ct);
    }
}
