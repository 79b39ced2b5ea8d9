namespace Homeward.Domain.Cases;

/// <summary>A counselling session with the returnee. Notes are sensitive.</summary>
public class CounsellingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Attendees { get; set; }
    public string? Interpreter { get; set; }
    public string? Notes { get; set; }
    /// <summary>The returnee's own goals and motivations identified in the session.</summary>
    public string? GoalsAndMotivations { get; set; }
    public required string RecordedBy { get; set; }
}
