using Homeward.Data;
using Homeward.Domain.Structural;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Structural;

/// <summary>Capacity strengthening activities with the institutions and people they reached, and their follow-up.</summary>
[Infrastructure.ScopedService]
public sealed class CapacityRegister(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<CapacityView>> ListAsync(CancellationToken ct = default)
    {
        var names = await db.Stakeholders.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var activities = await db.CapacityActivities.AsNoTracking().OrderByDescending(a => a.HeldOn).ToListAsync(ct);
        return activities.Select(a => new CapacityView(a.Id, a.Title, a.Kind, a.HeldOn, a.StakeholderIds.Select(id => names.GetValueOrDefault(id, "?")).ToList(),
            a.Participants, a.ParticipantDetails, a.FollowUpDueOn, a.FollowUpDoneOn, a.FollowUpFindings)).ToList();
    }

    public async Task<Outcome<Guid>> CreateAsync(CapacityInput input, CancellationToken ct = default)
    {
        var institutions = input.StakeholderIds?.Distinct().ToList() ?? [];
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(input.Title), "title", L["Give the activity a title."])
            .When(input.Title?.Trim().Length > 200, "title", L["Keep this to {0} characters or fewer.", 200])
            .When(input.Kind is null, "kind", L["Choose the kind of activity."])
            .When(input.HeldOn is null, "heldOn", L["Enter the date."])
            .When(input.Participants is null, "participants", L["Enter how many people took part."])
            .When(input.Participants < 0, "participants", L["A count cannot be negative."])
            .When(input.ParticipantDetails?.Length > 2000, "participantDetails", L["Keep this to {0} characters or fewer.", 2000])
            .When(institutions.Count == 0, "stakeholderIds", L["Choose at least one institution from the stakeholder register."])
            .When(input.FollowUpDueOn < input.HeldOn, "followUpDueOn", L["The follow-up cannot be due before the activity."]);
        if (institutions.Count > 0 && await db.Stakeholders.CountAsync(s => institutions.Contains(s.Id), ct) != institutions.Count)
            errors.Add("stakeholderIds", L["One of the institutions is not in the stakeholder register."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var activity = new CapacityActivity
        {
            Title = input.Title!.Trim(), Kind = input.Kind!.Value, HeldOn = input.HeldOn!.Value, StakeholderIds = institutions,
            Participants = input.Participants!.Value, ParticipantDetails = Text.Clean(input.ParticipantDetails), FollowUpDueOn = input.FollowUpDueOn,
        };
        db.CapacityActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(activity.Id);
    }

    public async Task<Outcome<Guid>> RecordFollowUpAsync(Guid id, CapacityFollowUpInput input, CancellationToken ct = default)
    {
        var activity = await db.CapacityActivities.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.DoneOn is null, "doneOn", L["Enter the date of the follow-up."])
            .When(input.DoneOn < activity.HeldOn, "doneOn", L["The follow-up cannot come before the activity."])
            .When(input.DoneOn > PlanQueries.Today, "doneOn", L["The date cannot be in the future."])
            .When(string.IsNullOrWhiteSpace(input.Findings), "findings", L["Write what the follow-up found."])
            .When(input.Findings?.Length > 4000, "findings", L["Keep this to {0} characters or fewer.", 4000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        activity.FollowUpDoneOn = input.DoneOn;
        activity.FollowUpFindings = input.Findings!.Trim();
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(activity.Id);
    }
}
