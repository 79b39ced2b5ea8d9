namespace Homeward.Domain;

/// <summary>
/// A domain rule refused an action. <see cref="Field"/> names the input at fault, when there is one;
/// <see cref="IsConflict"/> marks a refusal because of the record's current state (an illegal transition)
/// rather than because of what was asked (a missing reason).
/// </summary>
public sealed class DomainRuleException(string code, string message, string? field = null, bool isConflict = false) : Exception(message)
{
    public string Code { get; } = code;
    public string? Field { get; } = field;
    public bool IsConflict { get; } = isConflict;
}
