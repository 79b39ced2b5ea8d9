namespace Homeward.Domain.Assessments;

/// <summary>An assessment carried out on a case: what kind, when, by whom, and what it found.</summary>
public class AssessmentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid? PersonId { get; set; }
    public AssessmentKind Kind { get; set; }
    public DateOnly ConductedOn { get; set; }
    public required string ConductedBy { get; set; }
    public string? Findings { get; set; }
    /// <summary>Set when the assessment flags a potential vulnerability.</summary>
    public bool VulnerabilityFlagged { get; set; }
}
