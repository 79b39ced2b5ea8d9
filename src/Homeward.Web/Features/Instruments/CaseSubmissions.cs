using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Instruments.Scoring;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.Instruments.Submissions;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Instruments;

/// <param name="Language">The instrument language for its own messages (constraint_message::French...), or null.</param>
public sealed record SubmissionInput(Guid InstrumentId, AnswerSet Answers, Guid? PersonId = null, DateOnly? AnsweredOn = null, string? Language = null);

/// <summary>A case as the assessment pages show it: the principal returnee first among the household members.</summary>
public sealed record AssessedCase(Guid Id, string Reference, string PrincipalName, CaseStage Stage, IReadOnlyList<AssessedCase.Member> Members)
{
    public sealed record Member(Guid PersonId, string Name);
}

/// <summary>What submitting gave: the saved submission, or the check that refused the answers (nothing saved).</summary>
public sealed record SubmitResult(SubmissionView? Saved, SubmissionCheck? Refused, LoadedInstrument Instrument);

/// <summary>
/// Completed instruments on a case. Submitting checks the answers against the version chosen, keeps the answers as
/// the instrument takes them, scores them when the instrument is scored, and records the assessment on the case
/// (its kind from the instrument; a 'flagged' answer flags a potential vulnerability), all in one save.
/// Re-scoring under another version of the same form adds a score set and never replaces one.
/// </summary>
[ScopedService]
public sealed class CaseSubmissions(HomewardDbContext db, InstrumentCatalog catalog, CaseTimeline timeline, CurrentUser user)
{
    /// <summary>Null when the case is not visible to the user.</summary>
    public async Task<SubmitResult?> SubmitAsync(Guid caseId, SubmissionInput input, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        var loaded = await catalog.LoadAsync(input.InstrumentId, ct)
            ?? throw new DomainRuleException("submission-instrument", "No instrument with this id.", "instrumentId");
        var on = input.AnsweredOn ?? Today;
        if (on > Today) throw new DomainRuleException("submission-date", "The assessment date cannot be in the future.", "answeredOn");
        if (c.Stage == CaseStage.Closed) throw new DomainRuleException("case-closed", "The case is closed: reopen it to record an assessment.", isConflict: true);
        // A best-interests assessment carries the child's participation: it is recorded from the child's view.
        if (loaded.Summary.Kind == AssessmentKind.BestInterests)
            throw new DomainRuleException("bia-from-child-view", "Record a best-interests assessment from the child's page, with the child's participation.", "instrumentId");
        if (input.PersonId is { } personId && !await InHouseholdAsync(c, personId, ct))
            throw new DomainRuleException("assessment-person", "That person is not a member of this case's household.", "personId");

        var check = SubmissionChecker.Check(loaded.Instrument, input.Answers, on, input.Language);
        if (!check.IsValid) return new SubmitResult(null, check, loaded);

        var summary = loaded.Summary;
        var built = SubmissionRecords.Build(loaded, check, on, c.Id, input.PersonId ?? c.PrincipalPersonId, user.Id, user.Name);
        var (record, submission, score, flagged) = built;
        db.Assessments.Add(record);
        db.InstrumentSubmissions.Add(submission);
        if (score is not null) db.SubmissionScores.Add(score);
        c.AssessmentCount++;
        if (flagged) c.VulnerabilityFlag = true;
        if (built.TaskFor(summary, c.Reference, c.CaseManagerId) is { } task) db.Notifications.Add(task);
        timeline.Add(c.Id, CaseEventKind.AssessmentRecorded,
            $"{summary.Title} (version {summary.Version}) recorded{(flagged ? ": potential vulnerability flagged" : "")}.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The case changed since it was read (another assessment recorded at the same moment): nothing saved.
            throw new StaleEditException("case");
        }
        return new SubmitResult(View(submission, summary, flagged, score is null ? [] : [score]), null, loaded);
    }

    /// <summary>The case's submissions, most recent first; null when the case is not visible to the user. The read is audited.</summary>
    public async Task<IReadOnlyList<SubmissionView>?> ListAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().Where(x => x.Id == caseId).Select(x => new { x.PrincipalPersonId, x.Reference }).FirstOrDefaultAsync(ct);
        if (c is null) return null;
        var submissions = await db.InstrumentSubmissions.AsNoTracking().Where(s => s.CaseId == caseId).ToListAsync(ct);
        db.RecordAccess(AuditActions.Read, "Person", c.PrincipalPersonId.ToString(), $"assessments of case {c.Reference}");
        await db.SaveChangesAsync(ct);
        return await ViewsAsync(submissions, ct);
    }

    /// <summary>What the assessment pages show of the case itself; null when it is not visible to the user.</summary>
    public async Task<AssessedCase?> CaseAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return null;
        var people = await db.Persons.AsNoTracking()
            .Where(p => p.Id == c.PrincipalPersonId || (c.HouseholdId != null && p.HouseholdId == c.HouseholdId))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName }).ToListAsync(ct);
        var members = people.OrderBy(p => p.Id == c.PrincipalPersonId ? 0 : 1).ThenBy(p => p.GivenName)
            .Select(p => new AssessedCase.Member(p.Id, $"{p.GivenName} {p.FamilyName}")).ToList();
        return new AssessedCase(c.Id, c.Reference, members[0].Name, c.Stage, members);
    }

    /// <summary>Scores a submission again under another version of its form. Null when it is not visible to the user.</summary>
    public async Task<SubmissionView?> RescoreAsync(Guid submissionId, Guid? instrumentId, CancellationToken ct = default)
    {
        var submission = await db.InstrumentSubmissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == submissionId, ct);
        if (submission is null || !await db.Cases.AnyAsync(c => c.Id == submission.CaseId, ct)) return null;
        var targetId = instrumentId ?? throw new DomainRuleException("rescore-instrument", "Say which version of the instrument to score with.", "instrumentId");
        var target = await catalog.LoadAsync(targetId, ct)
            ?? throw new DomainRuleException("rescore-instrument", "No instrument with this id.", "instrumentId");
        var answered = (await catalog.SummaryAsync(submission.InstrumentId, ct))!;
        if (target.Summary.FormId != answered.FormId)
            throw new DomainRuleException("rescore-other-form", $"That instrument is not a version of '{answered.FormId}', the form this submission answered.", "instrumentId");
        if (target.Instrument.Dimensions.Count == 0)
            throw new DomainRuleException("rescore-unscored", "That version of the instrument has no scored questions.", "instrumentId");
        if (await db.SubmissionScores.AnyAsync(s => s.SubmissionId == submissionId && s.InstrumentId == targetId, ct))
            throw new DomainRuleException("rescore-done", $"This submission already has scores under version {target.Summary.Version}.", "instrumentId", isConflict: true);

        var scores = InstrumentScorer.Score(target.Instrument, StoredAnswers.FromJson(submission.AnswersJson), submission.AnsweredOn);
        db.SubmissionScores.Add(SubmissionRecords.ScoreOf(submission.Id, target.Summary, scores, user.Name));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Scored under this version by someone else at the same moment: the unique index refused the second.
            throw new DomainRuleException("rescore-done", "This submission was scored under this version at the same moment.", "instrumentId", isConflict: true);
        }
        return (await ViewsAsync([submission], ct)).Single();
    }

    private async Task<IReadOnlyList<SubmissionView>> ViewsAsync(List<InstrumentSubmission> submissions, CancellationToken ct)
    {
        var ids = submissions.Select(s => s.Id).ToList();
        var instrumentIds = submissions.Select(s => s.InstrumentId).Distinct().ToList();
        var recordIds = submissions.Select(s => s.AssessmentRecordId).ToList();
        var instruments = await db.Instruments.AsNoTracking().Where(i => instrumentIds.Contains(i.Id))
            .Select(i => new InstrumentSummary(i.Id, i.FormId, i.Version, i.Title, i.Kind, i.WeightsNote, i.ImportedAt, i.ImportedBy, i.Shipped))
            .ToDictionaryAsync(i => i.Id, ct);
        var flags = await db.Assessments.AsNoTracking().Where(a => recordIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.VulnerabilityFlagged, ct);
        var scores = (await db.SubmissionScores.AsNoTracking().Include(s => s.Dimensions).Where(s => ids.Contains(s.SubmissionId)).ToListAsync(ct))
            .ToLookup(s => s.SubmissionId);
        return submissions
            .OrderByDescending(s => s.AnsweredOn).ThenByDescending(s => s.SubmittedAt)
            .Select(s => View(s, instruments[s.InstrumentId], flags.GetValueOrDefault(s.AssessmentRecordId), scores[s.Id].OrderBy(x => x.ScoredAt).ToList()))
            .ToList();
    }

    /// <summary>Scores are for everyone who sees the case; a sensitive instrument's answers only with the sensitive data permission.</summary>
    private SubmissionView View(InstrumentSubmission s, InstrumentSummary i, bool flagged, IReadOnlyList<SubmissionScore> scores)
    {
        var restricted = SensitiveAssessments.Includes(i.Kind) && !user.CanSeeSensitiveData;
        var answers = restricted ? null : StoredAnswers.FromJson(s.AnswersJson);
        return new(s.Id, s.CaseId, s.PersonId, s.AnsweredOn, s.SubmittedAt, new InstrumentRef(i.Id, i.FormId, i.Version, i.Title, i.Kind),
            s.AssessorName, s.AssessmentRecordId, flagged, i.WeightsNote, scores.Select(ScoreSetView.From).ToList(),
            answers is null ? null : new SubmissionAnswers(answers.Values, answers.Repeats), restricted);
    }

    private async Task<bool> InHouseholdAsync(Case c, Guid personId, CancellationToken ct) =>
        personId == c.PrincipalPersonId || (c.HouseholdId is { } h && await db.Persons.AnyAsync(p => p.Id == personId && p.HouseholdId == h, ct));

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
