namespace Homeward.Domain.Instruments.Stored;

/// <summary>
/// One completed instrument on a case: the answers as the instrument took them (relevant answers and calculates,
/// kept raw so that scores can be computed again), the version answered, when and by whom. Recorded on the case
/// as an <see cref="Assessments.AssessmentRecord"/> too.
/// </summary>
public class InstrumentSubmission
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>The household member assessed.</summary>
    public Guid? PersonId { get; set; }
    /// <summary>The version of the instrument answered.</summary>
    public Guid InstrumentId { get; set; }
    public Guid AssessmentRecordId { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public DateTime SubmittedAt { get; set; } = DateTime.UtcNow;
    public Guid? AssessorId { get; set; }
    public required string AssessorName { get; set; }
    /// <summary>{ "values": { field: answer }, "repeats": { repeat: [ { field: answer } ] } }.</summary>
    public required string AnswersJson { get; set; }
}
