using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Retention;

/// <summary>A closed case whose retention period has run out.</summary>
public sealed record DueCase(Guid CaseId, string Reference, string Office, DateTime ClosedAt, DateTime DueSince);

/// <summary>
/// Which closed cases are due for anonymisation: closed longer ago than the programme's retention period, not yet
/// anonymised, with no other case of the same returnee or household still open or within its period, and under no legal hold.
/// </summary>
[ScopedService]
public sealed class RetentionSchedule(HomewardDbContext db, ProgrammeSettingsStore settings)
{
    public const int ListLimit = 500;

    public async Task<DateTime> CutoffAsync(DateTime now, CancellationToken ct = default) =>
        now.AddMonths(-(await settings.GetAsync(ct)).RetentionMonthsAfterClosure);

    /// <summary>Every office's cases: retention is the system's work, whoever asks.</summary>
    public IQueryable<Case> Due(DateTime cutoff)
    {
        var cases = db.Cases.IgnoreQueryFilters();
        var holds = db.LegalHolds.IgnoreQueryFilters().Where(h => h.LiftedAt == null);
        return cases.Where(c => c.AnonymisedAt == null && c.Stage == CaseStage.Closed && c.ClosedAt != null && c.ClosedAt < cutoff
            && !holds.Any(h => h.CaseId == c.Id || (h.CaseId == null && h.PersonId == c.PrincipalPersonId))
            && !cases.Any(o => o.Id != c.Id
                && (o.PrincipalPersonId == c.PrincipalPersonId || (c.HouseholdId != null && o.HouseholdId == c.HouseholdId))
                && (o.Stage != CaseStage.Closed || o.ClosedAt == null || o.ClosedAt >= cutoff)));
    }

    public async Task<IReadOnlyList<DueCase>> ListAsync(DateTime now, CancellationToken ct = default)
    {
        var months = (await settings.GetAsync(ct)).RetentionMonthsAfterClosure;
        var due = await (
                from c in Due(now.AddMonths(-months))
                join o in db.Offices on c.OfficeId equals o.Id
                orderby c.ClosedAt, c.Id
                select new { c.Id, c.Reference, Office = o.Name, ClosedAt = c.ClosedAt!.Value })
            .Take(ListLimit).ToListAsync(ct);
        return due.Select(d => new DueCase(d.Id, d.Reference, d.Office, d.ClosedAt, d.ClosedAt.AddMonths(months))).ToList();
    }
}
