namespace Homeward.Domain.DataProtection;

/// <summary>
/// A legal hold placed by the data protection officer on a person or one case (an investigation, a court order, a claim):
/// while it runs, neither erasure on request nor the retention policy anonymises what it covers.
/// </summary>
public class LegalHold
{
    public const int MaxReason = 1000, MinReason = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The person held (then <see cref="CaseId"/> is null), or the principal returnee of the case held.</summary>
    public Guid PersonId { get; set; }
    /// <summary>The one case held, or null when the hold covers the person and all their cases.</summary>
    public Guid? CaseId { get; set; }
    public required string Reason { get; set; }
    public Guid? PlacedById { get; set; }
    public required string PlacedByName { get; set; }
    public DateTime PlacedAt { get; set; }
    public DateTime? LiftedAt { get; set; }
    public Guid? LiftedById { get; set; }
    public string? LiftedByName { get; set; }

    public bool IsActive => LiftedAt is null;
}
