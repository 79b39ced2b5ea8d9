using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Referrals;

/// <summary>
/// When a returnee withdraws consent to referral to partners, their referrals still in draft or under way stop at once:
/// each is withdrawn (the partner sees it), with a note and a timeline entry, in the same save as the withdrawal.
/// Referrals sent on the exception of life at risk or lack of capacity did not rest on consent and go on.
/// </summary>
[ScopedService]
public sealed class ConsentWithdrawalStopsReferrals(HomewardDbContext db, CaseTimeline timeline, CurrentUser user)
{
    public const string Note = "Consent to referral to partners withdrawn by the returnee.";

    public async Task<int> StopAsync(Guid personId, CancellationToken ct = default)
    {
        // Every referral of the person, whoever can see the case: withdrawing consent is the person's decision, not an office's.
        var open = await (
                from r in db.Referrals.IgnoreQueryFilters()
                join c in db.Cases.IgnoreQueryFilters() on r.CaseId equals c.Id
                where c.PrincipalPersonId == personId && r.ExceptionGround == null
                    && (r.Status == ReferralStatus.Draft || r.Status == ReferralStatus.Sent || r.Status == ReferralStatus.Accepted || r.Status == ReferralStatus.InProgress)
                select r)
            .ToListAsync(ct);
        foreach (var referral in open)
        {
            ReferralFlow.Withdraw(referral);
            db.ReferralUpdates.Add(new ReferralUpdate { ReferralId = referral.Id, Step = ReferralStep.Withdrawn, Note = Note, ByName = user.Name });
            timeline.Add(referral.CaseId, CaseEventKind.Referral, $"Referral withdrawn: {Note}");
        }
        return open.Count;
    }
}
