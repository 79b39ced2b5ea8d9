using Homeward.Domain.Plans;

namespace Homeward.Domain.Children;

/// <summary>An activity of the family plan for one child: education continuity, health, psychosocial support, documents.</summary>
public class ChildActivity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public ChildActivityArea Area { get; set; }
    public required string Description { get; set; }
    public string? ResponsibleParty { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>What a child's own activity is about.</summary>
public enum ChildActivityArea
{
    EducationContinuity,
    Health,
    Psychosocial,
    BirthRegistrationAndDocuments,
}
