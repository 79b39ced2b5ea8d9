using System.Globalization;
using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.FollowUps;

/// <summary>
/// One pass of the overdue follow-up job: under the job's lease, marks every follow-up visit whose date has passed
/// and that nobody flagged yet, adds a timeline entry and notifies the case manager. Safe to run again or to stop
/// half-way: a visit is claimed by a conditional update in the same transaction as its entry and notification,
/// so no visit is ever flagged twice.
/// </summary>
[Infrastructure.ScopedService]
public sealed class OverdueFollowUpPass(HomewardDbContext db, CaseTimeline timeline, IStringLocalizer<SharedResource> L)
{
    public const string JobName = "overdue-follow-ups";
    private const int BatchSize = 100;

    /// <summary>Ran is false when another instance holds the lease (or ran too recently); Flagged counts visits flagged by this pass.</summary>
    public sealed record Result(bool Ran, int Flagged);

    public async Task<Result> RunAsync(DateTime now, JobClaim claim, CancellationToken ct = default)
    {
        if (!await JobLeases.TryAcquireAsync(db, claim, now, ct)) return new Result(false, 0);
        var flagged = 0;
        var completed = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            while (true)
            {
                var batch = await OverdueAsync(DateOnly.FromDateTime(now), ct);
                flagged += await FlagAsync(batch, now, ct);
                if (batch.Count < BatchSize) break;
                // A long pass keeps its lease; if it lost it, the instance that took it carries on.
                if (!await JobLeases.RenewAsync(db, claim, now + clock.Elapsed, ct)) return new Result(true, flagged);
            }
            completed = true;
        }
        finally
        {
            await JobLeases.ReleaseAsync(db, claim, now + clock.Elapsed, completed, CancellationToken.None);
        }
        return new Result(true, flagged);
    }

    private sealed record Overdue(Guid VisitId, DateOnly DueOn, Guid CaseId, string Reference, Guid? CaseManagerId, string? Culture);

    /// <summary>Open visits of cases still being followed up (implementation or monitoring) that are past due and not flagged.</summary>
    private Task<List<Overdue>> OverdueAsync(DateOnly today, CancellationToken ct) => (
            from v in db.FollowUps
            join c in db.Cases on v.CaseId equals c.Id
            from m in db.Users.Where(u => u.Id == c.CaseManagerId).DefaultIfEmpty()
            where v.DoneOn == null && v.OverdueNotifiedAt == null && v.DueOn < today
                && (c.Stage == CaseStage.Implementation || c.Stage == CaseStage.Monitoring)
            orderby v.DueOn, v.Id
            select new Overdue(v.Id, v.DueOn, c.Id, c.Reference, c.CaseManagerId, m == null ? null : m.PreferredCulture))
        .Take(BatchSize).ToListAsync(ct);

    private async Task<int> FlagAsync(List<Overdue> batch, DateTime now, CancellationToken ct)
    {
        if (batch.Count == 0) return 0;
        var flagged = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var visit in batch)
        {
            var claimed = await db.FollowUps.Where(v => v.Id == visit.VisitId && v.OverdueNotifiedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.OverdueNotifiedAt, now), ct);
            if (claimed == 0) continue;
            flagged++;
            timeline.Add(visit.CaseId, CaseEventKind.FollowUpOverdue,
                $"Follow-up visit due {Day.Text(visit.DueOn)} is overdue; the case manager was notified.");
            if (visit.CaseManagerId is { } manager)
                db.Notifications.Add(new Notification
                {
                    UserId = manager, CreatedAt = now, Link = $"/cases/{visit.CaseId}/follow-ups",
                    Text = NoticeText(visit),
                });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return flagged;
    }

    /// <summary>The notification in the case manager's own language.</summary>
    private string NoticeText(Overdue visit)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.Supported.Contains(visit.Culture) ? visit.Culture! : Cultures.Default);
        try
        {
            return L["The follow-up visit of case {0} was due on {1} and is overdue.", visit.Reference, Day.Show(visit.DueOn)].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
