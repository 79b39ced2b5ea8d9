using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.FollowUps;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Audit;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.SubjectAccess;

/// <summary>Everything Homeward holds about one person, as handed to them on a subject access request.</summary>
public sealed record SubjectAccessPackage(DateTime ExportedAt, string ExportedBy, Person Person, IReadOnlyList<ConsentRecord> Consents,
    IReadOnlyList<SubjectAccessPackage.CaseRecord> Cases, IReadOnlyList<AuditApi.AccessLine> AccessLog)
{
    /// <summary>
    /// A case the person belongs to. As its principal returnee: the whole case. As a household member: the case and the
    /// assessments about them; the rest is about the principal returnee, who asks for it themselves.
    /// </summary>
    public sealed record CaseRecord(Case Case, string Office, bool IsPrincipal, IReadOnlyList<AssessmentRecord> Assessments,
        IReadOnlyList<CounsellingSession> CounsellingSessions, IReadOnlyList<ReintegrationPlan> Plans, IReadOnlyList<AssistanceDelivery> AssistanceDelivered,
        IReadOnlyList<FollowUpVisit> FollowUps, IReadOnlyList<CaseAssignment> Assignments, IReadOnlyList<CaseEvent> Timeline);
}

/// <summary>
/// Gathers a person's record, consents, cases (assessments, counselling, plans, assistance with proof files, follow-ups,
/// assignments, timeline) and the audit lines about them, decrypted, in one read; the export itself is audited.
/// </summary>
[ScopedService]
public sealed class SubjectAccessExport(HomewardDbContext db, CurrentUser user)
{
    public const int AccessLogLimit = 2000;

    public async Task<SubjectAccessPackage?> RunAsync(Guid personId, string format, CancellationToken ct = default)
    {
        var person = await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return null;
        var consents = await db.Consents.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Purpose).ThenBy(c => c.GivenOn).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.PrincipalPersonId == personId || (person.HouseholdId != null && c.HouseholdId == person.HouseholdId))
            .OrderBy(c => c.OpenedAt).ToListAsync(ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var records = new List<SubjectAccessPackage.CaseRecord>();
        foreach (var c in cases) records.Add(await CaseAsync(c, personId, offices.GetValueOrDefault(c.OfficeId, "?"), ct));

        var keys = cases.Select(c => c.Id.ToString()).Append(personId.ToString()).ToList();
        var access = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == "Person" || e.EntityType == "Case") && keys.Contains(e.EntityId!))
            .OrderByDescending(e => e.Sequence).Take(AccessLogLimit)
            .Select(e => new AuditApi.AccessLine(e.Sequence, e.At, e.UserName, e.Action, e.EntityType, e.EntityId, e.Details))
            .ToListAsync(ct);

        db.RecordAccess(AuditActions.Export, "Person", personId.ToString(), $"subject access ({format})");
        await db.SaveChangesAsync(ct);
        return new SubjectAccessPackage(DateTime.UtcNow, user.Name, person, consents, records, access);
    }

    private async Task<SubjectAccessPackage.CaseRecord> CaseAsync(Case c, Guid personId, string office, CancellationToken ct)
    {
        var principal = c.PrincipalPersonId == personId;
        var assessments = await db.Assessments.AsNoTracking()
            .Where(a => a.CaseId == c.Id && (a.PersonId == personId || (principal && a.PersonId == null)))
            .OrderBy(a => a.ConductedOn).ToListAsync(ct);
        if (!principal) return new(c, office, false, assessments, [], [], [], [], [], []);
        return new(c, office, true, assessments,
            await db.CounsellingSessions.AsNoTracking().Where(s => s.CaseId == c.Id).OrderBy(s => s.HeldOn).ToListAsync(ct),
            await db.Plans.AsNoTracking().Include(p => p.Activities).Include(p => p.BudgetLines).AsSplitQuery()
                .Where(p => p.CaseId == c.Id).OrderBy(p => p.VersionNumber).ToListAsync(ct),
            await db.AssistanceDeliveries.AsNoTracking().Where(d => d.CaseId == c.Id).OrderBy(d => d.DeliveredOn).ToListAsync(ct),
            await db.FollowUps.AsNoTracking().Where(v => v.CaseId == c.Id).OrderBy(v => v.DueOn).ToListAsync(ct),
            await db.CaseAssignments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.At).ToListAsync(ct),
            await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.At).ToListAsync(ct));
    }
}
