using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Assessments;
using System.Text.Json;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.Consent;
using Homeward.Domain.FollowUps;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Domain.Referrals;
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
        IReadOnlyList<Answers> QuestionnaireAnswers, IReadOnlyList<CounsellingSession> CounsellingSessions, IReadOnlyList<ReintegrationPlan> Plans,
        IReadOnlyList<AssistanceDelivery> AssistanceDelivered, IReadOnlyList<FollowUpVisit> FollowUps, IReadOnlyList<ReferralRecord> Referrals,
        IReadOnlyList<ProjectJoined> CommunityProjects, ChildRecords AsAChild, IReadOnlyList<CaseAssignment> Assignments, IReadOnlyList<CaseEvent> Timeline);

    /// <summary>The answers given to one questionnaire (an assessment form, a survey round), as they were recorded.</summary>
    public sealed record Answers(Guid SubmissionId, string Form, string Version, DateOnly AnsweredOn, string AssessorName, JsonElement Values);

    /// <summary>A referral to a service partner, what was shared with them, and every step the sender and the partner took.</summary>
    public sealed record ReferralRecord(Referral Referral, string Service);

    /// <summary>A community project the returnee took part in.</summary>
    public sealed record ProjectJoined(Guid ProjectId, string Title, DateOnly JoinedOn, string? Role);

    /// <summary>What the child-protection records of the case hold about this person as a child.</summary>
    public sealed record ChildRecords(IReadOnlyList<BestInterestsAssessment> BestInterestsAssessments, IReadOnlyList<ChildParticipation> HeardOn,
        IReadOnlyList<ChildActivity> Activities, IReadOnlyList<ChildFollowUpFinding> FollowUpFindings, IReadOnlyList<BestInterestsDetermination> Determinations,
        IReadOnlyList<SeparatedChild> Separation, IReadOnlyList<FamilyTracing> Tracing)
    {
        public bool Any => BestInterestsAssessments.Count + HeardOn.Count + Activities.Count + FollowUpFindings.Count + Determinations.Count + Separation.Count + Tracing.Count > 0;
    }
}

/// <summary>
/// Gathers a person's record, consents, cases (assessments and the answers given, counselling, plans, assistance with
/// proof files, follow-ups, referrals, community projects joined, child-protection records about them, assignments,
/// timeline) and the audit lines about them, decrypted, in one read; the export itself is audited.
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
        var answers = await AnswersAsync(c.Id, personId, principal, ct);
        var asAChild = await ChildRecordsAsync(c.Id, personId, ct);
        if (!principal) return new(c, office, false, assessments, answers, [], [], [], [], [], [], asAChild, [], []);
        return new(c, office, true, assessments, answers,
            await db.CounsellingSessions.AsNoTracking().Where(s => s.CaseId == c.Id).OrderBy(s => s.HeldOn).ToListAsync(ct),
            await db.Plans.AsNoTracking().Include(p => p.Activities).Include(p => p.BudgetLines).AsSplitQuery()
                .Where(p => p.CaseId == c.Id).OrderBy(p => p.VersionNumber).ToListAsync(ct),
            await db.AssistanceDeliveries.AsNoTracking().Where(d => d.CaseId == c.Id).OrderBy(d => d.DeliveredOn).ToListAsync(ct),
            await db.FollowUps.AsNoTracking().Where(v => v.CaseId == c.Id).OrderBy(v => v.DueOn).ToListAsync(ct),
            await ReferralsAsync(c.Id, ct),
            await (from r in db.ProjectReturnees.AsNoTracking()
                   join p in db.CommunityProjects.AsNoTracking() on r.ProjectId equals p.Id
                   where r.CaseId == c.Id
                   orderby r.JoinedOn
                   select new SubjectAccessPackage.ProjectJoined(p.Id, p.Title, r.JoinedOn, r.Role)).ToListAsync(ct),
            asAChild,
            await db.CaseAssignments.AsNoTracking().Where(a => a.CaseId == c.Id).OrderBy(a => a.At).ToListAsync(ct),
            await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.At).ToListAsync(ct));
    }

    /// <summary>Questionnaires answered about this person (or about the case, for its returnee), with the form they answered.</summary>
    private async Task<List<SubjectAccessPackage.Answers>> AnswersAsync(Guid caseId, Guid personId, bool principal, CancellationToken ct)
    {
        var rows = await (from s in db.InstrumentSubmissions.AsNoTracking()
                          join i in db.Instruments.AsNoTracking() on s.InstrumentId equals i.Id
                          where s.CaseId == caseId && (s.PersonId == personId || (principal && s.PersonId == null))
                          orderby s.AnsweredOn, s.SubmittedAt
                          select new { s.Id, i.Title, i.Version, s.AnsweredOn, s.AssessorName, s.AnswersJson }).ToListAsync(ct);
        return rows.Select(r => new SubjectAccessPackage.Answers(r.Id, r.Title, r.Version, r.AnsweredOn, r.AssessorName, JsonDocument.Parse(r.AnswersJson).RootElement.Clone()))
            .ToList();
    }

    /// <summary>Every referral of the case, whichever partner it went to: the data protection officer answers for all of them.</summary>
    private async Task<List<SubjectAccessPackage.ReferralRecord>> ReferralsAsync(Guid caseId, CancellationToken ct)
    {
        var referrals = await db.Referrals.IgnoreQueryFilters().AsNoTracking().Include(r => r.SharedValues).Include(r => r.Updates).AsSplitQuery()
            .Where(r => r.CaseId == caseId).OrderBy(r => r.CreatedAt).ToListAsync(ct);
        var serviceIds = referrals.Select(r => r.ServiceId).ToList();
        var services = await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return referrals.Select(r => new SubjectAccessPackage.ReferralRecord(r, services.GetValueOrDefault(r.ServiceId, "?"))).ToList();
    }

    private async Task<SubjectAccessPackage.ChildRecords> ChildRecordsAsync(Guid caseId, Guid personId, CancellationToken ct) => new(
        await db.BestInterestsAssessments.AsNoTracking().Where(b => b.CaseId == caseId && b.PersonId == personId).OrderBy(b => b.ConductedOn).ToListAsync(ct),
        await db.ChildParticipations.AsNoTracking().Where(p => p.CaseId == caseId && p.PersonId == personId).OrderBy(p => p.HeardOn).ToListAsync(ct),
        await db.ChildActivities.AsNoTracking().Where(a => a.CaseId == caseId && a.PersonId == personId).ToListAsync(ct),
        await db.ChildFollowUpFindings.AsNoTracking().Where(f => f.CaseId == caseId && f.PersonId == personId).OrderBy(f => f.SeenOn).ToListAsync(ct),
        await db.Determinations.AsNoTracking().Where(d => d.CaseId == caseId && d.PersonId == personId).ToListAsync(ct),
        await db.SeparatedChildren.AsNoTracking().Where(s => s.CaseId == caseId && s.PersonId == personId).ToListAsync(ct),
        await db.FamilyTracings.AsNoTracking().Where(t => t.CaseId == caseId && t.PersonId == personId).ToListAsync(ct));
}
