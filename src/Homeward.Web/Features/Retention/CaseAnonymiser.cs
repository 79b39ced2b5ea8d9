using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Domain.Locations;
using Homeward.Domain.People;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Retention;

/// <summary>
/// Removes the identifiers of one closed case and its people, keeping what statistics need. Direct identifiers go
/// (names replaced, aliases, phone, documents, disability, free text that may name or describe the person, proof files);
/// quasi-identifiers are generalised (date of birth to the year, place of return to the district); stages, dates of
/// the case, assessment kinds and flags, plans' budgets and assistance amounts stay. One transaction per case; the
/// audit lines name the fields changed without their values, so the log does not keep a copy of what was removed.
/// </summary>
[ScopedService]
public sealed class CaseAnonymiser(HomewardDbContext db)
{
    public const string Placeholder = "Anonymised";

    /// <summary>Why identifiers are removed, as the audit line and the case's timeline say it.</summary>
    public sealed record Grounds(string AuditNote, string TimelineSummary);

    public static readonly Grounds RetentionPolicy = new("retention policy", "Identifiers removed under the retention policy.");
    public static readonly Grounds ErasureOnRequest = new("erasure on request", "Identifiers removed at the returnee's request (erasure).");

    /// <summary>The retention job's step: false when the case is gone, not closed, or already anonymised.</summary>
    public async Task<bool> RunAsync(Guid caseId, DateTime now, CancellationToken ct = default)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var c = await db.Cases.IgnoreQueryFilters().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null || c.Stage != CaseStage.Closed || c.AnonymisedAt is not null) return false;
        await AnonymiseAsync(c, now, RetentionPolicy, ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>
    /// Removes one case's identifiers and saves, inside the caller's transaction: the retention job's, or an erasure's that
    /// covers several cases (each saved in turn, so a returnee who is the principal of them all is anonymised with the last).
    /// </summary>
    public async Task AnonymiseAsync(Case c, DateTime now, Grounds grounds, CancellationToken ct)
    {
        var caseId = c.Id;
        foreach (var person in await PeopleAsync(c, ct)) Anonymise(person);
        c.MigrationHistory = null;
        c.ClosureNote = null;
        c.PendingClosureNote = null;
        c.ReturnLocationId = await DistrictOfAsync(c.ReturnLocationId, ct);
        c.AnonymisedAt = now;

        foreach (var s in await db.CounsellingSessions.Where(s => s.CaseId == caseId).ToListAsync(ct))
        {
            s.Attendees = Placeholder;
            s.Interpreter = null;
            s.Notes = null;
            s.GoalsAndMotivations = null;
        }
        foreach (var a in await db.Assessments.Where(a => a.CaseId == caseId).ToListAsync(ct)) a.Findings = null;
        foreach (var v in await db.FollowUps.Where(v => v.CaseId == caseId).ToListAsync(ct))
            (v.EconomicFindings, v.SocialFindings, v.PsychosocialFindings, v.PlanAdjustments, v.NextSteps) = (null, null, null, null, null);
        foreach (var p in await db.Plans.Where(p => p.CaseId == caseId).ToListAsync(ct))
            (p.EconomicSummary, p.SocialSummary, p.PsychosocialSummary, p.Goals) = (null, null, null, null);
        foreach (var d in await db.AssistanceDeliveries.Where(d => d.CaseId == caseId).ToListAsync(ct))
            (d.Proof, d.ProofFileName, d.ProofContentType) = (null, null, null);
        // Timeline summaries quote names and reasons: only what happened and when is kept.
        await db.CaseEvents.Where(e => e.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Summary, Placeholder), ct);
        await db.CaseAssignments.Where(a => a.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reason, Placeholder), ct);
        await db.BreakGlassGrants.Where(g => g.CaseId == caseId).ExecuteUpdateAsync(s => s.SetProperty(g => g.Reason, Placeholder), ct);

        db.CaseEvents.Add(new CaseEvent { CaseId = caseId, At = now, ActorName = "system", Kind = CaseEventKind.Anonymised, Summary = grounds.TimelineSummary });
        db.RecordAccess(AuditActions.Anonymise, "Case", caseId.ToString(), grounds.AuditNote);
        db.AuditValuesRedacted = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The principal returnee and the household's members, except anyone who is the principal of a case not being anonymised.</summary>
    private async Task<List<Person>> PeopleAsync(Case c, CancellationToken ct)
    {
        var people = await db.Persons.Where(p => p.Id == c.PrincipalPersonId || (c.HouseholdId != null && p.HouseholdId == c.HouseholdId)).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var keep = await db.Cases.IgnoreQueryFilters()
            .Where(o => o.Id != c.Id && o.AnonymisedAt == null && ids.Contains(o.PrincipalPersonId)).Select(o => o.PrincipalPersonId).ToListAsync(ct);
        return people.Where(p => !keep.Contains(p.Id)).ToList();
    }

    /// <summary>A person's direct identifiers removed and date of birth kept as its year (also for a household member erased alone).</summary>
    public static void Anonymise(Person p)
    {
        p.GivenName = Placeholder;
        p.FamilyName = Placeholder;
        p.OtherNames = null;
        p.Phone = null;
        p.DocumentType = null;
        p.DocumentNumber = null;
        p.Disability = null;
        if (p.DateOfBirth is { } born)
        {
            p.DateOfBirth = new DateOnly(born.Year, 1, 1);
            p.DateOfBirthEstimated = true;
        }
        p.RefreshSearchKeys();
    }

    /// <summary>The district a place lies in (the place itself at district level or above).</summary>
    private async Task<Guid?> DistrictOfAsync(Guid? locationId, CancellationToken ct)
    {
        var current = locationId;
        for (var depth = 0; current is { } id && depth < 6; depth++)
        {
            var place = await db.Locations.AsNoTracking().Where(l => l.Id == id).Select(l => new { l.Level, l.ParentId }).FirstOrDefaultAsync(ct);
            if (place is null || place.Level <= LocationLevel.District) return current;
            current = place.ParentId;
        }
        return current;
    }
}
