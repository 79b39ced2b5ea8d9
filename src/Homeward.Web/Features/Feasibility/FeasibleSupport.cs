using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Feasibility;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.ServiceMap;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Feasibility;

/// <summary>
/// The feasibility grid applied to one returnee: which approaches are feasible and why each criterion holds or not,
/// the case manager's ticks on criteria checked by hand, and adding a feasible approach to the draft plan.
/// The case is always found first through the scoped <c>db.Cases</c>.
/// </summary>
[Infrastructure.ScopedService]
public sealed class FeasibleSupport(HomewardDbContext db, ServiceDirectory directory, CaseTimeline timeline, CurrentUser user, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<FeasibleSupportView>?> EvaluateAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        return c is null ? null : await EvaluateAsync(c, ct);
    }

    private async Task<IReadOnlyList<FeasibleSupportView>> EvaluateAsync(Case c, CancellationToken ct)
    {
        var services = c.ReturnLocationId is { } place
            ? (await directory.ListAsync(new ServiceFilter(LocationId: place, FreeCapacityOnly: true), ct)).Select(s => s.Type).ToHashSet()
            : [];
        var assessments = (await db.Assessments.Where(a => a.CaseId == c.Id).Select(a => a.Kind).Distinct().ToListAsync(ct)).ToHashSet();
        var ticks = await db.FeasibilityTicks.Where(t => t.CaseId == c.Id).ToDictionaryAsync(t => t.CriterionId, t => t.Holds, ct);
        var places = c.ReturnLocationId is { } l ? await directory.WithAncestorsAsync(l, ct) : [];
        var labourMarket = await db.LabourMarketAssessments.AsNoTracking().Where(m => places.Contains(m.LocationId)).ToListAsync(ct);
        var facts = new CriterionFacts(c.VulnerabilityFlag, services, assessments, ticks, labourMarket);
        var approaches = await db.FeasibilityApproaches.AsNoTracking().Include(a => a.Criteria).OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(ct);
        return approaches.Select(a =>
        {
            var results = a.Criteria.OrderBy(x => x.Level).ThenBy(x => x.SortOrder).Select(x => CriterionEvaluator.Evaluate(x, facts)).ToList();
            return new FeasibleSupportView(a.Id, a.Dimension, a.Name, a.UsefulFor, a.AssistanceType, CriterionEvaluator.Feasible(results),
                results.Select(r => new CriterionView(r.Criterion.Id, r.Criterion.Level, r.Criterion.Text, r.Criterion.Rule, r.Holds,
                    r.ReasonArgument is { } arg ? L[r.Reason, L[arg].Value].Value : L[r.Reason].Value)).ToList());
        }).ToList();
    }

    public async Task<Outcome<IReadOnlyList<FeasibleSupportView>>> TickAsync(Guid caseId, Guid criterionId, TickInput input, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return Outcome<IReadOnlyList<FeasibleSupportView>>.NotFound();
        var criterion = await db.FeasibilityCriteria.AsNoTracking().FirstOrDefaultAsync(x => x.Id == criterionId, ct);
        if (criterion is null) return Outcome<IReadOnlyList<FeasibleSupportView>>.NotFound();
        if (input.Holds is not { } holds)
            return Outcome<IReadOnlyList<FeasibleSupportView>>.Invalid(new FieldErrors().Add("holds", L["Say whether the criterion holds."].Value));
        if (criterion.Rule != CriterionRule.Manual)
            return Outcome<IReadOnlyList<FeasibleSupportView>>.Refused(new DomainRuleException("criterion-automatic", "", "criterionId", isConflict: true),
                L["This criterion is evaluated from the case; it cannot be ticked."].Value);
        var tick = await db.FeasibilityTicks.FirstOrDefaultAsync(t => t.CaseId == caseId && t.CriterionId == criterionId, ct);
        if (tick is null) db.FeasibilityTicks.Add(new FeasibilityTick { CaseId = caseId, CriterionId = criterionId, Holds = holds, TickedBy = user.Name });
        else
        {
            tick.Holds = holds;
            tick.TickedBy = user.Name;
            tick.TickedAt = DateTime.UtcNow;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<IReadOnlyList<FeasibleSupportView>>.Done(await EvaluateAsync(c, ct));
    }

    /// <summary>Adds a feasible approach to the draft plan as an activity of its type and dimension.</summary>
    public async Task<Outcome<PlanVersionView>> AddToPlanAsync(Guid caseId, Guid approachId, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return Outcome<PlanVersionView>.NotFound();
        var view = (await EvaluateAsync(c, ct)).FirstOrDefault(a => a.ApproachId == approachId);
        if (view is null) return Outcome<PlanVersionView>.NotFound();
        var plan = await db.Plans.Include(p => p.Activities).Include(p => p.BudgetLines).Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.VersionNumber).FirstOrDefaultAsync(ct);
        if (plan is not { Status: PlanStatus.Draft } || !PlanDrafting.StageAllowsPlan(c.Stage))
            return Conflict("no-draft-plan", L["Support is added to a draft plan; save a draft of the plan first."].Value);
        if (!view.Feasible)
            return Conflict("approach-not-feasible", L["{0} is not feasible for this returnee yet: see the criteria not met.", view.Name].Value);
        var activity = new PlanActivity
        {
            PlanId = plan.Id, AssistanceType = view.AssistanceType, Dimension = AssistanceTypes.DimensionOf(view.AssistanceType),
            Description = view.Name, ReferralRequired = Domain.ServiceMap.ServiceTypes.For(view.AssistanceType) is not null,
        };
        db.PlanActivities.Add(activity);
        // Moves the plan's revision on, so an edit made on the copy loaded before this is refused rather than losing the activity.
        db.Entry(plan).Property(p => p.Revision).IsModified = true;
        timeline.Add(caseId, CaseEventKind.PlanSaved, $"'{view.Name}' added to the draft plan from the feasibility grid.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<PlanVersionView>.Stale();
        }
        return Outcome<PlanVersionView>.Done(PlanVersionView.From(plan));
    }

    private static Outcome<PlanVersionView> Conflict(string code, string message) =>
        Outcome<PlanVersionView>.Refused(new DomainRuleException(code, message, "plan", isConflict: true), message);
}
