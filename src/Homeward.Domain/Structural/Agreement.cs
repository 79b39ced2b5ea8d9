namespace Homeward.Domain.Structural;

public enum AgreementKind { MemorandumOfUnderstanding, LongTermAgreement, DataSharingAgreement, Other }

/// <summary>An agreement with a stakeholder, and what data it lets them enter and view.</summary>
public class Agreement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StakeholderId { get; set; }
    public AgreementKind Kind { get; set; }
    public required string Title { get; set; }
    public DateOnly SignedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? DataAccess { get; set; }
}
