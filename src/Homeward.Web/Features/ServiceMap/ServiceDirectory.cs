using Homeward.Data;
using Homeward.Domain.Locations;
using Homeward.Domain.ServiceMap;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.ServiceMap;

/// <summary>
/// Reads the service map: organisations, and services filtered by type, place, organisation, dimension, capacity,
/// language or text. A place matches the services serving it or any place above it (a service for all of Senegal
/// serves Thiaroye).
/// </summary>
[Infrastructure.ScopedService]
public sealed class ServiceDirectory(HomewardDbContext db)
{
    public async Task<IReadOnlyList<OrganisationView>> OrganisationsAsync(CancellationToken ct = default)
    {
        var counts = await db.Services.GroupBy(s => s.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(ct);
        return organisations.Select(o => new OrganisationView(o.Id, o.Name, o.Kind, o.Contact, o.Website, counts.GetValueOrDefault(o.Id))).ToList();
    }

    public async Task<IReadOnlyList<ServiceView>> ListAsync(ServiceFilter filter, CancellationToken ct = default)
    {
        var query = db.Services.AsNoTracking().Include(s => s.Areas).AsQueryable();
        if (filter.Type is { } type) query = query.Where(s => s.Type == type);
        if (filter.OrganisationId is { } org) query = query.Where(s => s.OrganisationId == org);
        if (filter.Dimension is { } dimension) query = query.Where(s => s.Dimension == dimension);
        if (filter.FreeCapacityOnly) query = query.Where(s => s.CapacityPerMonth == null || s.CurrentLoad < s.CapacityPerMonth);
        if (filter.LocationId is { } location)
        {
            var places = await WithAncestorsAsync(location, ct);
            query = query.Where(s => s.Areas.Any(a => places.Contains(a.LocationId)));
        }
        var services = await query.OrderBy(s => s.Name).ToListAsync(ct);
        // Text and language are matched here, the same on both databases whatever their collation.
        if (filter.Language is { Length: > 0 } language)
            services = services.Where(s => s.Languages?.Contains(language.Trim(), StringComparison.OrdinalIgnoreCase) == true).ToList();
        if (filter.Text is { Length: > 0 } text)
            services = services.Where(s => s.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
                || s.Description?.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase) == true).ToList();
        return await ViewsAsync(services, ct);
    }

    public async Task<ServiceView?> FindAsync(Guid id, CancellationToken ct = default) =>
        await db.Services.AsNoTracking().Include(s => s.Areas).FirstOrDefaultAsync(s => s.Id == id, ct) is { } service
            ? (await ViewsAsync([service], ct))[0]
            : null;

    /// <summary>The place and every place above it, up to the country.</summary>
    public async Task<List<Guid>> WithAncestorsAsync(Guid locationId, CancellationToken ct = default)
    {
        var chain = new List<Guid>();
        Guid? current = locationId;
        while (current is { } id && !chain.Contains(id))
        {
            chain.Add(id);
            current = await db.Locations.Where(l => l.Id == id).Select(l => l.ParentId).FirstOrDefaultAsync(ct);
        }
        return chain;
    }

    public Task<List<Location>> LocationsAsync(CancellationToken ct = default) => db.Locations.AsNoTracking().ToListAsync(ct);

    private async Task<IReadOnlyList<ServiceView>> ViewsAsync(IReadOnlyList<PartnerService> services, CancellationToken ct)
    {
        var orgIds = services.Select(s => s.OrganisationId).Distinct().ToList();
        var orgs = await db.Organisations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var locationIds = services.SelectMany(s => s.Areas.Select(a => a.LocationId)).Distinct().ToList();
        var locations = await db.Locations.AsNoTracking().Where(l => locationIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return services.Select(s => new ServiceView(
            s.Id, s.OrganisationId, orgs.GetValueOrDefault(s.OrganisationId, ""), s.Name, s.Type, s.Dimension, s.Description,
            s.Areas.Select(a => locations[a.LocationId]).OrderBy(l => l.Code).Select(l => new ServiceLocationView(l.Id, l.Code, l.Name)).ToList(),
            s.MinAge, s.MaxAge, s.SexServed, s.VulnerableOnly, s.Nationalities, s.Languages, s.Cost, s.CapacityPerMonth, s.CurrentLoad,
            s.HasFreeCapacity, s.Contact, s.Hours, s.ResponseDays, s.Agreement, s.AgreementStart, s.AgreementEnd)).ToList();
    }
}
