using Homeward.Data;
using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Communities;

/// <summary>The location hierarchy in memory (it is small): names, paths, levels and ancestors of places.</summary>
public sealed class PlaceMap
{
    private readonly Dictionary<Guid, Location> _places;

    private PlaceMap(Dictionary<Guid, Location> places) => _places = places;

    public static async Task<PlaceMap> LoadAsync(HomewardDbContext db, CancellationToken ct) =>
        new(await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, ct));

    public bool Contains(Guid id) => _places.ContainsKey(id);

    public string Name(Guid id) => _places.TryGetValue(id, out var l) ? l.Name : "?";

    public LocationLevel Level(Guid id) => _places[id].Level;

    public IEnumerable<Guid> SelfAndAncestors(Guid id)
    {
        for (Guid? at = id; at is { } current && _places.TryGetValue(current, out var place); at = place.ParentId)
            yield return current;
    }

    /// <summary>"Senegal › Dakar › Pikine › Thiaroye".</summary>
    public string Path(Guid id) => string.Join(" › ", SelfAndAncestors(id).Reverse().Select(Name));

    /// <summary>The places and every place below them.</summary>
    public IReadOnlyCollection<Guid> WithDescendants(IEnumerable<Guid> roots)
    {
        var set = roots.ToHashSet();
        foreach (var place in _places.Values)
            if (SelfAndAncestors(place.Id).Any(set.Contains)) set.Add(place.Id);
        return set;
    }
}
