namespace Homeward.Domain.Children;

/// <summary>A child registered as unaccompanied or separated, with the responsible adult or appointed guardian.</summary>
public class SeparatedChild
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public SeparationStatus Status { get; set; }
    public required string GuardianName { get; set; }
    /// <summary>The guardian's relationship to the child, or their role ("appointed guardian, social worker").</summary>
    public required string GuardianRelationship { get; set; }
    public string? GuardianContact { get; set; }
    public DateOnly? GuardianAppointedOn { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}

public enum SeparationStatus
{
    /// <summary>Separated from both parents and other relatives, with no adult responsible by law or custom.</summary>
    Unaccompanied,
    /// <summary>Separated from both parents or the previous primary caregiver, possibly with other relatives.</summary>
    Separated,
}
