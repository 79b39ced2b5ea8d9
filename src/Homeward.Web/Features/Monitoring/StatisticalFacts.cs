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
        var places = await db.Locations.AsNoTracking().Select(l => new { l.Id, l.ParentId, l.Level, l.Code, l.Name }).ToDictionaryAsync(l => l.Id, ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);

        // Cases returning to one place share its chain of places, and cases counted under the same categories share
        // one set of them: a national programme's facts then take tens of megabytes, not hundreds.
        var chains = new Dictionary<Guid, (IReadOnlySet<Guid> Places, string? Country, string? Region)>();
        var categorySets = new Dictionary<string, IReadOnlyDictionary<Disaggregation, string>>(StringComparer.Ordinal);
        var facts = new Dictionary<Guid, CaseFacts>(rows.Count);
        foreach (var r in rows)
        {
            var (chain, country, region) = r.ReturnLocationId is { } at ? ChainOf(at) : (NoPlaces, null, null);
            var office = offices.GetValueOrDefault(r.OfficeId);
            country ??= office?.CountryCode ?? "Unknown";
            var categories = Intern(new Dictionary<Disaggregation, string>
            {
                [Disaggregation.Sex] = r.Sex.ToString(),
                [Disaggregation.AgeGroup] = AgeGroups.Of(AgeOn(r.DateOfBirth, r.ReturnDate)),
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

        // The location of return and every place above it, up to the country.
        (IReadOnlySet<Guid>, string?, string?) ChainOf(Guid location)
        {
            if (chains.TryGetValue(location, out var known)) return known;
            var chain = new HashSet<Guid>();
            string? country = null, region = null;
            for (Guid? at = location; at is { } id && places.TryGetValue(id, out var place) && chain.Count < 10; at = place.ParentId)
            {
                chain.Add(id);
                if (place.Level == LocationLevel.Country) country = place.Code;
                if (place.Level == LocationLevel.Region) region = place.Name;
            }
            return chains[location] = (chain, country, region);
        }

        IReadOnlyDictionary<Disaggregation, string> Intern(Dictionary<Disaggregation, string> categories)
        {
            var key = string.Join('\u001f', categories.Values);
            if (categorySets.TryGetValue(key, out var shared)) return shared;
            return categorySets[key] = categories;
        }
    }

    private static readonly IReadOnlySet<Guid> NoPlaces = new HashSet<Guid>();

    private static int? AgeOn(DateOnly? birth, DateOnly day)
    {
        if (birth is not { } dob) return null;
        var age = day.Year - dob.Year;
        if (day < dob.AddYears(age)) age--;
        return age;
    }
}

/// <summary>Every consenting case's facts, and when they were read.</summary>
public sealed record FactsSnapshot(IReadOnlyDictionary<Guid, CaseFacts> Cases, DateTimeOffset ReadAt);
