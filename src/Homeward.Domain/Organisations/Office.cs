namespace Homeward.Domain.Organisations;

/// <summary>A field or country office of an organisation; staff and cases belong to one.</summary>
public class Office
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code of the country the office works in.</summary>
    public required string CountryCode { get; set; }
}
