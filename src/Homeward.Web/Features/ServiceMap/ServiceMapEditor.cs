using Homeward.Data;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.ServiceMap;

/// <summary>Adds organisations and services to the service map, one by one or as a whole CSV file.</summary>
[Infrastructure.ScopedService]
public sealed class ServiceMapEditor(HomewardDbContext db, ServiceDirectory directory, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<OrganisationView>> AddOrganisationAsync(OrganisationInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        var organisation = ServiceRules.BuildOrganisation(input, errors, L);
        if (organisation is null) return Outcome<OrganisationView>.Invalid(errors);
        if (await db.Organisations.AnyAsync(o => o.Name == organisation.Name, ct))
            return Outcome<OrganisationView>.Invalid(errors.Add("name", L["An organisation with this name is already in the service map."].Value));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return Outcome<OrganisationView>.Done(new OrganisationView(organisation.Id, organisation.Name, organisation.Kind, organisation.Contact, organisation.Website, 0));
    }

    public async Task<Outcome<ServiceView>> AddServiceAsync(ServiceInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        Guid? organisationId = input.OrganisationId is { } id && await db.Organisations.AnyAsync(o => o.Id == id, ct) ? id : null;
        if (input.OrganisationId is not null && organisationId is null)
            errors.Add("organisationId", L["There is no organisation with this id."].Value);
        var service = ServiceRules.Build(input, organisationId ?? (input.OrganisationId is null ? null : Guid.Empty), await directory.LocationsAsync(ct), "", errors, L);
        if (service is null || errors.Any) return Outcome<ServiceView>.Invalid(errors);
        if (await db.Services.AnyAsync(s => s.OrganisationId == service.OrganisationId && s.Name == service.Name, ct))
            return Outcome<ServiceView>.Invalid(errors.Add("name", L["This organisation already has a service with this name."].Value));
        db.Services.Add(service);
        await db.SaveChangesAsync(ct);
        return Outcome<ServiceView>.Done((await directory.FindAsync(service.Id, ct))!);
    }

    /// <summary>
    /// Imports a CSV file of services. A row naming an existing organisation's existing service updates it; any row
    /// at fault refuses the whole file, naming the row, and nothing is saved.
    /// </summary>
    public async Task<Outcome<ImportResult>> ImportAsync(Stream csv, CancellationToken ct = default)
    {
        // The request body is read asynchronously; the CSV reader reads synchronously from the copy.
        using var copy = new MemoryStream();
        await csv.CopyToAsync(copy, ct);
        copy.Position = 0;
        var (rows, errors) = ServiceCsv.Read(copy, L);
        if (errors.Any) return Outcome<ImportResult>.Invalid(errors);
        var locations = await directory.LocationsAsync(ct);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, StringComparer.OrdinalIgnoreCase, ct);
        var built = new List<(int Row, PartnerService Service)>();
        foreach (var (number, input) in rows)
        {
            var prefix = $"row {number}: ";
            Guid? organisationId = organisations.TryGetValue(input.OrganisationName?.Trim() ?? "", out var org) ? org.Id : null;
            if (organisationId is null && !string.IsNullOrWhiteSpace(input.OrganisationName))
                errors.Add(prefix + "organisation", L["There is no organisation named {0}; add it first.", input.OrganisationName.Trim()].Value);
            else if (ServiceRules.Build(input, organisationId, locations, prefix, errors, L) is { } service)
            {
                if (built.Any(b => b.Service.OrganisationId == service.OrganisationId && string.Equals(b.Service.Name, service.Name, StringComparison.OrdinalIgnoreCase)))
                    errors.Add(prefix + "name", L["This service appears twice in the file."].Value);
                built.Add((number, service));
            }
        }
        if (rows.Count == 0) errors.Add("file", L["The file has no rows of services."].Value);
        if (errors.Any) return Outcome<ImportResult>.Invalid(errors);

        int added = 0, updated = 0;
        foreach (var (_, service) in built)
        {
            var existing = await db.Services.Include(s => s.Areas).FirstOrDefaultAsync(s => s.OrganisationId == service.OrganisationId && s.Name == service.Name, ct);
            if (existing is null)
            {
                db.Services.Add(service);
                added++;
                continue;
            }
            service.Id = existing.Id;
            db.Entry(existing).CurrentValues.SetValues(service);
            existing.Areas.Clear();
            existing.Areas.AddRange(service.Areas.Select(a => new ServiceArea { LocationId = a.LocationId }));
            updated++;
        }
        await db.SaveChangesAsync(ct);
        return Outcome<ImportResult>.Done(new ImportResult(added, updated));
    }
}

public sealed record ImportResult(int Added, int Updated);
