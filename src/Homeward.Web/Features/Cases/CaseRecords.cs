using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Cases;

public sealed record AssessmentInput(AssessmentKind? Kind, DateOnly? ConductedOn, string? Findings, bool VulnerabilityFlagged, Guid? PersonId = null);

public sealed record CounsellingInput(DateOnly? HeldOn, string? Attendees, string? Interpreter, string? Notes, string? GoalsAndMotivations);

public sealed record AssignmentInput(Guid? CaseManagerId, string? Reason);

/// <summary>Records on a case: assessments, counselling sessions, and (supervisors) assignment or transfer.</summary>
[ScopedService]
public sealed class CaseRecords(HomewardDbContext db, CaseTimeline timeline, CurrentUser user)
{
    /// <summary>How many times an assessment is tried when others are recorded on the same case at the same moment.</summary>
    public const int AssessmentAttempts = 8;

    public Task<Guid?> RecordAssessmentAsync(Guid caseId, AssessmentInput input, CancellationToken ct = default) =>
        RecordAssessmentAsync(caseId, input, 1, ct);

    private async Task<Guid?> RecordAssessmentAsync(Guid caseId, AssessmentInput input, int attempt, CancellationToken ct)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        if (input.Kind is null) throw new DomainRuleException("assessment-kind", "Choose the kind of assessment.", "kind");
        if (input.Kind == AssessmentKind.BestInterests)
            throw new DomainRuleException("bia-from-child-view", "Record a best-interests assessment from the child's page, with the child's participation.", "kind");
        var on = input.ConductedOn ?? throw new DomainRuleException("assessment-date", "Give the date of the assessment.", "conductedOn");
        if (on > Today) throw new DomainRuleException("assessment-date", "The assessment date cannot be in the future.", "conductedOn");
        if (c.Stage == CaseStage.Closed) throw new DomainRuleException("case-closed", "The case is closed: reopen it to record an assessment.", isConflict: true);
        if (input.PersonId is { } personId && !await InHouseholdAsync(c, personId, ct))
            throw new DomainRuleException("assessment-person", "That person is not a member of this case's household.", "personId");

        var record = new AssessmentRecord
        {
            CaseId = c.Id, PersonId = input.PersonId ?? c.PrincipalPersonId, Kind = input.Kind.Value, ConductedOn = on,
            ConductedBy = user.Name, Findings = Trim(input.Findings, 4000), VulnerabilityFlagged = input.VulnerabilityFlagged,
        };
        db.Assessments.Add(record);
        c.AssessmentCount++;
        if (input.VulnerabilityFlagged) c.VulnerabilityFlag = true;
        timeline.Add(c.Id, CaseEventKind.AssessmentRecorded, $"{input.Kind} recorded{(input.VulnerabilityFlagged ? ": potential vulnerability flagged" : "")}.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (attempt < AssessmentAttempts)
        {
            // Another assessment was recorded on the case at the same moment (its count moved). The request named no version
            // of the case, so nothing its author saw is stale: nothing was saved, start again from the case as it is now.
            // A short, random wait first, so that requests that collided do not collide again.
            db.ChangeTracker.Clear();
            await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
            return await RecordAssessmentAsync(caseId, input, attempt + 1, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleEditException("case");
        }
        return record.Id;
    }

    public async Task<Guid?> RecordCounsellingAsync(Guid caseId, CounsellingInput input, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        var on = input.HeldOn ?? throw new DomainRuleException("counselling-date", "Give the date of the session.", "heldOn");
        if (on > Today) throw new DomainRuleException("counselling-date", "The session date cannot be in the future.", "heldOn");
        if (string.IsNullOrWhiteSpace(input.Attendees)) throw new DomainRuleException("counselling-attendees", "Say who attended the session.", "attendees");
        if (c.Stage == CaseStage.Closed) throw new DomainRuleException("case-closed", "The case is closed: reopen it to record a session.", isConflict: true);

        var session = new CounsellingSession
        {
            CaseId = c.Id, HeldOn = on, Attendees = Trim(input.Attendees, 500)!, Interpreter = Trim(input.Interpreter, 200),
            Notes = Trim(input.Notes, 8000), GoalsAndMotivations = Trim(input.GoalsAndMotivations, 4000), RecordedBy = user.Name,
        };
        db.CounsellingSessions.Add(session);
        timeline.Add(c.Id, CaseEventKind.CounsellingRecorded, $"Counselling session of {on:yyyy-MM-dd} recorded.");
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    /// <summary>A supervisor assigns the case to a case manager, possibly in another office (a transfer).</summary>
    public async Task<bool> AssignAsync(Guid caseId, AssignmentInput input, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return false;
        if (!user.IsSupervisor) throw new DomainRuleException("supervisor-only", "Only a supervisor can assign or transfer a case.", isConflict: true);
        var managerId = input.CaseManagerId ?? throw new DomainRuleException("assign-manager", "Choose the case manager.", "caseManagerId");
        if (string.IsNullOrWhiteSpace(input.Reason)) throw new DomainRuleException("assign-reason", "Give the reason for the assignment.", "reason");
        var manager = await db.Users.FirstOrDefaultAsync(u => u.Id == managerId && u.IsActive, ct);
        var isCaseManager = manager is not null && await db.UserRoles.AnyAsync(ur => ur.UserId == managerId
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Domain.Accounts.Roles.CaseManager), ct);
        if (manager?.OfficeId is not { } office || !isCaseManager)
            throw new DomainRuleException("assign-manager", "That user is not an active case manager with an office.", "caseManagerId");
        if (c.CaseManagerId == managerId) throw new DomainRuleException("assign-same", "The case is already assigned to this case manager.", "caseManagerId");

        db.CaseAssignments.Add(new CaseAssignment
        {
            CaseId = c.Id, FromCaseManagerId = c.CaseManagerId, ToCaseManagerId = managerId, FromOfficeId = c.OfficeId, ToOfficeId = office,
            Reason = Trim(input.Reason, 1000)!, By = user.Name,
        });
        var transfer = c.OfficeId != office;
        timeline.Add(c.Id, transfer ? CaseEventKind.Transferred : CaseEventKind.Assigned,
            $"{(transfer ? "Transferred" : "Assigned")} to {manager.DisplayName}: {input.Reason}");
        c.CaseManagerId = managerId;
        c.OfficeId = office;
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<bool> InHouseholdAsync(Case c, Guid personId, CancellationToken ct) =>
        personId == c.PrincipalPersonId || (c.HouseholdId is { } h && await db.Persons.AnyAsync(p => p.Id == personId && p.HouseholdId == h, ct));

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Trimmed text, or a refusal naming the field when it is too long: nothing is cut off silently.</summary>
    private static string? Trim(string? text, int max, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(text))] string field = "")
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        var name = field.Split('.').Last();
        return trimmed.Length <= max ? trimmed
            : throw new DomainRuleException("text-too-long", $"This text has {trimmed.Length} characters; at most {max} are kept.", char.ToLowerInvariant(name[0]) + name[1..]);
    }
}
