using Homeward.Data;
using Homeward.Domain.Consent;
using Homeward.Domain.Locations;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Reads the cases statistics are computed over: every office's cases whose returnee's consent to anonymised
/// statistics is in force (the data scope does not apply: only aggregates leave the results feature), with the
/// categories each is counted under.
/// </summary>
[ScopedService]
public sealed class StatisticalFacts(HomewardDbContext db, StatisticsCache cache)
{
    /// <summary>The consenting cases, as a query other statistics join to.</summary>
    public IQueryable<Domain.Cases.Case> ConsentingCases() =>
        db.Cases.IgnoreQueryFilters().Where(c => db.Consents.Any(x =>
            x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null));

    /// <summary>Every consenting case's facts, read at most <see cref="StatisticsCache.FreshFor"/> ago; filters apply to them in memory.</summary>
    public async Task<FactsSnapshot> AllAsync(CancellationToken ct)
    {
        var (facts, readAt) = await cache.GetAsync(nameof(StatisticalFacts),
            (services, token) => services.GetRequiredService<StatisticalFacts>().ReadAsync(token), ct);
        return new FactsSnapshot(facts, readAt);
    }

    private async Task<IReadOnlyDictionary<Guid, CaseFacts>> ReadAsync(CancellationToken ct)
    {
        var rows = await (from c in ConsentingCases()
                          join p in db.Persons on c.PrincipalPersonId equals p.Id
                          select new
                          {
                              c.Id, c.OfficeId, c.ReturnLocationId, c.ReturnDate, c.ReturnType, c.VulnerabilityFlag, c.OpenedAt,
                              c.PlanAgreedOn, c.ClosedAt, c.ClosureReason, p.Sex, p.DateOfBirth,
                          }).AsNoTracking().ToListAsync(ct);
        var places = await ReturnPlaces.LoadAsync(db, ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);

        // Cases returning to one place share its chain of places, and cases counted under the same categories share
        // one set of them: a national programme's facts then take tens of megabytes, not hundreds.
        var categorySets = new Dictionary<string, IReadOnlyDictionary<Disaggregation, string>>(StringComparer.Ordinal);
        var facts = new Dictionary<Guid, CaseFacts>(rows.Count);
        foreach (var r in rows)
        {
            var (chain, country, region) = places.Of(r.ReturnLocationId);
            var office = offices.GetValueOrDefault(r.OfficeId);
            country ??= office?.CountryCode ?? "Unknown";
            var categories = Intern(new Dictionary<Disaggregation, string>
            {
                [Disaggregation.Sex] = r.Sex.ToString(),
                [Disaggregation.AgeGroup] = AgeGroups.Of(Domain.People.Person.AgeOn(r.DateOfBirth, r.ReturnDate)),
                [Disaggregation.Vulnerability] = r.VulnerabilityFlag ? "Vulnerable" : "NotFlagged",
                [Disaggregation.Country] = country,
                [Disaggregation.Location] = region ?? "Unknown",
                [Disaggregation.ReturnType] = r.ReturnType.ToString(),
                [Disaggregation.Office] = office?.Name ?? "Unknown",
            });
            facts[r.Id] = new CaseFacts(r.Id, r.OfficeId, chain, categories, r.ReturnDate, DateOnly.FromDateTime(r.OpenedAt),
                r.PlanAgreedOn, r.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : null, r.ClosureReason);
        }
        return facts;

        IReadOnlyDictionary<Disaggregation, string> Intern(Dictionary<Disaggregation, string> categories)
        {
            var key = string.Join('\u001f', categories.Values);
            if (categorySets.TryGetValue(key, out var shared)) return shared;
            return categorySets[key] = categories;
        }
    }
}

/// <summary>Every consenting case's facts, and when they were read.</summary>
public sealed record FactsSnapshot(IReadOnlyDictionary<Guid, CaseFacts> Cases, DateTimeOffset ReadAt);
