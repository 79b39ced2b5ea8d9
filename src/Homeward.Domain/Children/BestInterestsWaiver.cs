namespace Homeward.Domain.Children;

/// <summary>A supervisor's record of why a family plan may be agreed before this child has a best-interests assessment.</summary>
public class BestInterestsWaiver
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public required string Reason { get; set; }
    public Guid? RecordedById { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}
