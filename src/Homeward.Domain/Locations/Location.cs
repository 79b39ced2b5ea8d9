namespace Homeward.Domain.Locations;

/// <summary>A place in the location hierarchy: country, region, district, community.</summary>
public class Location
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ParentId { get; set; }
    public LocationLevel Level { get; set; }
    /// <summary>A stable code such as "SN" or "SN-DK-PIK-THI", unique across the hierarchy.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
}
