namespace Homeward.Domain.Cases;

/// <summary>One assignment or transfer of a case between case managers or offices: the history supervisors see.</summary>
public class CaseAssignment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
    public Guid? FromCaseManagerId { get; set; }
    public Guid? ToCaseManagerId { get; set; }
    public Guid FromOfficeId { get; set; }
    public Guid ToOfficeId { get; set; }
    public required string Reason { get; set; }
    public required string By { get; set; }
}
