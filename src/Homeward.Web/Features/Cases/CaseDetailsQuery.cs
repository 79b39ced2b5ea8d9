using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Domain.Locations;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Cases;

/// <summary>
/// Loads one case as the case page shows it. Returns null when the case does not exist or is outside the caller's scope.
/// Sensitive sections (disability, assessment findings, counselling notes) are withheld from readers without the permission.
/// </summary>
[ScopedService]
public sealed class CaseDetailsQuery(HomewardDbContext db, ProgrammeSettingsStore settings, CurrentUser user)
{
    public async Task<CaseDetails?> RunAsync(Guid id, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var programme = await settings.GetAsync(ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == c.OfficeId, ct);
        var people = await db.Persons.AsNoTracking()
            .Where(p => p.Id == c.PrincipalPersonId || (c.HouseholdId != null && p.HouseholdId == c.HouseholdId))
            .ToListAsync(ct);
        var personIds = people.Select(p => p.Id).ToList();
        var consents = await db.Consents.AsNoTracking().Where(x => x.PersonId == c.PrincipalPersonId).OrderBy(x => x.Purpose).ToListAsync(ct);
        var userIds = new List<Guid?> { c.CaseManagerId };
        var assignments = await db.CaseAssignments.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.At).ToListAsync(ct);
        userIds.AddRange(assignments.SelectMany(a => new[] { a.FromCaseManagerId, a.ToCaseManagerId }));
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var plan = await db.Plans.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.VersionNumber)
            .Select(p => new { p.VersionNumber, p.Status, p.Currency, p.AgreedOn, Costs = p.BudgetLines.Select(l => l.EstimatedCost).ToList() })
            .FirstOrDefaultAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CaseId == id).OrderByDescending(a => a.ConductedOn).ToListAsync(ct);
        var counselling = await db.CounsellingSessions.AsNoTracking().Where(s => s.CaseId == id).OrderByDescending(s => s.HeldOn).ToListAsync(ct);
        var timeline = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == id).OrderByDescending(e => e.At).Take(200).ToListAsync(ct);
        // Every read of a person's record is in the audit log.
        foreach (var person in people) db.RecordAccess(AuditActions.Read, "Person", person.Id.ToString(), $"case {c.Reference}");
        await db.SaveChangesAsync(ct);

        var sensitive = user.CanSeeSensitiveData;
        var planDue = c.ReturnDate.AddDays(programme.PlanDeadlineDays);
        var members = people
            .OrderBy(p => p.Id == c.PrincipalPersonId ? 0 : 1).ThenBy(p => p.DateOfBirth)
            .Select(p => new CaseDetails.Member(p.Id, p.GivenName, p.FamilyName, p.OtherNames, p.Sex, p.DateOfBirth, p.DateOfBirthEstimated,
                p.AgeOn(today), p.Relationship, p.Id == c.PrincipalPersonId, p.Phone, p.DocumentType, p.DocumentNumber, p.Languages,
                sensitive ? p.Disability : null, !sensitive && p.Disability is not null))
            .ToList();
        var flags = new CaseDetails.Flags(
            c.VulnerabilityFlag,
            LatePlan: c.Stage != CaseStage.Closed && (c.PlanAgreedOn is null ? today > planDue : c.PlanAgreedOn > planDue),
            planDue, c.PlanAgreedOn, c.NextFollowUpDueOn,
            OverdueFollowUp: c.Stage != CaseStage.Closed && c.NextFollowUpDueOn < today,
            ForcedReturnWithChild: c.ReturnType == ReturnType.Forced && members.Any(m => m.IsChild));

        return new CaseDetails(
            c.Id, c.Reference, c.Stage, c.Version, CaseLifecycle.NextStages(c.Stage), office.Name, office.Id, c.CaseManagerId,
            c.CaseManagerId is { } cm ? names.GetValueOrDefault(cm) : null,
            new CaseDetails.ReturnDetails(c.HostCountry, c.ReturnDate, c.ReturnType, c.ReturnLocationId, await LocationPathAsync(c.ReturnLocationId, ct), c.MigrationHistory),
            members,
            consents.Select(x => new CaseDetails.Consent(x.Purpose, x.IsActive, x.GivenOn, x.Method, x.ObtainedBy, x.WithdrawnAt)).ToList(),
            flags,
            c.ClosureReason is { } reason ? new CaseDetails.Closure(reason, c.OptOutReason, c.ClosureNote, c.ClosedAt) : null,
            c.PendingClosureReason is { } pending ? new CaseDetails.Closure(pending, c.PendingOptOutReason, c.PendingClosureNote, null) : null,
            plan is null ? null : new CaseDetails.PlanSummary(plan.VersionNumber, plan.Status, plan.Costs.Sum(), plan.Currency, plan.AgreedOn),
            assessments.Select(a => new CaseDetails.Assessment(a.Id, a.Kind, a.ConductedOn, a.ConductedBy,
                sensitive ? a.Findings : null, a.VulnerabilityFlagged, !sensitive && a.Findings is not null)).ToList(),
            counselling.Select(s => new CaseDetails.Counselling(s.Id, s.HeldOn, s.Attendees, s.Interpreter,
                sensitive ? s.Notes : null, s.GoalsAndMotivations, s.RecordedBy, !sensitive && s.Notes is not null)).ToList(),
            assignments.Select(a => new CaseDetails.Assignment(a.At, Name(a.FromCaseManagerId), Name(a.ToCaseManagerId),
                offices.GetValueOrDefault(a.FromOfficeId, "?"), offices.GetValueOrDefault(a.ToOfficeId, "?"), a.Reason, a.By)).ToList(),
            timeline.Select(e => new CaseDetails.TimelineEntry(e.At, e.Kind, e.Summary, e.ActorName)).ToList());

        string? Name(Guid? userId) => userId is { } u ? names.GetValueOrDefault(u) : null;
    }

    /// <summary>"Senegal › Dakar › Pikine › Thiaroye" for a community.</summary>
    private async Task<string?> LocationPathAsync(Guid? locationId, CancellationToken ct)
    {
        var parts = new List<string>();
        var current = locationId;
        while (current is { } id && parts.Count < 6)
        {
            var location = await db.Locations.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Name, l.ParentId }).FirstOrDefaultAsync(ct);
            if (location is null) break;
            parts.Insert(0, location.Name);
            current = location.ParentId;
        }
        return parts.Count == 0 ? null : string.Join(" › ", parts);
    }
}
