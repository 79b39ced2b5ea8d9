using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.ServiceMap;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Referrals;

/// <summary>
/// Reads referrals. The data scope decides what is visible: staff see the referrals of the cases they see, a partner
/// only those sent to their organisation, and from those only the shared fields (through <see cref="PartnerViewAsync"/>).
/// </summary>
[Infrastructure.ScopedService]
public sealed class ReferralQueries(HomewardDbContext db, ServiceDirectory directory)
{
    public async Task<ReferralView?> ViewAsync(Guid referralId, CancellationToken ct = default) =>
        (await ViewsAsync(db.Referrals.Where(r => r.Id == referralId), ct)).FirstOrDefault();

    /// <summary>The referrals of the cases in the caller's scope, newest first, optionally of one case, status or only the overdue.</summary>
    public Task<IReadOnlyList<ReferralView>> ListAsync(Guid? caseId = null, ReferralStatus? status = null, bool overdueOnly = false, CancellationToken ct = default)
    {
        var query = db.Referrals.AsQueryable();
        if (caseId is { } id) query = query.Where(r => r.CaseId == id);
        if (status is { } s) query = query.Where(r => r.Status == s);
        if (overdueOnly)
        {
            var today = PlanQueries.Today;
            query = query.Where(r => r.Status == ReferralStatus.Sent && r.RespondBy < today);
        }
        return ViewsAsync(query, ct);
    }

    private async Task<IReadOnlyList<ReferralView>> ViewsAsync(IQueryable<Referral> query, CancellationToken ct)
    {
        var referrals = await query.AsNoTracking().Include(r => r.Updates).OrderByDescending(r => r.CreatedAt).Take(500).ToListAsync(ct);
        if (referrals.Count == 0) return [];
        var caseIds = referrals.Select(r => r.CaseId).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Reference, Name = db.Persons.Where(p => p.Id == c.PrincipalPersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, ct);
        var (services, organisations) = await NamesAsync(referrals, ct);
        var today = PlanQueries.Today;
        return referrals.Where(r => cases.ContainsKey(r.CaseId)).Select(r => new ReferralView(
            r.Id, r.CaseId, cases[r.CaseId].Reference, cases[r.CaseId].Name ?? "", r.ServiceId, services.GetValueOrDefault(r.ServiceId, ""),
            r.OrganisationId, organisations.GetValueOrDefault(r.OrganisationId, ""), r.PlanActivityId, r.Need, r.Reason, r.Urgency, r.Requested,
            r.Shared, r.Status, r.CreatedAt, r.CreatedBy, r.SentAt, r.RespondBy, r.IsOverdue(today), r.DeclineReason, r.FirstContactOn,
            r.ServiceDeliveredOn, r.Outcome, r.ExceptionGround, r.ExceptionDecidedBy, r.ExceptionWhy, r.ExceptionConfirmedBy,
            r.Status == ReferralStatus.Draft && r.ExceptionGround is not null && r.ExceptionConfirmedAt is null,
            r.FeedbackRating, r.FeedbackComment, Updates(r))).ToList();
    }

    /// <summary>A partner's inbox: the referrals sent to their organisation, newest first.</summary>
    public async Task<IReadOnlyList<PartnerReferralView>> InboxAsync(CancellationToken ct = default)
    {
        var referrals = await db.Referrals.AsNoTracking().Include(r => r.SharedValues).Include(r => r.Updates)
            .OrderByDescending(r => r.SentAt).Take(500).AsSplitQuery().ToListAsync(ct);
        return await PartnerViewsAsync(referrals, ct);
    }

    public async Task<PartnerReferralView?> PartnerViewAsync(Guid referralId, CancellationToken ct = default)
    {
        var referral = await db.Referrals.AsNoTracking().Include(r => r.SharedValues).Include(r => r.Updates).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == referralId, ct);
        return referral is null ? null : (await PartnerViewsAsync([referral], ct))[0];
    }

    /// <summary>One shared field's value; null when the referral is not visible or the field was not shared.</summary>
    public async Task<ReferralSharedValue?> SharedValueAsync(Guid referralId, SharedField field, CancellationToken ct = default) =>
        await db.Referrals.AnyAsync(r => r.Id == referralId && r.Status != ReferralStatus.Draft, ct)
            ? await db.ReferralSharedValues.AsNoTracking().FirstOrDefaultAsync(v => v.ReferralId == referralId && v.Field == field, ct)
            : null;

    private async Task<IReadOnlyList<PartnerReferralView>> PartnerViewsAsync(IReadOnlyList<Referral> referrals, CancellationToken ct)
    {
        var (services, _) = await NamesAsync(referrals, ct);
        return referrals.Select(r => new PartnerReferralView(
            r.Id, services.GetValueOrDefault(r.ServiceId, ""), r.CreatedBy, r.Urgency, r.Reason, r.Requested, r.Status, r.SentAt, r.RespondBy,
            r.FirstContactOn, r.ServiceDeliveredOn, r.Outcome, r.DeclineReason,
            r.SharedValues.OrderBy(v => v.Field).ToDictionary(v => v.Field, v => v.Value),
            // The returnee's feedback is between them and the case manager.
            Updates(r).Where(u => u.Step != ReferralStep.Feedback).ToList())).ToList();
    }

    private static IReadOnlyList<ReferralUpdateView> Updates(Referral r) =>
        r.Updates.OrderBy(u => u.At).ThenBy(u => u.Id).Select(u => new ReferralUpdateView(u.At, u.Step, u.Note, u.ByName, u.ByPartner)).ToList();

    private async Task<(Dictionary<Guid, string> Services, Dictionary<Guid, string> Organisations)> NamesAsync(IReadOnlyList<Referral> referrals, CancellationToken ct)
    {
        var serviceIds = referrals.Select(r => r.ServiceId).Distinct().ToList();
        var orgIds = referrals.Select(r => r.OrganisationId).Distinct().ToList();
        return (await db.Services.Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct),
            await db.Organisations.Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct));
    }

    /// <summary>Whether a service serves the returnee's place (or a place above it), accepts them, and has a free place.</summary>
    public async Task<MatchingService> FitAsync(Case c, PartnerService service, CancellationToken ct = default)
    {
        var places = c.ReturnLocationId is { } l ? await directory.WithAncestorsAsync(l, ct) : [];
        var serves = service.Areas.Any(a => places.Contains(a.LocationId));
        var person = await db.Persons.AsNoTracking().FirstAsync(p => p.Id == c.PrincipalPersonId, ct);
        var eligible = Eligibility.Allows(service, person.AgeOn(PlanQueries.Today), person.Sex, c.VulnerabilityFlag, person.Nationality);
        return new MatchingService((await directory.FindAsync(service.Id, ct))!, serves, eligible, service.HasFreeCapacity);
    }

    /// <summary>
    /// The services a case manager can refer this returnee to: serving their place, of the given type when one is given;
    /// each says whether the returnee is eligible and a place is free. Null when the case is not visible.
    /// </summary>
    public async Task<IReadOnlyList<MatchingService>?> MatchingAsync(Guid caseId, ServiceType? type, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        if (c.ReturnLocationId is not { } place) return [];
        var candidates = await directory.ListAsync(new ServiceFilter(type, place), ct);
        var ids = candidates.Select(s => s.Id).ToList();
        var services = await db.Services.AsNoTracking().Include(s => s.Areas).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        var result = new List<MatchingService>();
        foreach (var s in services.OrderBy(s => s.Name)) result.Add(await FitAsync(c, s, ct));
        return result.OrderByDescending(m => m.Matches).ThenBy(m => m.Service.Name).ToList();
    }

    /// <summary>Per service: referrals sent, accepted (at any later stage), completed, and the median days from sending to first contact.</summary>
    public async Task<IReadOnlyList<ServiceFigures>> FiguresAsync(CancellationToken ct = default)
    {
        var rows = await db.Referrals.IgnoreQueryFilters().AsNoTracking().Where(r => r.SentAt != null)
            .Select(r => new { r.ServiceId, r.Status, r.SentAt, r.FirstContactOn }).ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.Name, s.OrganisationId }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var byService = rows.ToLookup(r => r.ServiceId);
        return services.Select(s =>
        {
            var sent = byService[s.Id].ToList();
            var days = sent.Where(r => r.FirstContactOn is not null)
                .Select(r => (double)(r.FirstContactOn!.Value.DayNumber - DateOnly.FromDateTime(r.SentAt!.Value).DayNumber)).Order().ToList();
            double? median = days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2;
            return new ServiceFigures(s.Id, s.Name, organisations.GetValueOrDefault(s.OrganisationId, ""), sent.Count,
                sent.Count(r => r.Status is ReferralStatus.Accepted or ReferralStatus.InProgress or ReferralStatus.Completed or ReferralStatus.NotCompleted),
                sent.Count(r => r.Status == ReferralStatus.Completed), median);
        }).OrderBy(f => f.OrganisationName).ThenBy(f => f.ServiceName).ToList();
    }
}
