using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Plans;

/// <summary>
/// Saves the plan as drafted with the returnee: replaces the current draft, or starts a new draft version when the
/// current one is agreed. The body's revision must match the current version's, so an edit made on a stale copy is
/// refused and nothing changes.
/// </summary>
[Infrastructure.ScopedService]
public sealed class SavePlan(HomewardDbContext db, ProgrammeSettingsStore settings, CaseTimeline timeline, CurrentUser user,
    PlanQueries queries, PlanMessages messages, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<PlanOverview>> RunAsync(Guid caseId, PlanInput input, CancellationToken ct = default)
    {
        var stage = await db.Cases.Where(c => c.Id == caseId).Select(c => (CaseStage?)c.Stage).FirstOrDefaultAsync(ct);
        if (stage is null) return Outcome<PlanOverview>.NotFound();
        try { PlanDrafting.CheckStage(stage.Value); }
        catch (DomainRuleException ex) { return Outcome<PlanOverview>.Refused(ex, messages.For(ex, new MessageContext(Stage: stage))); }

        var versions = await db.Plans.WithRows().Where(p => p.CaseId == caseId).OrderBy(p => p.VersionNumber).ToListAsync(ct);
        var latest = versions.LastOrDefault();
        if (latest?.Revision != input.Revision) return Outcome<PlanOverview>.Stale();

        var errors = Validate(input, versions);
        if (errors.Any) return Outcome<PlanOverview>.Invalid(errors);

        var s = await settings.GetAsync(ct);
        var replacesDraft = latest is { Status: PlanStatus.Draft };
        var currency = replacesDraft ? latest!.Currency : s.Currency;
        var draft = Build(input, currency);
        foreach (var line in draft.BudgetLines)
            PlanDrafting.CarryDecision(line, versions.SelectMany(v => v.BudgetLines).LastOrDefault(l => l.LineKey == line.LineKey));
        try
        {
            PlanRules.ApplyBudgetRules(draft, s.PerCaseCeiling, s.ApprovalLimit, currency);
            var descriptions = versions.SelectMany(v => v.BudgetLines).GroupBy(l => l.LineKey).ToDictionary(g => g.Key, g => g.Last().Description);
            PlanDrafting.CheckSpending(draft, await db.SpentByLineKeyAsync(caseId, ct), descriptions);
        }
        catch (DomainRuleException ex)
        {
            return Outcome<PlanOverview>.Refused(ex, messages.For(ex, new MessageContext(currency, draft.Total, s.PerCaseCeiling)));
        }

        var saved = replacesDraft ? ReplaceDraft(latest!, draft) : AddVersion(caseId, latest, draft, currency);
        timeline.Add(caseId, CaseEventKind.PlanSaved,
            $"Plan version {saved.VersionNumber} saved as a draft: {draft.Activities.Count} activities, {draft.BudgetLines.Count} budget lines, total {draft.Total:0.00} {currency}.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<PlanOverview>.Stale();
        }
        catch (DbUpdateException) when (!replacesDraft)
        {
            // Two people started the same new version at once: the unique version number let only the first in.
            return Outcome<PlanOverview>.Stale();
        }
        return Outcome<PlanOverview>.Done((await queries.OverviewAsync(caseId, ct))!);
    }

    private FieldErrors Validate(PlanInput input, List<ReintegrationPlan> versions)
    {
        var errors = new FieldErrors();
        MaxLength(errors, "economicSummary", input.EconomicSummary, 4000);
        MaxLength(errors, "socialSummary", input.SocialSummary, 4000);
        MaxLength(errors, "psychosocialSummary", input.PsychosocialSummary, 4000);
        MaxLength(errors, "goals", input.Goals, 4000);
        var activities = input.Activities ?? [];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var field = $"activities[{i}]";
            errors.When(a is null || a.AssistanceType is null, $"{field}.assistanceType", L["Choose the type of assistance."]);
            errors.When(string.IsNullOrWhiteSpace(a?.Description), $"{field}.description", L["Describe the activity."]);
            MaxLength(errors, $"{field}.description", a?.Description, 1000);
            MaxLength(errors, $"{field}.responsibleParty", a?.ResponsibleParty, 200);
        }
        var lines = input.BudgetLines ?? [];
        var knownKeys = versions.SelectMany(v => v.BudgetLines).Select(l => l.LineKey).ToHashSet();
        var seenKeys = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            var field = $"budgetLines[{i}]";
            errors.When(string.IsNullOrWhiteSpace(l?.Description), $"{field}.description", L["Say what the grant will buy."]);
            MaxLength(errors, $"{field}.description", l?.Description, 500);
            errors.When(l is null || l.Dimension is null, $"{field}.dimension", L["Choose the dimension."]);
            errors.When(l is null || l.EstimatedCost is null, $"{field}.estimatedCost", L["Enter the estimated cost."]);
            errors.When(l?.EstimatedCost is { } cost && decimal.Round(cost, 2) != cost, $"{field}.estimatedCost", L["Use at most two decimals."]);
            if (l?.LineKey is { } key)
            {
                errors.When(!knownKeys.Contains(key), $"{field}.lineKey", L["This line key does not belong to this case's plan."]);
                errors.When(!seenKeys.Add(key), $"{field}.lineKey", L["A budget line can appear only once."]);
            }
        }
        return errors;
    }

    private void MaxLength(FieldErrors errors, string field, string? value, int max) =>
        errors.When(value?.Trim().Length > max, field, L["Keep this to {0} characters or fewer.", max]);

    private static ReintegrationPlan Build(PlanInput input, string currency)
    {
        var ids = new OrderedIds();
        return new ReintegrationPlan
        {
            EconomicSummary = Clean(input.EconomicSummary),
            SocialSummary = Clean(input.SocialSummary),
            PsychosocialSummary = Clean(input.PsychosocialSummary),
            Goals = Clean(input.Goals),
            PlannedEndOfAssistance = input.PlannedEndOfAssistance,
            Currency = currency,
            Activities = (input.Activities ?? []).Select(a => new PlanActivity
            {
                Id = ids.Next(),
                AssistanceType = a.AssistanceType!.Value,
                Dimension = AssistanceTypes.DimensionOf(a.AssistanceType.Value),
                Description = a.Description!.Trim(),
                ReferralRequired = a.ReferralRequired,
                ResponsibleParty = Clean(a.ResponsibleParty),
                DueOn = a.DueOn,
                Status = a.Status ?? ActivityStatus.Planned,
            }).ToList(),
            BudgetLines = (input.BudgetLines ?? []).Select(l => new BudgetLine
            {
                Id = ids.Next(),
                LineKey = l.LineKey ?? Guid.CreateVersion7(),
                Description = l.Description!.Trim(),
                Dimension = l.Dimension!.Value,
                EstimatedCost = l.EstimatedCost!.Value,
                Currency = Clean(l.Currency)?.ToUpperInvariant() ?? currency,
            }).ToList(),
        };
    }

    /// <summary>Overwrites the current draft; lines it keeps (same key) keep their id, so a supervisor's link to them still works.</summary>
    private ReintegrationPlan ReplaceDraft(ReintegrationPlan current, ReintegrationPlan draft)
    {
        current.EconomicSummary = draft.EconomicSummary;
        current.SocialSummary = draft.SocialSummary;
        current.PsychosocialSummary = draft.PsychosocialSummary;
        current.Goals = draft.Goals;
        current.PlannedEndOfAssistance = draft.PlannedEndOfAssistance;
        db.PlanActivities.RemoveRange(current.Activities.ToList());
        foreach (var activity in draft.Activities)
        {
            activity.PlanId = current.Id;
            db.PlanActivities.Add(activity);
        }
        var existing = current.BudgetLines.ToDictionary(l => l.LineKey);
        foreach (var line in draft.BudgetLines)
        {
            if (existing.Remove(line.LineKey, out var kept))
            {
                kept.Description = line.Description;
                kept.Dimension = line.Dimension;
                kept.EstimatedCost = line.EstimatedCost;
                kept.Currency = line.Currency;
                kept.Approval = line.Approval;
                kept.ApprovedBy = line.ApprovedBy;
                kept.ApprovedAt = line.ApprovedAt;
            }
            else
            {
                line.PlanId = current.Id;
                db.BudgetLines.Add(line);
            }
        }
        db.BudgetLines.RemoveRange(existing.Values);
        // The rows changed even if no field of the plan itself did: the revision moves on either way.
        db.Entry(current).State = EntityState.Modified;
        return current;
    }

    private ReintegrationPlan AddVersion(Guid caseId, ReintegrationPlan? latest, ReintegrationPlan draft, string currency)
    {
        draft.CaseId = caseId;
        draft.VersionNumber = (latest?.VersionNumber ?? 0) + 1;
        // Revisions keep rising across versions, so a copy read before the new version can never match it.
        draft.Revision = latest is null ? 0 : latest.Revision + 1;
        draft.Currency = currency;
        draft.CreatedBy = user.Name;
        db.Plans.Add(draft);
        return draft;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
