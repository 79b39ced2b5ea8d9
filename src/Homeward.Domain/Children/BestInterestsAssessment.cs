namespace Homeward.Domain.Children;

/// <summary>
/// A Best Interests Assessment of one child: the short (urgent) or comprehensive instrument answered by the assessor,
/// with the child's participation. Repeatable while the case is open; its content is child-protection data.
/// </summary>
public class BestInterestsAssessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public BestInterestsForm Form { get; set; }
    public DateOnly ConductedOn { get; set; }
    public Guid? AssessorId { get; set; }
    public required string AssessorName { get; set; }
    /// <summary>The answered instrument, and the assessment it recorded on the case.</summary>
    public Guid SubmissionId { get; set; }
    public Guid AssessmentRecordId { get; set; }
    public Guid ParticipationId { get; set; }
    /// <summary>The assessor's view of whether return and reintegration are in the child's best interests.</summary>
    public ReturnFinding ReturnFinding { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}

public enum BestInterestsForm
{
    /// <summary>The short form, for urgent cases.</summary>
    Short,
    Comprehensive,
}

/// <summary>The answer to "is return and reintegration in the child's best interests?". Never InBestInterests for a forced return.</summary>
public enum ReturnFinding
{
    InBestInterests,
    NotInBestInterests,
    NotDetermined,
}
