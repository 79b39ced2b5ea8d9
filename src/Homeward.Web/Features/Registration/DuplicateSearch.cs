using Homeward.Data;
using Homeward.Domain.People;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Registration;

/// <summary>
/// A likely duplicate as the caller may see it. Outside the caller's scope (a person registered by another office)
/// only the name, birth year, case reference and office are shown; <see cref="Details"/> is then null.
/// </summary>
public sealed record DuplicateMatch(Guid PersonId, string GivenName, string FamilyName, int? BirthYear, double Score,
    string? CaseReference, string? OfficeName, bool InYourScope, DuplicateMatchDetails? Details);

/// <summary>What helps decide whether it is the same person, for persons in the caller's scope. Never contact details.</summary>
public sealed record DuplicateMatchDetails(Guid? CaseId, DateOnly? DateOfBirth, bool DateOfBirthEstimated, Sex Sex, string? OtherNames,
    HouseholdRelationship Relationship, string? DocumentType, string? DocumentNumber);

/// <summary>
/// Finds persons who are probably the one being registered, across all offices. Candidates come from indexed
/// equality on the stored phonetic keys in both name orders, birth year first; they are scored in memory. Only the
/// names, birth year and household of a candidate are read: the details (some of them encrypted) are read for the few
/// matches shown in the caller's scope.
/// </summary>
[ScopedService]
public sealed class DuplicateSearch(HomewardDbContext db, PersonCases personCases)
{
    public const int MaxResults = 10;
    /// <summary>Rows read per name order and tier: a very common name still reads a bounded number.</summary>
    private const int MaxCandidates = 500;
    /// <summary>Birth years this close score a bonus; further ones can reach the threshold only with the exact name.</summary>
    private const int YearWindow = 2;

    public async Task<IReadOnlyList<DuplicateMatch>> FindAsync(DuplicateProbe probe, CancellationToken ct = default)
    {
        var given = NameKey.For(probe.GivenName);
        var family = NameKey.For(probe.FamilyName);
        if (given.Length == 0 || family.Length == 0) return [];

        var candidates = new Dictionary<Guid, Candidate>();
        if (probe.BirthYear is { } year)
            await LoadAsync(candidates, given, family, q => q.Where(p => p.BirthYear >= year - YearWindow && p.BirthYear <= year + YearWindow), ct);
        // Other birth years (or none) only when the close ones do not fill the list.
        if (candidates.Count < MaxResults)
        {
            var y = probe.BirthYear;
            await LoadAsync(candidates, given, family, y is null ? q => q
                : q => q.Where(p => p.BirthYear == null || p.BirthYear < y - YearWindow || p.BirthYear > y + YearWindow), ct);
        }
        if (candidates.Count == 0) return [];

        // The place-of-return bonus is at most 0.05: look up cases only for those who can still reach the threshold.
        var hopeful = candidates.Values
            .Where(p => DuplicateScorer.Score(probe with { ReturnLocationId = null }, p.Scored(null)) >= DuplicateScorer.OfferThreshold - 0.05)
            .ToList();
        var cases = await personCases.LatestCasesAsync(hopeful.Select(p => (p.Id, p.HouseholdId)).ToList(), ct);
        var visible = await VisibleAsync(cases.Values.Select(c => c.Id).ToList(), ct);
        var officeIds = cases.Values.Select(c => c.OfficeId).Distinct().ToList();
        var offices = await db.Offices.Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);

        var matches = hopeful
            .Select(p =>
            {
                var c = cases.GetValueOrDefault(p.Id);
                return (Person: p, Case: c, Score: DuplicateScorer.Score(probe, p.Scored(c?.ReturnLocationId)), InScope: c is not null && visible.Contains(c.Id));
            })
            .Where(x => x.Score >= DuplicateScorer.OfferThreshold)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Person.FamilyName).ThenBy(x => x.Person.GivenName)
            .Take(MaxResults)
            .ToList();
        var detailsOf = matches.Where(x => x.InScope).Select(x => x.Person.Id).ToList();
        var details = detailsOf.Count == 0 ? [] : await db.Persons.AsNoTracking().Where(p => detailsOf.Contains(p.Id))
            .Select(p => new { p.Id, p.DateOfBirth, p.DateOfBirthEstimated, p.Sex, p.OtherNames, p.Relationship, p.DocumentType, p.DocumentNumber })
            .ToDictionaryAsync(p => p.Id, ct);

        return matches
            .Select(x =>
            {
                var d = x.InScope ? details.GetValueOrDefault(x.Person.Id) : null;
                return new DuplicateMatch(x.Person.Id, x.Person.GivenName, x.Person.FamilyName, x.Person.BirthYear, x.Score,
                    x.Case?.Reference, x.Case is null ? null : offices.GetValueOrDefault(x.Case.OfficeId), x.InScope,
                    d is null ? null : new DuplicateMatchDetails(x.Case!.Id, d.DateOfBirth, d.DateOfBirthEstimated, d.Sex, d.OtherNames, d.Relationship,
                        d.DocumentType, d.DocumentNumber));
            })
            .ToList();
    }

    /// <summary>What scoring needs of a person, and their household for finding their case.</summary>
    private sealed record Candidate(Guid Id, string GivenName, string FamilyName, int? BirthYear, Guid? HouseholdId)
    {
        public DuplicateCandidate Scored(Guid? returnLocationId) => new(Id, GivenName, FamilyName, BirthYear, returnLocationId);
    }

    private async Task LoadAsync(Dictionary<Guid, Candidate> into, string given, string family,
        Func<IQueryable<Person>, IQueryable<Person>> narrow, CancellationToken ct)
    {
        // One indexed lookup per name order: "Diallo Mohamed" is found for "Mohamed Diallo".
        foreach (var (g, f) in given == family ? [(given, family)] : new[] { (given, family), (family, given) })
        {
            // Ordered as the (family key, given key, birth year) index is, so the database reads it without sorting.
            var rows = await narrow(db.Persons.AsNoTracking().Where(p => p.GivenNameKey == g && p.FamilyNameKey == f))
                .OrderBy(p => p.BirthYear).Take(MaxCandidates)
                .Select(p => new Candidate(p.Id, p.GivenName, p.FamilyName, p.BirthYear, p.HouseholdId))
                .ToListAsync(ct);
            foreach (var p in rows) into.TryAdd(p.Id, p);
        }
    }

    /// <summary>The ids among these cases that the caller's data scope lets them see.</summary>
    private async Task<HashSet<Guid>> VisibleAsync(List<Guid> caseIds, CancellationToken ct) =>
        caseIds.Count == 0 ? [] : (await db.Cases.Where(c => caseIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
}
