namespace Homeward.Web.Features.Registration;

/// <summary>
/// What is recorded about a returnee or a household member. Enum-valued fields arrive as text so that an
/// unknown value is answered with the field named, not as malformed JSON. Mutable, so forms can bind to it.
/// </summary>
public class PersonDetails
{
    public string? GivenName { get; set; }
    public string? FamilyName { get; set; }
    /// <summary>Other spellings and aliases, separated by semicolons.</summary>
    public string? OtherNames { get; set; }
    /// <summary>Female, Male, Other or Unknown (the default).</summary>
    public string? Sex { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public bool DateOfBirthEstimated { get; set; }
    public string? Nationality { get; set; }
    public string? Languages { get; set; }
    public string? Disability { get; set; }
    public string? Phone { get; set; }
    public string? DocumentType { get; set; }
    public string? DocumentNumber { get; set; }
}

/// <summary>A household member registered with the principal returnee.</summary>
public class HouseholdMemberDetails : PersonDetails
{
    /// <summary>Spouse, Child, Parent, Sibling, OtherRelative or Other.</summary>
    public string? Relationship { get; set; }
}

/// <summary>A person added on their own, optionally into an existing household.</summary>
public sealed class CreatePersonRequest : HouseholdMemberDetails
{
    public Guid? HouseholdId { get; set; }
}

/// <summary>Consent to one purpose, recorded at registration or later.</summary>
public sealed class ConsentDetails
{
    /// <summary>CaseManagement, ReferralToPartners, SharingWithOtherCountryOffice or AnonymisedStatistics.</summary>
    public string? Purpose { get; set; }
    /// <summary>Defaults to today.</summary>
    public DateOnly? GivenOn { get; set; }
    /// <summary>How consent was obtained: Written, Verbal, Thumbprint…</summary>
    public string? Method { get; set; }
    /// <summary>Defaults to the signed-in user.</summary>
    public string? ObtainedBy { get; set; }
    public bool InterpreterUsed { get; set; }
}

/// <summary>A returnee's registration: the person, their household, their return and their consents, saved together.</summary>
public sealed class RegisterCaseRequest
{
    public PersonDetails? Principal { get; set; }
    public List<HouseholdMemberDetails> HouseholdMembers { get; set; } = [];
    public string? HostCountry { get; set; }
    public DateOnly? ReturnDate { get; set; }
    /// <summary>VoluntaryAssisted, Spontaneous or Forced.</summary>
    public string? ReturnType { get; set; }
    public Guid? ReturnLocationId { get; set; }
    public string? MigrationHistory { get; set; }
    public List<ConsentDetails> Consents { get; set; } = [];
    /// <summary>Register the case for this existing person (found as a likely duplicate) instead of creating one.</summary>
    public Guid? LinkToPersonId { get; set; }
    /// <summary>Why the returnee is a different person from the likely duplicates found.</summary>
    public string? DuplicateOverrideReason { get; set; }
}
