namespace Homeward.Domain.Structural;

public enum CapacityActivityKind { Training, TechnicalSupport, Equipment }

/// <summary>Capacity strengthening of partners: who took part, from which institutions, and its follow-up.</summary>
public class CapacityActivity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public CapacityActivityKind Kind { get; set; }
    public DateOnly HeldOn { get; set; }
    /// <summary>The institutions strengthened, from the stakeholder register.</summary>
    public List<Guid> StakeholderIds { get; set; } = [];
    public int Participants { get; set; }
    public string? ParticipantDetails { get; set; }
    public DateOnly? FollowUpDueOn { get; set; }
    public DateOnly? FollowUpDoneOn { get; set; }
    public string? FollowUpFindings { get; set; }
}
