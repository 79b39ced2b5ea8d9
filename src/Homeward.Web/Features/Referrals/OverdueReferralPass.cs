using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Referrals;

/// <summary>
/// Flags referrals the partner has not answered within the agreed response time: a timeline entry and a notification
/// to the sender and the case manager. Run with the overdue follow-up job; each referral is claimed by a conditional
/// update in the same transaction as its entry and notifications, so it is never flagged twice.
/// </summary>
[Infrastructure.ScopedService]
public sealed class OverdueReferralPass(HomewardDbContext db)
{
    public async Task<int> RunAsync(DateTime now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now);
        var overdue = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Sent && r.RespondBy < today && r.OverdueNotifiedAt == null)
            .Join(db.Services, r => r.ServiceId, s => s.Id, (r, s) => new { r.Id, r.CaseId, r.CreatedById, r.RespondBy, Service = s.Name })
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r.Id, r.CaseId, r.CreatedById, r.RespondBy, r.Service, c.Reference, c.CaseManagerId })
            .Take(500).ToListAsync(ct);
        var flagged = 0;
        foreach (var r in overdue)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Referrals.Where(x => x.Id == r.Id && x.OverdueNotifiedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OverdueNotifiedAt, now), ct);
            if (claimed == 0) continue;
            var text = $"Referral of case {r.Reference} to {r.Service}: no answer from the partner, due by {r.RespondBy:yyyy-MM-dd}.";
            db.CaseEvents.Add(new CaseEvent { CaseId = r.CaseId, Kind = CaseEventKind.Referral, Summary = text, ActorName = "system" });
            foreach (var user in new[] { r.CreatedById, r.CaseManagerId }.OfType<Guid>().Distinct())
                db.Notifications.Add(new Notification { UserId = user, Text = text, Link = $"/referrals/{r.Id}" });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            flagged++;
        }
        return flagged;
    }
}
