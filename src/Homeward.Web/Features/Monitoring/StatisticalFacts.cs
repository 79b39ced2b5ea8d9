using Homeward.Data;
using Homeward.Domain.Consent;
using Homeward.Domain.Locations;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Loads the cases statistics are computed over: every office's cases whose returnee's consent to anonymised
/// statistics is in force (the data scope does not apply: only aggregates leave the results feature), with the
/// categories each is counted under and the filter applied.
/// </summary>
[ScopedService]
public sealed class StatisticalFacts(HomewardDbContext db)
{
    /// <summary>The consenting cases, as a query other statistics join to.</summary>
    public IQueryable<Domain.Cases.Case> ConsentingCases() =>
        db.Cases.IgnoreQueryFilters().Where(c => db.Consents.Any(x =>
            x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null));

    // Several indicators computed in one request share the cases they are computed over.
    private readonly Dictionary<StatisticsFilter, IReadOnlyDictionary<Guid, CaseFacts>> _loaded = [];

    public async Task<IReadOnlyDictionary<Guid, CaseFacts>> LoadAsync(StatisticsFilter filter, CancellationToken ct)
    {
        // Facts do not depend on the period: observations are put in periods by their own dates.
        var key = filter with { Period = null };
        if (_loaded.TryGetValue(key, out var cached)) return cached;
        return _loaded[key] = await ReadAsync(key, ct);
    }

    private async Task<IReadOnlyDictionary<Guid, CaseFacts>> ReadAsync(StatisticsFilter filter, CancellationToken ct)
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

        var facts = new Dictionary<Guid, CaseFacts>();
        foreach (var r in rows)
        {
            // The location of return and every place above it, up to the country.
            var chain = new List<Guid>();
            string? country = null, region = null;
            for (var at = r.ReturnLocationId; at is { } id && places.TryGetValue(id, out var place) && chain.Count < 10; at = place.ParentId)
            {
                chain.Add(id);
                if (place.Level == LocationLevel.Country) country = place.Code;
                if (place.Level == LocationLevel.Region) region = place.Name;
            }
            var office = offices.GetValueOrDefault(r.OfficeId);
            country ??= office?.CountryCode ?? "Unknown";
            var age = AgeOn(r.DateOfBirth, r.ReturnDate);
            var categories = new Dictionary<Disaggregation, string>
            {
                [Disaggregation.Sex] = r.Sex.ToString(),
                [Disaggregation.AgeGroup] = AgeGroups.Of(age),
                [Disaggregation.Vulnerability] = r.VulnerabilityFlag ? "Vulnerable" : "NotFlagged",
                [Disaggregation.Country] = country,
                [Disaggregation.Location] = region ?? "Unknown",
                [Disaggregation.ReturnType] = r.ReturnType.ToString(),
                [Disaggregation.Office] = office?.Name ?? "Unknown",
            };
            if (filter.OfficeId is { } officeId && r.OfficeId != officeId) continue;
            if (filter.Country is { Length: > 0 } c && !string.Equals(country, c, StringComparison.OrdinalIgnoreCase)) continue;
            if (filter.LocationId is { } placeId && !chain.Contains(placeId)) continue;
            if (filter.Sex is { } sex && r.Sex != sex) continue;
            if (filter.AgeGroup is { Length: > 0 } group && categories[Disaggregation.AgeGroup] != group) continue;
            facts[r.Id] = new CaseFacts(r.Id, r.OfficeId, chain.ToHashSet(), categories, r.ReturnDate, DateOnly.FromDateTime(r.OpenedAt),
                r.PlanAgreedOn, r.ClosedAt is { } closed ? DateOnly.FromDateTime(closed) : null, r.ClosureReason);
        }
        return facts;
    }

    private static int? AgeOn(DateOnly? birth, DateOnly day)
    {
        if (birth is not { } dob) return null;
        var age = day.Year - dob.Year;
        if (day < dob.AddYears(age)) age--;
        return age;
    }
}
