namespace Homeward.Domain.Children;

/// <summary>
/// A tracing request for one family member of a separated child: what is known of them, the actions taken and their
/// outcomes, the verification of the relationship, whether reunification is appropriate, and the reunification itself
/// with travel supervision and reception on arrival.
/// </summary>
public class FamilyTracing
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public required string SoughtGivenName { get; set; }
    public required string SoughtFamilyName { get; set; }
    public int? SoughtBirthYear { get; set; }
    public required string SoughtRelationship { get; set; }
    public string? KnownPlaces { get; set; }
    public string? LastContact { get; set; }
    public DateOnly OpenedOn { get; set; }
    /// <summary>The person in Homeward's records picked as the family member sought, with the match score when picked.</summary>
    public Guid? MatchedPersonId { get; set; }
    public string? MatchedName { get; set; }
    public double? MatchScore { get; set; }
    public bool? RelationshipVerified { get; set; }
    public string? VerificationNote { get; set; }
    public bool? ReunificationAppropriate { get; set; }
    public string? AssessmentNote { get; set; }
    public DateOnly? ReunifiedOn { get; set; }
    public string? ReunificationPlace { get; set; }
    public string? PresentAtReunification { get; set; }
    public string? TravelSupervision { get; set; }
    public string? ReceptionOnArrival { get; set; }
    public required string OpenedBy { get; set; }
    public List<TracingAction> Actions { get; set; } = [];
}

/// <summary>Where a tracing request stands, shown to everyone who may see the case; the content needs the child-protection permission.</summary>
public enum TracingStatus
{
    Open,
    RelationshipVerified,
    RelationshipNotVerified,
    ReunificationNotAppropriate,
    Reunified,
}

/// <summary>A step taken to trace the family member, and what came of it.</summary>
public class TracingAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TracingId { get; set; }
    public DateOnly TakenOn { get; set; }
    public required string Action { get; set; }
    public string? Outcome { get; set; }
    public required string By { get; set; }
}
