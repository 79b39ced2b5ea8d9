using Homeward.Data;
using Homeward.Domain.Locations;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Registration;

/// <summary>Communities to pick a place of return from, grouped under "Country › Region › District".</summary>
[ScopedService]
public sealed class PlacesOfReturn(HomewardDbContext db)
{
    public sealed record Place(Guid Id, string Name);
    public sealed record Group(string Label, IReadOnlyList<Place> Places);

    public async Task<IReadOnlyList<Group>> CommunitiesAsync(CancellationToken ct = default)
    {
        // The hierarchy is small (thousands of places at most): read it once and walk it in memory.
        var all = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id, ct);
        string Path(Location l) => l.ParentId is { } p && all.TryGetValue(p, out var parent) ? $"{Path(parent)} › {l.Name}" : l.Name;
        return all.Values
            .Where(l => l.Level == LocationLevel.Community)
            .GroupBy(l => l.ParentId is { } p && all.TryGetValue(p, out var district) ? Path(district) : "")
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new Group(g.Key, g.OrderBy(l => l.Name, StringComparer.CurrentCulture).Select(l => new Place(l.Id, l.Name)).ToList()))
            .ToList();
    }

    public Task<bool> ExistsAsync(Guid id, CancellationToken ct = default) => db.Locations.AnyAsync(l => l.Id == id, ct);
}
