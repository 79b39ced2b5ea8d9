using Homeward.Domain.Instruments.Expressions;

namespace Homeward.Domain.Tests.Instruments;

/// <summary>Answers for expression tests: each field's answers (several for a repeat), the current answer and choice columns.</summary>
internal sealed class FakeAnswers : IAnswerContext
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values = [];
    private Dictionary<string, string>? _choice;

    public string CurrentValue { get; set; } = "";

    public FakeAnswers With(string field, params string[] values)
    {
        _values[field] = values;
        return this;
    }

    public FakeAnswers Current(string value)
    {
        CurrentValue = value;
        return this;
    }

    public FakeAnswers Choice(params (string Column, string Value)[] columns)
    {
        _choice = columns.ToDictionary(c => c.Column, c => c.Value);
        return this;
    }

    public IReadOnlyList<string> GetValues(string field) => _values.TryGetValue(field, out var values) ? values : [""];

    public string? GetChoiceColumn(string column) => _choice?.GetValueOrDefault(column);
}

internal static class ExpressionTesting
{
    public static readonly DateOnly Today = new(2024, 3, 15);

    public static XValue Eval(string expression, FakeAnswers? answers = null) =>
        XExpression.Parse(expression).Evaluate(answers ?? new FakeAnswers(), Today);

    public static string Text(string expression, FakeAnswers? answers = null) => Eval(expression, answers).AsString();

    public static double Number(string expression, FakeAnswers? answers = null) => Eval(expression, answers).AsNumber();

    public static bool Truth(string expression, FakeAnswers? answers = null) => Eval(expression, answers).AsBoolean();
}
