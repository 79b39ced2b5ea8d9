using Homeward.Data;
using Homeward.Domain.Structural;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Structural;

/// <summary>Coordination mechanisms, their meetings with decisions, and the actions agreed with their status.</summary>
[Infrastructure.ScopedService]
public sealed class CoordinationRegister(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<MechanismView>> ListAsync(CancellationToken ct = default)
    {
        var ids = await db.CoordinationMechanisms.OrderBy(m => m.Name).Select(m => m.Id).ToListAsync(ct);
        var views = new List<MechanismView>();
        foreach (var id in ids) views.Add((await FindAsync(id, ct))!);
        return views;
    }

    public async Task<MechanismView?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var m = await db.CoordinationMechanisms.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return null;
        var meetings = await db.CoordinationMeetings.AsNoTracking().Where(x => x.MechanismId == id).OrderByDescending(x => x.HeldOn).ToListAsync(ct);
        var meetingIds = meetings.Select(x => x.Id).ToList();
        var actions = (await db.CoordinationActions.AsNoTracking().Where(a => meetingIds.Contains(a.MeetingId)).ToListAsync(ct)).ToLookup(a => a.MeetingId);
        var views = meetings.Select(x => new MeetingView(x.Id, x.HeldOn, x.Attendees, x.Decisions,
            actions[x.Id].OrderBy(a => a.DueOn ?? DateOnly.MaxValue).Select(a => new ActionView(a.Id, a.Description, a.Responsible, a.DueOn, a.Status)).ToList())).ToList();
        var open = views.Sum(v => v.Actions.Count(a => a.Status is ActionStatus.Open or ActionStatus.InProgress));
        return new MechanismView(m.Id, m.Name, m.Lead, m.Members, m.StandardProcedures, m.ReferralPathways, views, open);
    }

    public async Task<Outcome<Guid>> CreateAsync(MechanismInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(input.Name), "name", L["Give the mechanism a name."])
            .When(input.Name?.Trim().Length > 200, "name", L["Keep this to {0} characters or fewer.", 200])
            .When(string.IsNullOrWhiteSpace(input.Lead), "lead", L["Say who leads it."])
            .When(input.Lead?.Trim().Length > 200, "lead", L["Keep this to {0} characters or fewer.", 200])
            .When(input.Members?.Length > 2000, "members", L["Keep this to {0} characters or fewer.", 2000]);
        foreach (var (field, value) in new[] { ("standardProcedures", input.StandardProcedures), ("referralPathways", input.ReferralPathways) })
            errors.When(value?.Length > 4000, field, L["Keep this to {0} characters or fewer.", 4000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var m = new CoordinationMechanism
        {
            Name = input.Name!.Trim(), Lead = input.Lead!.Trim(), Members = Text.Clean(input.Members),
            StandardProcedures = Text.Clean(input.StandardProcedures), ReferralPathways = Text.Clean(input.ReferralPathways),
        };
        db.CoordinationMechanisms.Add(m);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(m.Id);
    }

    /// <summary>Records a meeting with its decisions and the actions agreed, all in one save.</summary>
    public async Task<Outcome<Guid>> AddMeetingAsync(Guid mechanismId, MeetingInput input, CancellationToken ct = default)
    {
        if (!await db.CoordinationMechanisms.AnyAsync(m => m.Id == mechanismId, ct)) return Outcome<Guid>.NotFound();
        var actions = input.Actions ?? [];
        var errors = new FieldErrors()
            .When(input.HeldOn is null, "heldOn", L["Enter the date of the meeting."])
            .When(input.HeldOn > PlanQueries.Today, "heldOn", L["The date cannot be in the future."])
            .When(input.Attendees?.Length > 2000, "attendees", L["Keep this to {0} characters or fewer.", 2000])
            .When(input.Decisions?.Length > 4000, "decisions", L["Keep this to {0} characters or fewer.", 4000]);
        for (var i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            errors.When(string.IsNullOrWhiteSpace(a.Description), $"actions[{i}].description", L["Describe the action."])
                .When(a.Description?.Length > 1000, $"actions[{i}].description", L["Keep this to {0} characters or fewer.", 1000])
                .When(string.IsNullOrWhiteSpace(a.Responsible), $"actions[{i}].responsible", L["Say who is responsible."])
                .When(a.Responsible?.Length > 200, $"actions[{i}].responsible", L["Keep this to {0} characters or fewer.", 200])
                .When(a.DueOn < input.HeldOn, $"actions[{i}].dueOn", L["An action cannot be due before the meeting."]);
        }
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var meeting = new CoordinationMeeting { MechanismId = mechanismId, HeldOn = input.HeldOn!.Value, Attendees = Text.Clean(input.Attendees), Decisions = Text.Clean(input.Decisions) };
        db.CoordinationMeetings.Add(meeting);
        db.CoordinationActions.AddRange(actions.Select(a => new CoordinationAction
        {
            MeetingId = meeting.Id, Description = a.Description!.Trim(), Responsible = a.Responsible!.Trim(), DueOn = a.DueOn,
        }));
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(meeting.Id);
    }

    public async Task<Outcome<Guid>> SetActionStatusAsync(Guid mechanismId, Guid actionId, ActionStatusInput input, CancellationToken ct = default)
    {
        var action = await db.CoordinationActions
            .Where(a => a.Id == actionId && db.CoordinationMeetings.Any(m => m.Id == a.MeetingId && m.MechanismId == mechanismId))
            .FirstOrDefaultAsync(ct);
        if (action is null) return Outcome<Guid>.NotFound();
        if (input.Status is null) return Outcome<Guid>.Invalid(new FieldErrors().Add("status", L["Choose the status."]));
        action.Status = input.Status.Value;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(action.Id);
    }
}
