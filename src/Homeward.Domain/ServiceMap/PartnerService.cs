using Homeward.Domain.People;
using Homeward.Domain.Plans;

namespace Homeward.Domain.ServiceMap;

/// <summary>
/// A service an organisation provides, as recorded in the service mapping: what, where, for whom, at what capacity,
/// how to reach it and under which agreement.
/// </summary>
public class PartnerService
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public ServiceType Type { get; set; }
    public Dimension Dimension { get; set; }
    public string? Description { get; set; }

    /// <summary>The places served: each also serves every place below it in the location hierarchy.</summary>
    public List<ServiceArea> Areas { get; set; } = [];

    public int? MinAge { get; set; }
    public int? MaxAge { get; set; }
    /// <summary>Set when the service is only for people of one sex.</summary>
    public Sex? SexServed { get; set; }
    public bool VulnerableOnly { get; set; }
    /// <summary>Nationalities served, comma-separated; empty for any.</summary>
    public string? Nationalities { get; set; }
    public string? Languages { get; set; }
    /// <summary>What the returnee or programme pays, in words ("free", "50 EUR per month").</summary>
    public string? Cost { get; set; }

    /// <summary>Places per month; null when not limited.</summary>
    public int? CapacityPerMonth { get; set; }
    public int CurrentLoad { get; set; }

    public string? Contact { get; set; }
    public string? Hours { get; set; }
    /// <summary>Days within which the partner agreed to answer a referral.</summary>
    public int ResponseDays { get; set; } = 5;

    public AgreementType Agreement { get; set; }
    public DateOnly? AgreementStart { get; set; }
    public DateOnly? AgreementEnd { get; set; }

    public bool HasFreeCapacity => CapacityPerMonth is not { } capacity || CurrentLoad < capacity;
}

/// <summary>One place a service serves.</summary>
public class ServiceArea
{
    public Guid ServiceId { get; set; }
    public Guid LocationId { get; set; }
}
