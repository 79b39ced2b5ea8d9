namespace Homeward.Domain.Consent;

/// <summary>A person's informed consent for one purpose: when, how, by whom it was obtained, and its withdrawal.</summary>
public class ConsentRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public DateOnly GivenOn { get; set; }
    /// <summary>How consent was obtained: written, verbal, thumbprint…</summary>
    public required string Method { get; set; }
    public required string ObtainedBy { get; set; }
    public bool InterpreterUsed { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    public bool IsActive => WithdrawnAt is null;
}
