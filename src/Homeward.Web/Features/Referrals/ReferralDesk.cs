using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Accounts;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.Referrals;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Referrals;

/// <summary>
/// The sender's side of a referral: drafting it from a plan activity, sending it under the consent gate, confirming
/// the handbook's exception, withdrawing it, answering the partner's questions and recording the returnee's feedback.
/// Every step is written on the case timeline in the same save.
/// </summary>
[Infrastructure.ScopedService]
public sealed class ReferralDesk(
    HomewardDbContext db, CaseTimeline timeline, CurrentUser user, ReferralSnapshot snapshot, ReferralQueries queries, IStringLocalizer<SharedResource> L)
{
    public const int MaxText = 2000;

    public async Task<ReferralResult<ReferralView>> CreateAsync(Guid caseId, ReferralInput input, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return Outcome<ReferralView>.NotFound();
        var errors = new FieldErrors();
        var service = input.ServiceId is { } sid ? await db.Services.AsNoTracking().Include(s => s.Areas).FirstOrDefaultAsync(s => s.Id == sid, ct) : null;
        if (input.ServiceId is null) errors.Add("serviceId", L["Choose the service to refer to."].Value);
        else if (service is null) errors.Add("serviceId", L["There is no service with this id."].Value);

        var need = UserInput.Clean(input.Need);
        if (input.PlanActivityId is { } activityId)
        {
            var activity = await db.PlanActivities.AsNoTracking()
                .Where(a => a.Id == activityId && db.Plans.Any(p => p.Id == a.PlanId && p.CaseId == caseId)).FirstOrDefaultAsync(ct);
            if (activity is null) errors.Add("planActivityId", L["This activity is not part of the case's plan."].Value);
            else need ??= $"{L[$"AssistanceType.{activity.AssistanceType}"].Value}: {activity.Description}";
        }
        if (need is null) errors.Add("need", L["Describe the need, or make the referral from a plan activity."].Value);
        if (UserInput.Clean(input.Reason) is null) errors.Add("reason", L["Say why the returnee is referred."].Value);
        if (UserInput.Clean(input.Requested) is null) errors.Add("requested", L["Say what is requested of the partner."].Value);
        var urgency = ReferralUrgency.Routine;
        if (UserInput.Clean(input.Urgency) is not null && !UserInput.TryParse(input.Urgency, out urgency))
            errors.Add("urgency", L["Choose one of: {0}.", UserInput.Names<ReferralUrgency>()].Value);
        var shared = new List<SharedField>(SharedFields.Minimum);
        foreach (var name in input.SharedFields ?? [])
        {
            if (!UserInput.TryParse<SharedField>(name, out var field)) errors.Add("sharedFields", L["Choose fields from: {0}.", UserInput.Names<SharedField>()].Value);
            else if (!shared.Contains(field)) shared.Add(field);
        }
        foreach (var (field, value) in new[] { ("need", need), ("reason", input.Reason), ("requested", input.Requested) })
            if (value?.Trim().Length > MaxText) errors.Add(field, L["Keep this to {0} characters or fewer.", MaxText].Value);
        var exception = ReadException(input.ConsentException, errors);
        if (service is not null && !errors.Any) await CheckFitAsync(c, service, errors, ct);
        if (errors.Any) return Outcome<ReferralView>.Invalid(errors);

        var referral = new Referral
        {
            CaseId = c.Id, ServiceId = service!.Id, OrganisationId = service.OrganisationId, PlanActivityId = input.PlanActivityId,
            Need = need!, Reason = input.Reason!.Trim(), Urgency = urgency, Requested = input.Requested!.Trim(),
            SharedFieldNames = string.Join(",", shared), CreatedById = user.Id, CreatedBy = user.Name,
        };
        if (exception is not null)
            (referral.ExceptionGround, referral.ExceptionDecidedBy, referral.ExceptionWhy) = exception.Value;

        if (input.Send)
        {
            if (service.CapacityPerMonth is { } capacity && service.CurrentLoad >= capacity)
                return Outcome<ReferralView>.Refused(new DomainRuleException("service-full", "", "serviceId", isConflict: true),
                    L["{0} has no free places this month.", service.Name].Value);
            var consented = await HasConsentAsync(c, ct);
            if (!consented && exception is null)
                return ReferralResult<ReferralView>.Forbidden("no-referral-consent", await NoConsentReasonAsync(c, ct));
            if (!consented && !user.IsSupervisor)
            {
                // Waits for a supervisor: the exception is valid only once confirmed.
                referral.SendWhenConfirmed = true;
                db.Referrals.Add(referral);
                timeline.Add(c.Id, CaseEventKind.Referral, $"Referral to {service.Name} drafted without consent on the exception '{exception!.Value.Ground}'; waiting for a supervisor's confirmation.");
                await db.SaveChangesAsync(ct);
                return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
            }
            if (!consented) Confirm(referral);
            db.Referrals.Add(referral);
            await SendAsync(referral, c, service, ct);
        }
        else
        {
            db.Referrals.Add(referral);
            timeline.Add(c.Id, CaseEventKind.Referral, $"Referral to {service.Name} drafted.");
        }
        await db.SaveChangesAsync(ct);
        return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
    }

    /// <summary>Sends a draft: the consent gate is checked again at this moment.</summary>
    public async Task<ReferralResult<ReferralView>> SendDraftAsync(Guid referralId, CancellationToken ct = default)
    {
        if (await LoadAsync(referralId, ct) is not { } loaded) return Outcome<ReferralView>.NotFound();
        var (referral, c, service) = loaded;
        if (referral.Status != ReferralStatus.Draft)
            return Conflict("referral-not-draft", L["Only a draft can be sent; this referral is {0}.", L[$"ReferralStatus.{referral.Status}"]].Value);
        if (!await HasConsentAsync(c, ct) && referral.ExceptionConfirmedAt is null)
            return ReferralResult<ReferralView>.Forbidden("no-referral-consent", await NoConsentReasonAsync(c, ct));
        await SendAsync(referral, c, service, ct);
        await db.SaveChangesAsync(ct);
        return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
    }

    /// <summary>A supervisor confirms the exception to consent; a referral asked to be sent is sent now.</summary>
    public async Task<ReferralResult<ReferralView>> ConfirmExceptionAsync(Guid referralId, CancellationToken ct = default)
    {
        if (await LoadAsync(referralId, ct) is not { } loaded) return Outcome<ReferralView>.NotFound();
        var (referral, c, service) = loaded;
        if (referral.Status != ReferralStatus.Draft || referral.ExceptionGround is null || referral.ExceptionConfirmedAt is not null)
            return Conflict("no-exception-to-confirm", L["This referral has no exception to consent waiting for confirmation."].Value);
        Confirm(referral);
        if (referral.SendWhenConfirmed) await SendAsync(referral, c, service, ct);
        else timeline.Add(c.Id, CaseEventKind.Referral, $"Exception to consent for the referral to {service.Name} confirmed by {user.Name}.");
        await db.SaveChangesAsync(ct);
        return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
    }

    public async Task<ReferralResult<ReferralView>> WithdrawAsync(Guid referralId, NoteInput input, CancellationToken ct = default)
    {
        if (await LoadAsync(referralId, ct) is not { } loaded) return Outcome<ReferralView>.NotFound();
        var (referral, c, service) = loaded;
        if (UserInput.Clean(input.Note) is null) return Outcome<ReferralView>.Invalid(new FieldErrors().Add("note", L["Say why the referral is withdrawn."].Value));
        try
        {
            ReferralFlow.Withdraw(referral);
        }
        catch (DomainRuleException ex)
        {
            return Outcome<ReferralView>.Refused(ex, L["A referral that is {0} cannot be withdrawn.", L[$"ReferralStatus.{referral.Status}"]].Value);
        }
        AddUpdate(referral, ReferralStep.Withdrawn, input.Note);
        timeline.Add(c.Id, CaseEventKind.Referral, $"Referral to {service.Name} withdrawn by {user.Name}: {input.Note!.Trim()}");
        await db.SaveChangesAsync(ct);
        return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
    }

    /// <summary>The case manager answers a partner's request for more information.</summary>
    public async Task<ReferralResult<ReferralView>> ProvideInformationAsync(Guid referralId, NoteInput input, CancellationToken ct = default)
    {
        if (await LoadAsync(referralId, ct) is not { } loaded) return Outcome<ReferralView>.NotFound();
        var (referral, c, service) = loaded;
        if (UserInput.Clean(input.Note) is not { } note) return Outcome<ReferralView>.Invalid(new FieldErrors().Add("note", L["Write the information for the partner."].Value));
        if (!ReferralFlow.IsOpen(referral.Status))
            return Conflict("referral-closed", L["The referral is {0}; nothing more can be sent to the partner.", L[$"ReferralStatus.{referral.Status}"]].Value);
        AddUpdate(referral, ReferralStep.InformationProvided, note);
        timeline.Add(c.Id, CaseEventKind.Referral, $"Information sent to {service.Name} for the referral.");
        await db.SaveChangesAsync(ct);
        return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
    }

    /// <summary>The returnee's feedback on the service, from 1 (very poor) to 5 (very good).</summary>
    public async Task<ReferralResult<ReferralView>> FeedbackAsync(Guid referralId, FeedbackInput input, CancellationToken ct = default)
    {
        if (await LoadAsync(referralId, ct) is not { } loaded) return Outcome<ReferralView>.NotFound();
        var (referral, c, service) = loaded;
        var errors = new FieldErrors()
            .When(input.Rating is null or < 1 or > 5, "rating", L["Give a rating from 1 to 5."].Value)
            .When(input.Comment?.Trim().Length > MaxText, "comment", L["Keep this to {0} characters or fewer.", MaxText].Value);
        if (errors.Any) return Outcome<ReferralView>.Invalid(errors);
        if (referral.Status is ReferralStatus.Draft or ReferralStatus.Withdrawn)
            return Conflict("referral-not-used", L["Feedback is recorded on a referral the partner received."].Value);
        referral.FeedbackRating = input.Rating;
        referral.FeedbackComment = UserInput.Clean(input.Comment);
        AddUpdate(referral, ReferralStep.Feedback, $"{input.Rating}/5 {referral.FeedbackComment}".Trim());
        timeline.Add(c.Id, CaseEventKind.Referral, $"Returnee's feedback on {service.Name}: {input.Rating}/5.");
        await db.SaveChangesAsync(ct);
        return Outcome<ReferralView>.Done((await queries.ViewAsync(referral.Id, ct))!);
    }

    private async Task SendAsync(Referral referral, Case c, PartnerService service, CancellationToken ct)
    {
        await snapshot.TakeAsync(referral, c, ct);
        referral.Status = ReferralStatus.Sent;
        referral.SentAt = DateTime.UtcNow;
        referral.RespondBy = PlanQueries.Today.AddDays(service.ResponseDays);
        AddUpdate(referral, ReferralStep.Sent, null);
        var withoutConsent = referral.ExceptionConfirmedAt is not null ? $" without consent, on the exception '{referral.ExceptionGround}' determined by {referral.ExceptionDecidedBy} and confirmed by {referral.ExceptionConfirmedBy}" : "";
        timeline.Add(c.Id, CaseEventKind.Referral,
            $"Referral sent to {service.Name}{withoutConsent}; sharing {string.Join(", ", referral.Shared)}; answer due by {referral.RespondBy:yyyy-MM-dd}.");
        if (referral.ExceptionConfirmedAt is not null) await FlagForDataProtectionAsync(referral, c, service, ct);
    }

    private void Confirm(Referral referral)
    {
        referral.ExceptionConfirmedBy = user.Name;
        referral.ExceptionConfirmedAt = DateTime.UtcNow;
        AddUpdate(referral, ReferralStep.ExceptionConfirmed, $"{referral.ExceptionGround}: {referral.ExceptionWhy}");
    }

    /// <summary>Every data protection officer is told of a referral sent without consent.</summary>
    private async Task FlagForDataProtectionAsync(Referral referral, Case c, PartnerService service, CancellationToken ct)
    {
        var officers = await db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.DataProtectionOfficer)).Select(ur => ur.UserId).ToListAsync(ct);
        foreach (var officer in officers)
            db.Notifications.Add(new Notification
            {
                UserId = officer,
                Text = $"Referral of case {c.Reference} to {service.Name} sent without consent ({referral.ExceptionGround}), determined by {referral.ExceptionDecidedBy}, confirmed by {referral.ExceptionConfirmedBy}.",
                Link = $"/referrals/{referral.Id}",
            });
        db.RecordAccess("ReferralWithoutConsent", "Referral", referral.Id.ToString(), $"{referral.ExceptionGround}; decided by {referral.ExceptionDecidedBy}; confirmed by {referral.ExceptionConfirmedBy}");
    }

    private void AddUpdate(Referral referral, ReferralStep step, string? note) =>
        db.ReferralUpdates.Add(new ReferralUpdate { ReferralId = referral.Id, Step = step, Note = UserInput.Clean(note), ByName = user.Name });

    private Task<bool> HasConsentAsync(Case c, CancellationToken ct) =>
        db.Consents.AnyAsync(x => x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.ReferralToPartners && x.WithdrawnAt == null, ct);

    private async Task<string> NoConsentReasonAsync(Case c, CancellationToken ct)
    {
        var withdrawn = await db.Consents.AnyAsync(x => x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.ReferralToPartners, ct);
        return withdrawn
            ? L["The returnee withdrew consent to referral to partners. A referral can only be sent with consent, or on the exception of life at risk or lack of capacity determined by a mental health professional and confirmed by a supervisor."].Value
            : L["The returnee has not consented to referral to partners. A referral can only be sent with consent, or on the exception of life at risk or lack of capacity determined by a mental health professional and confirmed by a supervisor."].Value;
    }

    private (ConsentExceptionGround Ground, string DecidedBy, string Why)? ReadException(ConsentExceptionInput? input, FieldErrors errors)
    {
        if (input is null || input.Ground is null && input.DecidedBy is null && input.Why is null) return null;
        var ground = ConsentExceptionGround.LifeAtRisk;
        if (!UserInput.TryParse(input.Ground, out ground))
            errors.Add("consentException.ground", L["Choose one of: {0}.", UserInput.Names<ConsentExceptionGround>()].Value);
        if (UserInput.Clean(input.DecidedBy) is null)
            errors.Add("consentException.decidedBy", L["Name the mental health professional who determined it."].Value);
        if (UserInput.Clean(input.Why) is null)
            errors.Add("consentException.why", L["Say why consent cannot be obtained."].Value);
        if (input.DecidedBy?.Trim().Length > 200) errors.Add("consentException.decidedBy", L["Keep this to {0} characters or fewer.", 200].Value);
        if (input.Why?.Trim().Length > MaxText) errors.Add("consentException.why", L["Keep this to {0} characters or fewer.", MaxText].Value);
        return errors.Any ? null : (ground, input.DecidedBy!.Trim(), input.Why!.Trim());
    }

    /// <summary>The service must serve the returnee's place and accept them.</summary>
    private async Task CheckFitAsync(Case c, PartnerService service, FieldErrors errors, CancellationToken ct)
    {
        var fit = await queries.FitAsync(c, service, ct);
        if (!fit.ServesThePlace) errors.Add("serviceId", L["{0} does not serve the returnee's place of return.", service.Name].Value);
        else if (!fit.Eligible) errors.Add("serviceId", L["The returnee does not meet the eligibility of {0}.", service.Name].Value);
    }

    private async Task<(Referral, Case, PartnerService)?> LoadAsync(Guid referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == referralId, ct);
        if (referral is null) return null;
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == referral.CaseId, ct);
        if (c is null) return null;
        var service = await db.Services.AsNoTracking().FirstAsync(s => s.Id == referral.ServiceId, ct);
        return (referral, c, service);
    }

    private static ReferralResult<ReferralView> Conflict(string code, string message) =>
        Outcome<ReferralView>.Refused(new DomainRuleException(code, message, "status", isConflict: true), message);
}
