using Homeward.Data;
using Homeward.Domain.Communities;
using Homeward.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Communities;

public sealed record PlaceView(Guid LocationId, string Path);

public sealed record ProfileSummary(Guid Id, string Name, IReadOnlyList<PlaceView> Places, int? Population, DateOnly? ProfiledOn);

public sealed record ProjectSummary(Guid Id, string Title, ProjectType Type, ProjectStatus Status, DateOnly StartOn);

/// <param name="RecentSince">The first day of the programme's recent period, for the favourable-conditions checklist.</param>
public sealed record ProfileView(Guid Id, string Name, IReadOnlyList<PlaceView> Places, ProfileInput Profile, int Version,
    DateOnly RecentSince, int RecentReturns, int Threshold, IReadOnlyList<ConditionCheck> Conditions, IReadOnlyList<ProjectSummary> Projects);

/// <summary>Community profiles: the list, and one profile with its favourable-conditions checklist and projects.</summary>
[Infrastructure.ScopedService]
public sealed class ProfileQuery(HomewardDbContext db, ReturnCounts counts, ProgrammeSettingsStore settings)
{
    public async Task<IReadOnlyList<ProfileSummary>> ListAsync(CancellationToken ct = default)
    {
        var map = await PlaceMap.LoadAsync(db, ct);
        var profiles = await db.CommunityProfiles.AsNoTracking().Include(p => p.Places).ToListAsync(ct);
        return profiles.OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => new ProfileSummary(p.Id, p.Name, Places(p, map), p.Population, p.ProfiledOn)).ToList();
    }

    public async Task<ProfileView?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var profile = await db.CommunityProfiles.AsNoTracking().Include(p => p.Places).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (profile is null) return null;
        var map = await PlaceMap.LoadAsync(db, ct);
        var s = await settings.GetAsync(ct);
        var since = HighReturnQuery.Today.AddMonths(-s.RecentReturnMonths);
        var places = map.WithDescendants(profile.Places.Select(x => x.LocationId));
        var recent = (await counts.ByPlaceAsync(since, HighReturnQuery.Today, ct)).Where(kv => places.Contains(kv.Key)).Sum(kv => kv.Value);
        var shared = await counts.LargestSharedProfileAsync(places, since, ct);
        var projects = await db.CommunityProjects.AsNoTracking()
            .Where(p => p.ProfileId == id || places.Contains(p.LocationId))
            .OrderByDescending(p => p.StartOn)
            .Select(p => new ProjectSummary(p.Id, p.Title, p.Type, p.Status, p.StartOn))
            .ToListAsync(ct);
        return new ProfileView(profile.Id, profile.Name, Places(profile, map), ProfileInput.From(profile), profile.Version, since, recent,
            s.HighReturnThreshold, FavourableConditions.Check(profile, recent, s.HighReturnThreshold, shared), projects);
    }

    private static IReadOnlyList<PlaceView> Places(CommunityProfile p, PlaceMap map) =>
        p.Places.Select(x => new PlaceView(x.LocationId, map.Path(x.LocationId))).OrderBy(x => x.Path, StringComparer.CurrentCulture).ToList();
}
