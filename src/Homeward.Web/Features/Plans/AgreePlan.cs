using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.FollowUps;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Children;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Plans;

/// <summary>
/// Records the returnee's agreement to the current draft: it becomes the version in force, the case remembers when the
/// plan was agreed, and the follow-up visits are scheduled from the programme's months after return. The stage does
/// not move here: moving to Implementation is a transition of the case.
/// </summary>
[Infrastructure.ScopedService]
public sealed class AgreePlan(HomewardDbContext db, ProgrammeSettingsStore settings, CaseTimeline timeline, PlanQueries queries,
    PlanMessages messages, BestInterestsGate bestInterests, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<PlanOverview>> RunAsync(Guid caseId, AgreementInput input, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return Outcome<PlanOverview>.NotFound();
        var versions = await db.Plans.WithRows().Where(p => p.CaseId == caseId).OrderBy(p => p.VersionNumber).ToListAsync(ct);
        var draft = versions.LastOrDefault();
        var inForce = versions.LastOrDefault(v => v.Status == PlanStatus.Agreed);
        IReadOnlyList<string> childrenWithout = [];
        try
        {
            PlanDrafting.CheckStage(c.Stage);
            if (draft is null)
                throw new DomainRuleException("plan-missing", "There is no draft plan to agree yet: draft the plan first.", "plan", isConflict: true);
            if (input.Revision is not null && input.Revision != draft.Revision) return Outcome<PlanOverview>.Stale();
            if (input.Method?.Trim().Length > 100)
                return Outcome<PlanOverview>.Invalid(new FieldErrors().Add("method", L["Keep this to {0} characters or fewer.", 100]));
            // Each child of the family needs a best-interests assessment, or a supervisor's reason why not (409 naming them).
            childrenWithout = await bestInterests.ChildrenWithoutAssessmentAsync(c, input.AgreedOn ?? PlanQueries.Today, ct);
            BestInterestsRules.CheckPlanAgreement(childrenWithout);
            PlanAgreement.Agree(draft, inForce, input.AgreedOn, input.Method, PlanQueries.Today);
        }
        catch (DomainRuleException ex)
        {
            return Outcome<PlanOverview>.Refused(ex, messages.For(ex, new MessageContext(Stage: c.Stage, Children: childrenWithout)));
        }

        var agreedOn = draft.AgreedOn!.Value;
        c.PlanAgreedOn = agreedOn;
        timeline.Add(caseId, CaseEventKind.PlanAgreed, inForce is null
            ? $"Plan version {draft.VersionNumber} agreed with the returnee on {agreedOn:yyyy-MM-dd} ({draft.AgreementMethod})."
            : $"Plan version {draft.VersionNumber} agreed with the returnee on {agreedOn:yyyy-MM-dd} ({draft.AgreementMethod}); version {inForce.VersionNumber} is superseded.");
        await ScheduleFollowUpsAsync(c, agreedOn, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<PlanOverview>.Stale();
        }
        return Outcome<PlanOverview>.Done((await queries.OverviewAsync(caseId, ct))!);
    }

    /// <summary>The first agreement schedules the follow-ups; a revision keeps the schedule already running.</summary>
    private async Task ScheduleFollowUpsAsync(Case c, DateOnly agreedOn, CancellationToken ct)
    {
        if (await db.FollowUps.AnyAsync(v => v.CaseId == c.Id, ct)) return;
        var months = (await settings.GetAsync(ct)).FollowUpMonthList;
        var visits = FollowUpSchedule.For(c.Id, c.ReturnDate, months, agreedOn);
        if (visits.Count == 0) return;
        db.FollowUps.AddRange(visits);
        c.NextFollowUpDueOn = visits.Min(v => v.DueOn);
        timeline.Add(c.Id, CaseEventKind.PlanAgreed,
            $"{visits.Count} follow-up visits scheduled ({string.Join(", ", visits.Select(v => v.MonthsAfterReturn))} months after return); the first is due on {c.NextFollowUpDueOn:yyyy-MM-dd}.");
    }
}
