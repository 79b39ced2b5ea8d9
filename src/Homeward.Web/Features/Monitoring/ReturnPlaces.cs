using Homeward.Data;
using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Where a place sits for statistics: the place and every place above it, its country's code and its region's name
/// (the "location" statistics are broken down by). Things in the same place share one answer, so a national
/// programme's cases do not each carry their own copy.
/// </summary>
public sealed class ReturnPlaces
{
    /// <summary>A place's chain up to its country; Country or Region is null where the hierarchy does not say.</summary>
    public sealed record Place(IReadOnlySet<Guid> Chain, string? Country, string? Region);

    private static readonly Place Nowhere = new(new HashSet<Guid>(), null, null);

    private readonly Dictionary<Guid, (Guid? ParentId, LocationLevel Level, string Code, string Name)> _places;
    private readonly Dictionary<Guid, Place> _known = [];

    private ReturnPlaces(Dictionary<Guid, (Guid?, LocationLevel, string, string)> places) => _places = places;

    public static async Task<ReturnPlaces> LoadAsync(HomewardDbContext db, CancellationToken ct) =>
        new((await db.Locations.AsNoTracking().Select(l => new { l.Id, l.ParentId, l.Level, l.Code, l.Name }).ToListAsync(ct))
            .ToDictionary(l => l.Id, l => (l.ParentId, l.Level, l.Code, l.Name)));

    public Place Of(Guid? locationId)
    {
        if (locationId is not { } location) return Nowhere;
        if (_known.TryGetValue(location, out var known)) return known;
        var chain = new HashSet<Guid>();
        string? country = null, region = null;
        for (Guid? at = location; at is { } id && _places.TryGetValue(id, out var place) && chain.Count < 10; at = place.ParentId)
        {
            chain.Add(id);
            if (place.Level == LocationLevel.Country) country = place.Code;
            if (place.Level == LocationLevel.Region) region = place.Name;
        }
        return _known[location] = new Place(chain, country, region);
    }
}
