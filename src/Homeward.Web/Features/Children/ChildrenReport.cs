using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.People;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>Children in the cases the reader may see, in numbers only: no name, no record.</summary>
public sealed record ChildrenReportView(DateOnly On, int Children, IReadOnlyList<ChildrenReportView.Group> ByAgeGroupAndSex,
    int ForcedReturnsInvolvingChildren, int UnaccompaniedChildren, int SeparatedChildren, int ChildrenWithBestInterestsAssessment, int ChildrenWithAssessmentPending, double? MedianDaysFromRegistrationToAssessment,
    int DeterminationsInProgress, IReadOnlyDictionary<DurableSolution, int> DeterminationOutcomes, int ChildrenSeenAtFollowUp, int ChildrenInSchoolAtFollowUp)
{
    public sealed record Group(string AgeGroup, Sex Sex, int Count);
}

/// <summary>
/// The children's report: children assisted by age group and sex, unaccompanied and separated, forced returns involving a child (never recorded as in
/// their best interests), best-interests assessments done and pending and the time from registration to the first,
/// determinations and their approved outcomes, and children in school at their latest follow-up. Over the reader's scope.
/// </summary>
[ScopedService]
public sealed class ChildrenReport(HomewardDbContext db, ProgrammeSettingsStore settings)
{
    /// <summary>The report as the page and the API show it: small numbers suppressed under the programme's threshold.</summary>
    public async Task<(ChildrenReportView Report, ChildrenReportTables Tables)> SuppressedAsync(CancellationToken ct = default)
    {
        var threshold = (await settings.GetAsync(ct)).SmallCellThreshold;
        var report = await RunAsync(ct);
        return (report, ChildrenReportTables.From(report, threshold));
    }

    public async Task<ChildrenReportView> RunAsync(CancellationToken ct = default)
    {
        var today = ChildLookup.Today;
        var members = await (from c in db.Cases.AsNoTracking()
                             join p in db.Persons.AsNoTracking() on c.HouseholdId equals p.HouseholdId
                             where c.AnonymisedAt == null
                             select new { CaseId = c.Id, c.ReturnType, c.OpenedAt, Person = p }).ToListAsync(ct);
        var children = members.Where(m => ChildAge.IsChildOn(m.Person, today)).ToList();
        var caseIds = children.Select(c => c.CaseId).Distinct().ToList();
        var firstAssessments = (await db.BestInterestsAssessments.AsNoTracking().Where(b => caseIds.Contains(b.CaseId))
                .Select(b => new { b.CaseId, b.PersonId, b.ConductedOn }).ToListAsync(ct))
            .GroupBy(b => (b.CaseId, b.PersonId)).ToDictionary(g => g.Key, g => g.Min(b => b.ConductedOn));
        var separations = (await db.SeparatedChildren.AsNoTracking().Where(r => caseIds.Contains(r.CaseId)).Select(r => new { r.CaseId, r.PersonId, r.Status }).ToListAsync(ct))
            .Where(r => children.Any(c => c.CaseId == r.CaseId && c.Person.Id == r.PersonId)).ToList();
        var determinations = await db.Determinations.AsNoTracking().Where(d => caseIds.Contains(d.CaseId)).Select(d => new { d.Status, d.Decision }).ToListAsync(ct);
        var latestFindings = (await db.ChildFollowUpFindings.AsNoTracking().Where(f => caseIds.Contains(f.CaseId) && f.InSchool != null)
                .Select(f => new { f.CaseId, f.PersonId, f.SeenOn, f.RecordedAt, f.InSchool }).ToListAsync(ct))
            .GroupBy(f => (f.CaseId, f.PersonId)).Select(g => g.OrderByDescending(f => f.SeenOn).ThenByDescending(f => f.RecordedAt).First().InSchool!.Value).ToList();

        var days = children.Where(c => firstAssessments.ContainsKey((c.CaseId, c.Person.Id)))
            .Select(c => firstAssessments[(c.CaseId, c.Person.Id)].DayNumber - DateOnly.FromDateTime(c.OpenedAt).DayNumber).Order().ToList();
        return new ChildrenReportView(today, children.Count,
            children.GroupBy(c => (AgeGroup(c.Person.AgeOn(today)), c.Person.Sex)).OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Sex)
                .Select(g => new ChildrenReportView.Group(g.Key.Item1, g.Key.Sex, g.Count())).ToList(),
            children.Where(c => c.ReturnType == ReturnType.Forced).Select(c => c.CaseId).Distinct().Count(),
            separations.Count(r => r.Status == SeparationStatus.Unaccompanied), separations.Count(r => r.Status == SeparationStatus.Separated),
            children.Count(c => firstAssessments.ContainsKey((c.CaseId, c.Person.Id))),
            children.Count(c => !firstAssessments.ContainsKey((c.CaseId, c.Person.Id))),
            days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[days.Count / 2 - 1] + days[days.Count / 2]) / 2.0,
            determinations.Count(d => d.Status != DeterminationStatus.Approved),
            determinations.Where(d => d.Status == DeterminationStatus.Approved && d.Decision is not null).GroupBy(d => d.Decision!.Value).ToDictionary(g => g.Key, g => g.Count()),
            latestFindings.Count, latestFindings.Count(inSchool => inSchool));
    }

    /// <summary>The age groups of child-protection reporting; "unknown" without a date of birth.</summary>
    private static string AgeGroup(int? age) => age switch
    {
        null => "unknown",
        < 5 => "0-4",
        < 12 => "5-11",
        < 15 => "12-14",
        _ => "15-17",
    };
}
