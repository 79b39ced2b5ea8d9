using Homeward.Data;
using Homeward.Domain.Communities;
using Homeward.Domain.Locations;
using Homeward.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Communities;

/// <param name="ProfileId">Set when the row is a profiled community (which may group several places).</param>
/// <param name="LocationId">Set when the row is one place not yet profiled.</param>
public sealed record CommunityReturns(Guid? ProfileId, Guid? LocationId, string Name, string Path, int Returns, int PreviousReturns,
    TrendDirection Trend, int? Population, decimal? PerThousand, bool ProposedForProfiling);

public sealed record HighReturnRanking(DateOnly From, DateOnly To, DateOnly PreviousFrom, DateOnly PreviousTo, LocationLevel Level, int Threshold,
    IReadOnlyList<CommunityReturns> Communities);

/// <summary>
/// Ranks communities by returns over a period: each profiled community (with all its places and the places below
/// them) and each other place at the chosen level of the hierarchy, with the previous period, the trend and returns
/// per 1,000 inhabitants where the profile gives the population. A place at or over the programme's threshold that
/// has no profile is proposed for profiling.
/// </summary>
[Infrastructure.ScopedService]
public sealed class HighReturnQuery(HomewardDbContext db, ReturnCounts counts, ProgrammeSettingsStore settings)
{
    public const int MaxPeriodDays = 3660;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public async Task<HighReturnRanking> RunAsync(DateOnly from, DateOnly to, LocationLevel level, CancellationToken ct = default)
    {
        var (previousFrom, previousTo) = ReturnTrend.PreviousPeriod(from, to);
        var current = await counts.ByPlaceAsync(from, to, ct);
        var previous = await counts.ByPlaceAsync(previousFrom, previousTo, ct);
        var threshold = (await settings.GetAsync(ct)).HighReturnThreshold;
        var map = await PlaceMap.LoadAsync(db, ct);
        var profiles = await db.CommunityProfiles.AsNoTracking().Include(p => p.Places).ToListAsync(ct);
        var profileOfPlace = profiles.SelectMany(p => p.Places.Select(x => (x.LocationId, Profile: p))).ToDictionary(x => x.LocationId, x => x.Profile);

        // Each place's returns go to the profile above it, else to its ancestor at the chosen level.
        var rows = new Dictionary<(Guid? Profile, Guid? Place), (int Now, int Before)>();
        foreach (var place in current.Keys.Union(previous.Keys))
        {
            var key = Bucket(place, map, profileOfPlace, level);
            rows.TryGetValue(key, out var sum);
            rows[key] = (sum.Now + current.GetValueOrDefault(place), sum.Before + previous.GetValueOrDefault(place));
        }

        var list = rows.Select(r =>
        {
            var profile = r.Key.Profile is { } pid ? profiles.First(p => p.Id == pid) : null;
            var name = profile?.Name ?? map.Name(r.Key.Place!.Value);
            var path = profile is null ? map.Path(r.Key.Place!.Value) : string.Join("; ", profile.Places.Select(x => map.Path(x.LocationId)));
            var population = profile?.Population;
            return new CommunityReturns(profile?.Id, profile is null ? r.Key.Place : null, name, path, r.Value.Now, r.Value.Before,
                ReturnTrend.Of(r.Value.Now, r.Value.Before), population, ReturnTrend.PerThousand(r.Value.Now, population),
                profile is null && r.Value.Now >= threshold);
        })
            .OrderByDescending(r => r.Returns).ThenByDescending(r => r.PerThousand ?? -1).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return new HighReturnRanking(from, to, previousFrom, previousTo, level, threshold, list);
    }

    private static (Guid?, Guid?) Bucket(Guid place, PlaceMap map, Dictionary<Guid, CommunityProfile> profileOfPlace, LocationLevel level)
    {
        foreach (var ancestor in map.SelfAndAncestors(place))
            if (profileOfPlace.TryGetValue(ancestor, out var profile)) return (profile.Id, null);
        foreach (var ancestor in map.SelfAndAncestors(place))
            if (map.Level(ancestor) == level) return (null, ancestor);
        return (null, place);
    }
}
