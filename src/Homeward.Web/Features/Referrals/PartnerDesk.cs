using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Referrals;

/// <summary>
/// The partner's side: accepting or declining a referral sent to their organisation, recording first contact, the
/// service delivered and the outcome, and asking for more information. Each step reaches the case timeline and the
/// case manager, without the partner ever reading the case.
/// </summary>
[Infrastructure.ScopedService]
public sealed class PartnerDesk(HomewardDbContext db, CaseTimeline timeline, CurrentUser user, ReferralQueries queries, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<PartnerReferralView>> RespondAsync(Guid referralId, ResponseInput input, CancellationToken ct = default)
    {
        // The data scope shows a partner only their organisation's referrals: another's is not found.
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null) return Outcome<PartnerReferralView>.NotFound();
        if (!UserInput.TryParse<ReferralStep>(input.Step, out var step) || !ReferralFlow.PartnerSteps.Contains(step))
            return Outcome<PartnerReferralView>.Invalid(new FieldErrors().Add("step", L["Choose one of: {0}.", string.Join(", ", ReferralFlow.PartnerSteps)].Value));
        if (input.Note?.Trim().Length > ReferralDesk.MaxText)
            return Outcome<PartnerReferralView>.Invalid(new FieldErrors().Add("note", L["Keep this to {0} characters or fewer.", ReferralDesk.MaxText].Value));
        var before = referral.Status;
        try
        {
            ReferralFlow.ApplyPartnerStep(referral, step, input.Note, input.On, UserInput.LatestToday(), DateTime.UtcNow);
        }
        catch (DomainRuleException ex)
        {
            return Outcome<PartnerReferralView>.Refused(ex, Message(ex, step, before));
        }
        var tracked = await db.Services.FirstAsync(s => s.Id == referral.ServiceId, ct);
        // An accepted referral takes one of the service's places this month.
        if (step == ReferralStep.Accepted) tracked.CurrentLoad++;
        var service = tracked.Name;
        db.ReferralUpdates.Add(new ReferralUpdate { ReferralId = referral.Id, Step = step, Note = UserInput.Clean(input.Note), ByName = user.Name, ByPartner = true });
        timeline.Add(referral.CaseId, CaseEventKind.Referral, Summary(step, service, referral, input.Note));
        if (referral.CreatedById is { } sender)
            db.Notifications.Add(new Notification { UserId = sender, Text = Summary(step, service, referral, input.Note), Link = $"/referrals/{referral.Id}" });
        await db.SaveChangesAsync(ct);
        return Outcome<PartnerReferralView>.Done((await queries.PartnerViewAsync(referral.Id, ct))!);
    }

    private string Message(DomainRuleException ex, ReferralStep step, ReferralStatus status) => ex.Code switch
    {
        "referral-status" => L["This step is not possible while the referral is {0}.", L[$"ReferralStatus.{status}"]].Value,
        "referral-decline-reason" => L["Say why the referral is declined."].Value,
        "referral-outcome" => L["Describe the outcome."].Value,
        "referral-question" => L["Say what information is needed."].Value,
        "referral-date-future" => L["The date cannot be in the future."].Value,
        "referral-first-contact-recorded" => L["First contact is already recorded."].Value,
        _ => ex.Message,
    };

    private static string Summary(ReferralStep step, string service, Referral r, string? note) => step switch
    {
        ReferralStep.Accepted => $"{service} accepted the referral.",
        ReferralStep.Declined => $"{service} declined the referral: {r.DeclineReason}",
        ReferralStep.FirstContact => $"{service} made first contact with the returnee on {r.FirstContactOn:yyyy-MM-dd}.",
        ReferralStep.ServiceDelivered => $"{service} delivered the service on {r.ServiceDeliveredOn:yyyy-MM-dd}.",
        ReferralStep.Completed => $"{service} completed the referral. Outcome: {r.Outcome}",
        ReferralStep.NotCompleted => $"{service} could not complete the referral. Outcome: {r.Outcome}",
        _ => $"{service} asks for more information: {note?.Trim()}",
    };
}
