using Homeward.Domain.Organisations;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Domain.ServiceMap;

namespace Homeward.Web.Features.ServiceMap;

public sealed record OrganisationInput(string? Name, string? Kind, string? Contact, string? Website);

public sealed record OrganisationView(Guid Id, string Name, OrganisationKind Kind, string? Contact, string? Website, int Services);

/// <summary>A service as typed or imported. Locations are codes from the location hierarchy (such as "SN-DAKA") or ids.</summary>
public sealed record ServiceInput
{
    public Guid? OrganisationId { get; init; }
    /// <summary>Used by the CSV import, where the organisation is named.</summary>
    public string? OrganisationName { get; init; }
    public string? Name { get; init; }
    public string? Type { get; init; }
    public string? Dimension { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? Locations { get; init; }
    public int? MinAge { get; init; }
    public int? MaxAge { get; init; }
    public string? SexServed { get; init; }
    public bool VulnerableOnly { get; init; }
    public string? Nationalities { get; init; }
    public string? Languages { get; init; }
    public string? Cost { get; init; }
    public int? CapacityPerMonth { get; init; }
    public int? CurrentLoad { get; init; }
    public string? Contact { get; init; }
    public string? Hours { get; init; }
    public int? ResponseDays { get; init; }
    public string? Agreement { get; init; }
    public DateOnly? AgreementStart { get; init; }
    public DateOnly? AgreementEnd { get; init; }
}

public sealed record ServiceLocationView(Guid Id, string Code, string Name);

public sealed record ServiceView(
    Guid Id, Guid OrganisationId, string OrganisationName, string Name, ServiceType Type, Dimension Dimension, string? Description,
    IReadOnlyList<ServiceLocationView> Locations, int? MinAge, int? MaxAge, Sex? SexServed, bool VulnerableOnly, string? Nationalities,
    string? Languages, string? Cost, int? CapacityPerMonth, int CurrentLoad, bool HasFreeCapacity, string? Contact, string? Hours,
    int ResponseDays, AgreementType Agreement, DateOnly? AgreementStart, DateOnly? AgreementEnd);

/// <summary>The filters of GET /services and the services page; each one left empty matches everything.</summary>
public sealed record ServiceFilter(ServiceType? Type = null, Guid? LocationId = null, Guid? OrganisationId = null, Dimension? Dimension = null,
    bool FreeCapacityOnly = false, string? Language = null, string? Text = null);

/// <summary>Referral figures of one service: sent, accepted, completed, and the median days from sending to first contact.</summary>
public sealed record ServiceFigures(Guid ServiceId, string ServiceName, string OrganisationName, int Sent, int Accepted, int Completed, double? MedianDaysToFirstContact);
