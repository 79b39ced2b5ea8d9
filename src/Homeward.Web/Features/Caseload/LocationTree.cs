using Homeward.Data;
using Homeward.Domain.Locations;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Caseload;

/// <summary>The location hierarchy as the caseload needs it: a place and everything below it, and labels for a picker.</summary>
[Infrastructure.ScopedService]
public sealed class LocationTree(HomewardDbContext db)
{
    public sealed record Option(Guid Id, string Label, LocationLevel Level);

    /// <summary>The location and all its descendants, walking down one level per query (the hierarchy is shallow).</summary>
    public async Task<IReadOnlyList<Guid>> WithDescendantsAsync(Guid locationId, CancellationToken ct = default)
    {
        var all = new List<Guid> { locationId };
        List<Guid> level = [locationId];
        while (level.Count > 0)
        {
            var parents = level;
            level = await db.Locations.Where(l => l.ParentId != null && parents.Contains(l.ParentId.Value)).Select(l => l.Id).ToListAsync(ct);
            level.RemoveAll(all.Contains);
            all.AddRange(level);
        }
        return all;
    }

    /// <summary>Every location, each after its parent, labelled with its path ("Senegal › Dakar › Pikine").</summary>
    public async Task<IReadOnlyList<Option>> OptionsAsync(CancellationToken ct = default)
    {
        var locations = await db.Locations.AsNoTracking().ToListAsync(ct);
        var children = locations.ToLookup(l => l.ParentId);
        var options = new List<Option>();
        void Walk(Guid? parent, string prefix)
        {
            foreach (var l in children[parent].OrderBy(l => l.Name, StringComparer.CurrentCulture))
            {
                var label = prefix.Length == 0 ? l.Name : $"{prefix} › {l.Name}";
                options.Add(new Option(l.Id, label, l.Level));
                Walk(l.Id, label);
            }
        }
        Walk(null, "");
        return options;
    }
}
