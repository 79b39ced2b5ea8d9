using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.FollowUps;

/// <summary>A case's follow-up schedule with the status of each visit; findings only for readers with the sensitive data permission.</summary>
[Infrastructure.ScopedService]
public sealed class FollowUpScheduleQuery(HomewardDbContext db, Infrastructure.Auth.CurrentUser user)
{
    /// <summary>Follow-up visits are recorded while assistance is delivered and monitored.</summary>
    public static readonly IReadOnlyList<CaseStage> RecordableStages = [CaseStage.Implementation, CaseStage.Monitoring];

    public sealed record Visit(
        Guid Id, int MonthsAfterReturn, bool Scheduled, DateOnly DueOn, FollowUpStatus Status, DateOnly? DoneOn, FollowUpMode? Mode,
        string? EconomicFindings, string? SocialFindings, string? PsychosocialFindings, string? PlanAdjustments, string? NextSteps,
        string? RecordedBy, DateTime? OverdueNotifiedAt, bool FindingsRestricted)
    {
        /// <param name="sensitive">False withholds the findings (null, with <see cref="FindingsRestricted"/> set when there are any).</param>
        public static Visit From(FollowUpVisit v, DateOnly today, bool sensitive = true)
        {
            var any = v.EconomicFindings is not null || v.SocialFindings is not null || v.PsychosocialFindings is not null;
            return new(v.Id, v.MonthsAfterReturn, v.MonthsAfterReturn > 0, v.DueOn, StatusOf(v, today), v.DoneOn, v.Mode,
                sensitive ? v.EconomicFindings : null, sensitive ? v.SocialFindings : null, sensitive ? v.PsychosocialFindings : null,
                v.PlanAdjustments, v.NextSteps, v.RecordedBy, v.OverdueNotifiedAt, !sensitive && any);
        }
    }

    public sealed record Schedule(
        Guid CaseId, string Reference, string PrincipalName, CaseStage Stage, DateOnly ReturnDate, DateOnly? NextFollowUpDueOn,
        bool CanRecord, int Version, IReadOnlyList<Visit> Visits);

    public static FollowUpStatus StatusOf(FollowUpVisit v, DateOnly today) =>
        v.DoneOn is not null ? FollowUpStatus.Done : v.IsOverdue(today) ? FollowUpStatus.Overdue : FollowUpStatus.Due;

    /// <summary>Null when the case does not exist or is outside the caller's scope.</summary>
    public async Task<Schedule?> GetAsync(Guid caseId, CancellationToken ct = default)
    {
        var found = await (
                from k in db.Cases
                join p in db.Persons on k.PrincipalPersonId equals p.Id
                where k.Id == caseId
                select new { Case = k, p.GivenName, p.FamilyName })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        if (found is null) return null;

        var today = Day.Today;
        var visits = await db.FollowUps.AsNoTracking().Where(v => v.CaseId == caseId).ToListAsync(ct);
        var c = found.Case;
        return new Schedule(c.Id, c.Reference, $"{found.GivenName} {found.FamilyName}", c.Stage, c.ReturnDate, c.NextFollowUpDueOn,
            RecordableStages.Contains(c.Stage), c.Version,
            visits.OrderBy(v => v.DueOn).ThenBy(v => v.DoneOn).Select(v => Visit.From(v, today, user.CanSeeSensitiveData)).ToList());
    }
}
