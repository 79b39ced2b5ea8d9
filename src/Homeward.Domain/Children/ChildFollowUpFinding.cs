namespace Homeward.Domain.Children;

/// <summary>What a follow-up found for one child: whether they are in school, and how they are doing (sensitive).</summary>
public class ChildFollowUpFinding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly SeenOn { get; set; }
    public bool? InSchool { get; set; }
    public string? Findings { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}
