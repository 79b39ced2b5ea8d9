namespace Homeward.Domain.Instruments;

/// <summary>A fault in an instrument's definition, at a row and column of one of its sheets.</summary>
public sealed record DefinitionError(string Sheet, int Row, string Column, string Code, string Message)
{
    public override string ToString() => $"{Sheet} row {Row}, column {Column}: {Message}";
}

/// <summary>The codes of <see cref="DefinitionError"/>, stable for translation and tests.</summary>
public static class DefinitionErrorCodes
{
    public const string UnknownType = "unknown_type";
    public const string MissingType = "missing_type";
    public const string MissingName = "missing_name";
    public const string InvalidName = "invalid_name";
    public const string DuplicateName = "duplicate_name";
    public const string MissingChoiceList = "missing_choice_list";
    public const string DuplicateChoice = "duplicate_choice";
    public const string UnbalancedGroup = "unbalanced_group";
    public const string UnbalancedRepeat = "unbalanced_repeat";
    public const string NestedRepeat = "nested_repeat";
    public const string MissingCalculation = "missing_calculation";
    public const string UnexpectedColumn = "unexpected_column";
    public const string InvalidExpression = "invalid_expression";
    public const string UnknownReference = "unknown_reference";
    public const string DependencyCycle = "dependency_cycle";
    public const string InvalidNumber = "invalid_number";
    public const string ScoreOutOfRange = "score_out_of_range";
    public const string NegativeWeight = "negative_weight";
    public const string MissingWeight = "missing_weight";
    public const string MissingDimension = "missing_dimension";
    public const string UnscorableType = "unscorable_type";
    public const string UnscoredChoiceList = "unscored_choice_list";
    public const string ScoredInRepeat = "scored_in_repeat";
}
