using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Children;

/// <summary>
/// Records on one child of a family case: a time they were heard, an activity of their own in the family plan, a
/// follow-up finding. Each is checked whole before anything is saved and written with its timeline entry in one save.
/// All return null when the case is out of sight or the person is not in its household.
/// </summary>
[ScopedService]
public sealed class ChildRecords(HomewardDbContext db, ChildLookup lookup, CaseTimeline timeline, CurrentUser user)
{
    public async Task<ParticipationView?> RecordParticipationAsync(Guid caseId, Guid personId, ParticipationInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        var step = input.Step ?? throw new DomainRuleException("participation-step", "Say in which step of the case the child took part.", "step");
        var participation = Participation(caseId, personId, input, input.HeardOn ?? default, step, user.Name, "");
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, participation.HeardOn), found.Person.FullName);
        db.ChildParticipations.Add(participation);
        timeline.Add(caseId, CaseEventKind.ChildRecorded, $"{found.Person.FullName}'s participation ({step}) recorded.");
        await db.SaveChangesAsync(ct);
        return ParticipationView.From(participation, user.CanSeeSensitiveData);
    }

    public async Task<ChildView.Activity?> AddActivityAsync(Guid caseId, Guid personId, ChildActivityInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, ChildLookup.Today), found.Person.FullName);
        var activity = new ChildActivity
        {
            CaseId = caseId, PersonId = personId, Area = input.Area ?? (ChildActivityArea)(-1), Description = input.Description?.Trim() ?? "",
            ResponsibleParty = Clean(input.ResponsibleParty), DueOn = input.DueOn, CreatedBy = user.Name,
        };
        ChildRules.CheckActivity(activity);
        db.ChildActivities.Add(activity);
        timeline.Add(caseId, CaseEventKind.ChildRecorded, $"Activity for {found.Person.FullName} added to the family plan ({activity.Area}).");
        await db.SaveChangesAsync(ct);
        return new ChildView.Activity(activity.Id, activity.Area, activity.Description, activity.ResponsibleParty, activity.DueOn, activity.Status);
    }

    public async Task<ChildView.Finding?> RecordFindingAsync(Guid caseId, Guid personId, ChildFindingInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        var finding = new ChildFollowUpFinding
        {
            CaseId = caseId, PersonId = personId, SeenOn = input.SeenOn ?? default, InSchool = input.InSchool, Findings = Clean(input.Findings), RecordedBy = user.Name,
        };
        ChildRules.CheckFinding(finding, ChildLookup.Today);
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, finding.SeenOn), found.Person.FullName);
        db.ChildFollowUpFindings.Add(finding);
        timeline.Add(caseId, CaseEventKind.ChildRecorded, $"Follow-up finding for {found.Person.FullName} of {finding.SeenOn:yyyy-MM-dd} recorded.");
        await db.SaveChangesAsync(ct);
        return new ChildView.Finding(finding.Id, finding.SeenOn, finding.InSchool, user.CanSeeSensitiveData ? finding.Findings : null, finding.RecordedBy);
    }

    /// <summary>A participation record checked against the rules; <paramref name="fieldPrefix"/> names its fields inside a larger request.</summary>
    public static ChildParticipation Participation(Guid caseId, Guid personId, ParticipationInput input, DateOnly heardOn, ParticipationStep step,
        string recordedBy, string fieldPrefix)
    {
        var participation = new ChildParticipation
        {
            CaseId = caseId, PersonId = personId, HeardOn = heardOn, Step = step, Heard = input.Heard ?? false,
            Method = input.Heard == true ? input.Method : null, Language = input.Heard == true ? Clean(input.Language) : null,
            AdultPresent = input.Heard == true ? Clean(input.AdultPresent) : null, ChildViews = input.Heard == true ? Clean(input.ChildViews) : null,
            NotHeardReason = input.Heard == false ? Clean(input.NotHeardReason) : null, RecordedBy = recordedBy,
        };
        try
        {
            if (input.Heard is null) throw new DomainRuleException("participation-heard", "Say whether the child was heard.", "heard");
            ChildRules.CheckParticipation(participation, ChildLookup.Today);
        }
        catch (DomainRuleException ex) when (fieldPrefix.Length > 0)
        {
            throw new DomainRuleException(ex.Code, ex.Message, fieldPrefix + ex.Field, ex.IsConflict);
        }
        return participation;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
