namespace Homeward.Domain.Cases;

/// <summary>One entry of a case's timeline: what happened, who did it, when.</summary>
public class CaseEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
    public Guid? ActorId { get; set; }
    public string? ActorName { get; set; }
    public CaseEventKind Kind { get; set; }
    public required string Summary { get; set; }
}
