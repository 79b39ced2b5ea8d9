namespace Homeward.Domain.Instruments.Expressions;

/// <summary>The answers an expression reads.</summary>
public interface IAnswerContext
{
    /// <summary>The answer '.' stands for: the answer of the question being checked ('' when unanswered).</summary>
    string CurrentValue { get; }

    /// <summary>
    /// The answers ${field} stands for ('' for an unanswered field): one answer for a field outside any repeat, or for
    /// a field of the same repeat instance as the question being evaluated; one per instance for a field of a repeat
    /// read from outside it; one (empty) per instance for a repeat itself, so that count() counts its instances.
    /// </summary>
    IReadOnlyList<string> GetValues(string field);

    /// <summary>In a choice_filter, the value of a column of the choice being filtered; null elsewhere or for a column the choice lacks.</summary>
    string? GetChoiceColumn(string column) => null;
}
