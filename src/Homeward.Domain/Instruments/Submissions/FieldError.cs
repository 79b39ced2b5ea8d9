namespace Homeward.Domain.Instruments.Submissions;

/// <summary>
/// Why one answer was refused. <see cref="RepeatIndex"/> is the 0-based instance of the field's repeat, null
/// outside repeats. <see cref="Message"/> is the instrument's own message (constraint_message, required_message)
/// in the language asked for when it has one, else an English sentence; <see cref="Code"/> lets the interface
/// show its own translation.
/// </summary>
public sealed record FieldError(string Field, int? RepeatIndex, string Code, string Message);

/// <summary>The codes of <see cref="FieldError"/>.</summary>
public static class FieldErrorCodes
{
    public const string UnknownField = "unknown_field";
    public const string Required = "required";
    public const string Constraint = "constraint";
    public const string InvalidInteger = "invalid_integer";
    public const string InvalidDecimal = "invalid_decimal";
    public const string InvalidDate = "invalid_date";
    public const string InvalidChoice = "invalid_choice";
    /// <summary>The choice exists but the question's choice_filter does not offer it for these answers.</summary>
    public const string FilteredChoice = "filtered_choice";
    /// <summary>An expression of the instrument could not run on these answers (a regular expression built from an answer).</summary>
    public const string ExpressionFailed = "expression_failed";
}
