namespace Homeward.Domain.Structural;

public enum PolicyWorkKind { Review, Development, Mainstreaming }

public enum PolicyWorkStatus { Planned, InProgress, Submitted, Adopted, Stalled }

/// <summary>Work on a policy framework: reviewing or developing it, or mainstreaming reintegration into it.</summary>
public class PolicyWork
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Framework { get; set; }
    public PolicyWorkKind Kind { get; set; }
    public StakeholderLevel Level { get; set; }
    public PolicyWorkStatus Status { get; set; } = PolicyWorkStatus.Planned;
    public string? Lead { get; set; }
    public string? Notes { get; set; }
    public DateOnly? StatusOn { get; set; }
}
