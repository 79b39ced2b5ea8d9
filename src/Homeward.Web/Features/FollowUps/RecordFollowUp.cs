using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.FollowUps;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.FollowUps;

/// <summary>
/// A follow-up visit as recorded: either a scheduled visit (<see cref="VisitId"/>) or an unscheduled one. When
/// <see cref="Version"/> is given, it must be the case's current version.
/// </summary>
public sealed record RecordFollowUpRequest(
    Guid? VisitId, DateOnly? DoneOn, string? Mode, string? EconomicFindings, string? SocialFindings, string? PsychosocialFindings,
    string? PlanAdjustments, string? NextSteps, int? Version = null);

public abstract record RecordFollowUpOutcome
{
    public sealed record Recorded(FollowUpScheduleQuery.Visit Visit, DateOnly? NextFollowUpDueOn, int CaseVersion) : RecordFollowUpOutcome;
    public sealed record CaseNotFound : RecordFollowUpOutcome;
    public sealed record VisitNotFound : RecordFollowUpOutcome;
    public sealed record Invalid(FieldErrors Errors) : RecordFollowUpOutcome;
    public sealed record Conflict(string Code, string Message) : RecordFollowUpOutcome;
    public sealed record Stale : RecordFollowUpOutcome;
}

/// <summary>
/// Records a follow-up visit with what was found per dimension, adds it to the case's timeline and moves the case's
/// next follow-up date, all in one save.
/// </summary>
[Infrastructure.ScopedService]
public sealed class RecordFollowUp(HomewardDbContext db, CaseTimeline timeline, CurrentUser user, IStringLocalizer<SharedResource> L)
{
    public const int MaxText = 4000;

    public async Task<RecordFollowUpOutcome> RunAsync(Guid caseId, RecordFollowUpRequest request, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return new RecordFollowUpOutcome.CaseNotFound();

        var errors = Validate(request, c.ReturnDate, out var mode);
        if (errors.Any) return new RecordFollowUpOutcome.Invalid(errors);
        if (!FollowUpScheduleQuery.RecordableStages.Contains(c.Stage))
            return new RecordFollowUpOutcome.Conflict("follow-up-stage",
                L["Follow-up visits can be recorded only while the case is in implementation or monitoring."].Value);
        if (request.Version is { } version && version != c.Version) return new RecordFollowUpOutcome.Stale();

        var visits = await db.FollowUps.Where(v => v.CaseId == caseId).ToListAsync(ct);
        var doneOn = request.DoneOn!.Value;
        FollowUpVisit visit;
        if (request.VisitId is { } visitId)
        {
            if (visits.FirstOrDefault(v => v.Id == visitId) is not { } scheduled) return new RecordFollowUpOutcome.VisitNotFound();
            if (scheduled.DoneOn is { } earlier)
                return new RecordFollowUpOutcome.Conflict("follow-up-already-done",
                    L["This follow-up visit was already recorded as done on {0}.", Day.Show(earlier)].Value);
            visit = scheduled;
        }
        else
        {
            visit = new FollowUpVisit { CaseId = caseId, MonthsAfterReturn = 0, DueOn = doneOn };
            db.FollowUps.Add(visit);
            visits.Add(visit);
        }

        visit.DoneOn = doneOn;
        visit.Mode = mode;
        visit.EconomicFindings = Clean(request.EconomicFindings);
        visit.SocialFindings = Clean(request.SocialFindings);
        visit.PsychosocialFindings = Clean(request.PsychosocialFindings);
        visit.PlanAdjustments = Clean(request.PlanAdjustments);
        visit.NextSteps = Clean(request.NextSteps);
        visit.RecordedBy = user.Name;

        c.NextFollowUpDueOn = visits.Where(v => v.DoneOn is null).Min(v => (DateOnly?)v.DueOn);
        // Every recorded visit moves the case to its next version, so two people recording at once cannot both pass.
        db.Entry(c).Property(x => x.NextFollowUpDueOn).IsModified = true;
        timeline.Add(caseId, CaseEventKind.FollowUpRecorded, visit.MonthsAfterReturn > 0
            ? $"Follow-up visit due {Day.Text(visit.DueOn)} ({visit.MonthsAfterReturn} months after return) done on {Day.Text(doneOn)} ({mode})."
            : $"Unscheduled follow-up visit done on {Day.Text(doneOn)} ({mode}).");

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new RecordFollowUpOutcome.Stale();
        }
        return new RecordFollowUpOutcome.Recorded(FollowUpScheduleQuery.Visit.From(visit, Day.Today), c.NextFollowUpDueOn, c.Version);
    }

    private FieldErrors Validate(RecordFollowUpRequest r, DateOnly returnDate, out FollowUpMode mode)
    {
        var errors = new FieldErrors();
        if (r.DoneOn is not { } doneOn)
            errors.Add("doneOn", L["Enter the date of the visit."].Value);
        else
            errors.When(doneOn > Day.Today, "doneOn", L["The date of the visit cannot be in the future."].Value)
                .When(doneOn < returnDate, "doneOn", L["The date of the visit cannot be before the return date ({0}).", Day.Show(returnDate)].Value);

        mode = default;
        // Names only: Enum.TryParse would also accept numbers.
        if (Enum.GetNames<FollowUpMode>().FirstOrDefault(n => n.Equals(r.Mode?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name)
            mode = Enum.Parse<FollowUpMode>(name);
        else
            errors.Add("mode", L["Choose how the visit took place: {0}.", string.Join(", ", Enum.GetNames<FollowUpMode>())].Value);

        if (string.IsNullOrWhiteSpace(r.EconomicFindings) && string.IsNullOrWhiteSpace(r.SocialFindings) && string.IsNullOrWhiteSpace(r.PsychosocialFindings))
            errors.Add("economicFindings", L["Write what was found in at least one dimension: economic, social or psychosocial."].Value);
        foreach (var (field, text) in new[]
                 {
                     ("economicFindings", r.EconomicFindings), ("socialFindings", r.SocialFindings), ("psychosocialFindings", r.PsychosocialFindings),
                     ("planAdjustments", r.PlanAdjustments), ("nextSteps", r.NextSteps),
                 })
            errors.When(text?.Trim().Length > MaxText, field, L["Write at most {0} characters.", MaxText].Value);
        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
