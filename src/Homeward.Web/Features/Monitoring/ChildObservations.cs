using Homeward.Data;
using Homeward.Domain.Children;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// What the best-interests indicators count: the children (under 18 on the day of return, or related to the returnee
/// as a child when no date of birth is known) in the households of the consenting cases, each counted as themselves
/// under their own sex and age group and under their case's other categories; the sex and age-group filters then
/// apply to the child.
/// </summary>
[ScopedService]
public sealed class ChildObservations(HomewardDbContext db)
{
    public async Task<List<Observation>> ForAsync(IndicatorKind kind, IReadOnlyDictionary<Guid, CaseFacts> facts, CancellationToken ct)
    {
        // Members born more than 19 years before the return cannot be children on that day; the rest are checked exactly below.
        // Consent is checked once, in memory against the consenting cases' facts, as for the other indicators.
        var members = await (from c in db.Cases.IgnoreQueryFilters()
                             join p in db.Persons on c.HouseholdId equals p.HouseholdId
                             where p.BirthYear == null || p.BirthYear >= c.ReturnDate.Year - ChildAge.AdultAge - 1
                             select new { CaseId = c.Id, c.ReturnDate, PersonId = p.Id, p.Sex, p.DateOfBirth, p.Relationship })
            .AsNoTracking().ToListAsync(ct);
        var categorySets = new Dictionary<(Domain.People.Sex, string), IReadOnlyDictionary<Disaggregation, string>>();
        var children = new List<(CaseFacts Case, Guid PersonId, DateOnly ReturnDate, IReadOnlyDictionary<Disaggregation, string> Own)>();
        foreach (var m in members)
        {
            var age = Domain.People.Person.AgeOn(m.DateOfBirth, m.ReturnDate);
            if (!ChildAge.IsChildOn(age, m.Relationship) || !facts.TryGetValue(m.CaseId, out var consenting)) continue;
            var key = (m.Sex, AgeGroups.Of(age));
            if (!categorySets.TryGetValue(key, out var own))
                categorySets[key] = own = new Dictionary<Disaggregation, string> { [Disaggregation.Sex] = m.Sex.ToString(), [Disaggregation.AgeGroup] = key.Item2 };
            children.Add((consenting, m.PersonId, m.ReturnDate, own));
        }
        var assessed = (await db.BestInterestsAssessments.AsNoTracking().Select(b => new { b.CaseId, b.PersonId, b.ConductedOn }).ToListAsync(ct))
            .Where(b => facts.ContainsKey(b.CaseId))
            .GroupBy(b => (b.CaseId, b.PersonId)).ToDictionary(g => g.Key, g => g.Select(b => b.ConductedOn).ToList());

        return kind == IndicatorKind.ChildrenAssessedShare
            ? children.Select(c => new Observation(c.Case, c.ReturnDate, assessed.ContainsKey((c.Case.CaseId, c.PersonId)) ? 1 : 0, 1, c.Own, c.PersonId)).ToList()
            : children.SelectMany(c => assessed.GetValueOrDefault((c.Case.CaseId, c.PersonId), [])
                .Select(on => new Observation(c.Case, on, 1, Own: c.Own, SubjectId: c.PersonId))).ToList();
    }
}
