namespace Homeward.Domain.Instruments.Expressions;

/// <summary>
/// An XLSForm expression could not be parsed, names a field the instrument does not have, or failed while running
/// (an invalid regular expression built from an answer). <see cref="Position"/> is the 0-based character offset in
/// the expression text; <see cref="Reference"/> names the unknown field when that is the fault.
/// </summary>
public sealed class ExpressionException(string message, int position, string? reference = null)
    : Exception($"{message} (at position {position})")
{
    public int Position { get; } = position;
    public string? Reference { get; } = reference;
    /// <summary>The message without the position suffix.</summary>
    public string Detail { get; } = message;
}
