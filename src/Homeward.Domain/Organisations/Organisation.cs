namespace Homeward.Domain.Organisations;

/// <summary>An organisation taking part in a programme: the programme office, a ministry, an NGO or a service provider.</summary>
public class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    /// <summary>How to reach the organisation: an address, a phone number, an email.</summary>
    public string? Contact { get; set; }
    public string? Website { get; set; }
}
