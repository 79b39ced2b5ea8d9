using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.People;
using Homeward.Web.Features.Instruments;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>
/// The children of a family case and each child's own view. Every read of a child's record is audited, and so is every
/// read of best-interests content; child-protection content is given only to readers with the sensitive data permission.
/// </summary>
[ScopedService]
public sealed class ChildQueries(HomewardDbContext db, ChildLookup lookup, CurrentUser user)
{
    /// <summary>The household members who are children, or were when they returned; null when the case is out of sight.</summary>
    public async Task<IReadOnlyList<ChildSummary>?> ListAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        var children = (await lookup.HouseholdAsync(c, ct)).Where(p => WasChildInCase(c, p)).ToList();
        var summaries = await SummariesAsync(caseId, children, ct);
        foreach (var child in children) db.RecordAccess(AuditActions.Read, "Person", child.Id.ToString(), $"children of case {c.Reference}");
        await db.SaveChangesAsync(ct);
        return summaries;
    }

    /// <summary>One household member's own view; null when the case is out of sight or the person is not in its household.</summary>
    public async Task<ChildView?> ViewAsync(Guid caseId, Guid personId, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: false, ct);
        if (found is null) return null;
        var (c, person) = (found.Case, found.Person);
        var sensitive = user.CanSeeSensitiveData;
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CaseId == caseId && a.PersonId == personId)
            .OrderByDescending(a => a.ConductedOn).ToListAsync(ct);
        var bias = await BestInterestsAsync(caseId, personId, sensitive, withAnswers: false, ct);
        var waiver = await db.BestInterestsWaivers.AsNoTracking().Where(w => w.CaseId == caseId && w.PersonId == personId)
            .OrderByDescending(w => w.RecordedAt).FirstOrDefaultAsync(ct);
        var activities = await db.ChildActivities.AsNoTracking().Where(a => a.CaseId == caseId && a.PersonId == personId)
            .OrderBy(a => a.DueOn).ThenBy(a => a.CreatedAt).ToListAsync(ct);
        var findings = await db.ChildFollowUpFindings.AsNoTracking().Where(f => f.CaseId == caseId && f.PersonId == personId)
            .OrderByDescending(f => f.SeenOn).ToListAsync(ct);
        var participation = await db.ChildParticipations.AsNoTracking().Where(p => p.CaseId == caseId && p.PersonId == personId)
            .OrderByDescending(p => p.HeardOn).ThenByDescending(p => p.RecordedAt).ToListAsync(ct);

        db.RecordAccess(AuditActions.Read, "Person", person.Id.ToString(), $"child view in case {c.Reference}");
        if (sensitive)
            foreach (var bia in bias) db.RecordAccess(AuditActions.Read, nameof(BestInterestsAssessment), bia.Id.ToString(), $"case {c.Reference}");
        await db.SaveChangesAsync(ct);

        return new ChildView(c.Id, c.Reference, c.Stage, c.ReturnType == ReturnType.Forced,
            (await SummariesAsync(caseId, [person], ct)).Single(), !sensitive,
            assessments.Select(a => new ChildView.Assessment(a.Id, a.Kind, a.ConductedOn, a.ConductedBy, sensitive ? a.Findings : null)).ToList(),
            bias,
            waiver is null ? null : new ChildView.Waiver(waiver.Reason, waiver.RecordedBy, waiver.RecordedAt),
            activities.Select(a => new ChildView.Activity(a.Id, a.Area, a.Description, a.ResponsibleParty, a.DueOn, a.Status)).ToList(),
            findings.Select(f => new ChildView.Finding(f.Id, f.SeenOn, f.InSchool, sensitive ? f.Findings : null, f.RecordedBy)).ToList(),
            participation.Select(p => ParticipationView.From(p, sensitive)).ToList());
    }

    /// <summary>
    /// A child's best-interests assessments in full, answers included, for readers with the sensitive data permission (the
    /// caller checks it); each read is audited. Null when the case is out of sight or the person is not in its household.
    /// </summary>
    public async Task<IReadOnlyList<BestInterestsView>?> BestInterestsRecordsAsync(Guid caseId, Guid personId, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: false, ct);
        if (found is null) return null;
        var bias = await BestInterestsAsync(caseId, personId, sensitive: true, withAnswers: true, ct);
        db.RecordAccess(AuditActions.Read, "Person", personId.ToString(), $"best-interests assessments in case {found.Case.Reference}");
        foreach (var bia in bias) db.RecordAccess(AuditActions.Read, nameof(BestInterestsAssessment), bia.Id.ToString(), $"case {found.Case.Reference}");
        await db.SaveChangesAsync(ct);
        return bias;
    }

    /// <summary>A child in this case: under 18 today or on the return date (a child who has since turned 18 keeps their records).</summary>
    public static bool WasChildInCase(Case c, Person p) => ChildAge.IsChildOn(p, ChildLookup.Today) || ChildAge.IsChildOn(p, c.ReturnDate);

    private async Task<List<BestInterestsView>> BestInterestsAsync(Guid caseId, Guid personId, bool sensitive, bool withAnswers, CancellationToken ct)
    {
        var bias = await db.BestInterestsAssessments.AsNoTracking().Where(b => b.CaseId == caseId && b.PersonId == personId)
            .OrderByDescending(b => b.ConductedOn).ThenByDescending(b => b.RecordedAt).ToListAsync(ct);
        if (!sensitive)
            return bias.Select(b => new BestInterestsView(b.Id, b.Form, b.ConductedOn, b.AssessorName, b.SubmissionId, null, null, null, null)).ToList();
        var recordIds = bias.Select(b => b.AssessmentRecordId).ToList();
        var summaries = await db.Assessments.AsNoTracking().Where(a => recordIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Findings, ct);
        var participationIds = bias.Select(b => b.ParticipationId).ToList();
        var participation = await db.ChildParticipations.AsNoTracking().Where(p => participationIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var submissionIds = bias.Select(b => b.SubmissionId).ToList();
        var answers = withAnswers
            ? await db.InstrumentSubmissions.AsNoTracking().Where(s => submissionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.AnswersJson, ct)
            : [];
        return bias.Select(b => new BestInterestsView(b.Id, b.Form, b.ConductedOn, b.AssessorName, b.SubmissionId, b.ReturnFinding,
            summaries.GetValueOrDefault(b.AssessmentRecordId),
            participation.TryGetValue(b.ParticipationId, out var p) ? ParticipationView.From(p, sensitive: true) : null,
            answers.TryGetValue(b.SubmissionId, out var json) ? StoredAnswers.FromJson(json).Values : null)).ToList();
    }

    private async Task<List<ChildSummary>> SummariesAsync(Guid caseId, IReadOnlyList<Person> people, CancellationToken ct)
    {
        var ids = people.Select(p => p.Id).ToList();
        var assessed = (await db.BestInterestsAssessments.AsNoTracking().Where(b => b.CaseId == caseId && ids.Contains(b.PersonId))
            .Select(b => new { b.PersonId, b.ConductedOn }).ToListAsync(ct)).ToLookup(b => b.PersonId, b => b.ConductedOn);
        var waived = await db.BestInterestsWaivers.AsNoTracking().Where(w => w.CaseId == caseId && ids.Contains(w.PersonId))
            .Select(w => w.PersonId).Distinct().ToListAsync(ct);
        var separated = await db.SeparatedChildren.AsNoTracking().Where(r => r.CaseId == caseId && ids.Contains(r.PersonId))
            .ToDictionaryAsync(r => r.PersonId, r => r.Status, ct);
        var today = ChildLookup.Today;
        return people.Select(p => new ChildSummary(p.Id, p.FullName, p.Sex, p.DateOfBirth, p.DateOfBirthEstimated, p.AgeOn(today), ChildAge.AdultOn(p),
            ChildAge.IsChildOn(p, today), assessed[p.Id].Count(), assessed[p.Id].Select(d => (DateOnly?)d).Max(), waived.Contains(p.Id),
            separated.TryGetValue(p.Id, out var status) ? status : null)).ToList();
    }
}
