using Homeward.Domain.Locations;
using Homeward.Domain.Organisations;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Domain.ServiceMap;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.ServiceMap;

/// <summary>Checks a service as typed or imported and turns it into a record; every error names its field.</summary>
public static class ServiceRules
{
    /// <param name="prefix">Where the service sits in the request: "" for the API, "row 3: " for an import.</param>
    /// <param name="locations">The location hierarchy, by code and by id.</param>
    public static PartnerService? Build(ServiceInput input, Guid? organisationId, IReadOnlyList<Location> locations, string prefix, FieldErrors errors, IStringLocalizer L)
    {
        var before = errors.ToDictionary().Count;
        if (organisationId is null)
            errors.Add(prefix + "organisationId", L["Choose the organisation that provides the service."].Value);
        if (UserInput.Clean(input.Name) is null)
            errors.Add(prefix + "name", L["Enter the name of the service."].Value);
        MaxLength(input.Name, 200, prefix + "name", errors, L);
        ServiceType type = default;
        if (UserInput.Clean(input.Type) is null)
            errors.Add(prefix + "type", L["Choose the type of service."].Value);
        else if (!UserInput.TryParse(input.Type, out type))
            errors.Add(prefix + "type", L["Choose one of: {0}.", UserInput.Names<ServiceType>()].Value);
        Dimension? dimension = null;
        if (UserInput.Clean(input.Dimension) is not null)
        {
            if (UserInput.TryParse<Dimension>(input.Dimension, out var d)) dimension = d;
            else errors.Add(prefix + "dimension", L["Choose one of: {0}.", UserInput.Names<Dimension>()].Value);
        }
        var areas = new List<Guid>();
        var named = (input.Locations ?? []).Select(UserInput.Clean).OfType<string>().ToList();
        if (named.Count == 0) errors.Add(prefix + "locations", L["Name at least one location the service serves."].Value);
        foreach (var name in named)
        {
            var location = locations.FirstOrDefault(l => string.Equals(l.Code, name, StringComparison.OrdinalIgnoreCase) || Guid.TryParse(name, out var id) && l.Id == id);
            if (location is null) errors.Add(prefix + "locations", L["There is no location with the code {0}.", name].Value);
            else if (!areas.Contains(location.Id)) areas.Add(location.Id);
        }
        if (input.MinAge is < 0 or > 120) errors.Add(prefix + "minAge", L["Enter an age between 0 and 120."].Value);
        if (input.MaxAge is < 0 or > 120) errors.Add(prefix + "maxAge", L["Enter an age between 0 and 120."].Value);
        if (input is { MinAge: { } min, MaxAge: { } max } && min > max) errors.Add(prefix + "maxAge", L["The highest age cannot be below the lowest."].Value);
        Sex? sex = null;
        if (UserInput.Clean(input.SexServed) is not null)
        {
            if (UserInput.TryParse<Sex>(input.SexServed, out var s)) sex = s;
            else errors.Add(prefix + "sexServed", L["Choose one of: {0}.", UserInput.Names<Sex>()].Value);
        }
        if (input.CapacityPerMonth is < 0) errors.Add(prefix + "capacityPerMonth", L["Enter zero or more."].Value);
        if (input.CurrentLoad is < 0) errors.Add(prefix + "currentLoad", L["Enter zero or more."].Value);
        if (input.ResponseDays is < 1 or > 365) errors.Add(prefix + "responseDays", L["Enter a number of days between 1 and 365."].Value);
        var agreement = AgreementType.None;
        if (UserInput.Clean(input.Agreement) is not null && !UserInput.TryParse(input.Agreement, out agreement))
            errors.Add(prefix + "agreement", L["Choose one of: {0}.", UserInput.Names<AgreementType>()].Value);
        if (input is { AgreementStart: { } start, AgreementEnd: { } end } && end < start)
            errors.Add(prefix + "agreementEnd", L["The agreement cannot end before it starts."].Value);
        foreach (var (field, value, limit) in new[]
                 {
                     ("description", input.Description, 2000), ("nationalities", input.Nationalities, 500), ("languages", input.Languages, 500),
                     ("cost", input.Cost, 200), ("contact", input.Contact, 500), ("hours", input.Hours, 200),
                 })
            MaxLength(value, limit, prefix + field, errors, L);
        if (errors.ToDictionary().Count > before) return null;

        return new PartnerService
        {
            OrganisationId = organisationId!.Value,
            Name = UserInput.Clean(input.Name)!,
            Type = type,
            Dimension = dimension ?? ServiceTypes.DimensionOf(type),
            Description = UserInput.Clean(input.Description),
            Areas = areas.Select(id => new ServiceArea { LocationId = id }).ToList(),
            MinAge = input.MinAge,
            MaxAge = input.MaxAge,
            SexServed = sex,
            VulnerableOnly = input.VulnerableOnly,
            Nationalities = UserInput.Clean(input.Nationalities),
            Languages = UserInput.Clean(input.Languages),
            Cost = UserInput.Clean(input.Cost),
            CapacityPerMonth = input.CapacityPerMonth,
            CurrentLoad = input.CurrentLoad ?? 0,
            Contact = UserInput.Clean(input.Contact),
            Hours = UserInput.Clean(input.Hours),
            ResponseDays = input.ResponseDays ?? 5,
            Agreement = agreement,
            AgreementStart = input.AgreementStart,
            AgreementEnd = input.AgreementEnd,
        };
    }

    public static Organisation? BuildOrganisation(OrganisationInput input, FieldErrors errors, IStringLocalizer L)
    {
        if (UserInput.Clean(input.Name) is null) errors.Add("name", L["Enter the name of the organisation."].Value);
        MaxLength(input.Name, 200, "name", errors, L);
        var kind = OrganisationKind.ServiceProvider;
        if (UserInput.Clean(input.Kind) is not null && !UserInput.TryParse(input.Kind, out kind))
            errors.Add("kind", L["Choose one of: {0}.", UserInput.Names<OrganisationKind>()].Value);
        MaxLength(input.Contact, 500, "contact", errors, L);
        MaxLength(input.Website, 300, "website", errors, L);
        return errors.Any ? null : new Organisation
        {
            Name = UserInput.Clean(input.Name)!, Kind = kind, Contact = UserInput.Clean(input.Contact), Website = UserInput.Clean(input.Website),
        };
    }

    private static void MaxLength(string? value, int limit, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (value?.Trim().Length > limit) errors.Add(field, L["Keep this to {0} characters or fewer.", limit].Value);
    }
}
