using Microsoft.AspNetCore.Identity;

namespace Homeward.Data;

/// <summary>A person who signs in to Homeward: staff of an organisation and, for staff, of one office.</summary>
public class HomewardUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid? OfficeId { get; set; }
    public bool IsActive { get; set; } = true;
    public string? PreferredCulture { get; set; }
}
