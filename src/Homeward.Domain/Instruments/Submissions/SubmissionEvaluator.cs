using Homeward.Domain.Instruments.Expressions;

namespace Homeward.Domain.Instruments.Submissions;

/// <summary>
/// Works out, for one submission, which rows are relevant and what value each has: a calculate's computed value,
/// a question's answer, or '' when the row (or a container around it) is not relevant. Values are computed on
/// demand and remembered, so calculates run in dependency order whatever their order in the sheet; the instrument
/// is free of dependency cycles (<see cref="InstrumentBuilder"/> refuses them). Expressions that fail on these
/// answers are recorded in <see cref="Errors"/>, never thrown; a relevant that fails counts as relevant, so
/// required answers stay required.
/// Instances: -1 for a row outside repeats, else the 0-based instance of its repeat.
/// </summary>
internal sealed class SubmissionEvaluator(Instrument instrument, AnswerSet answers, DateOnly today)
{
    private readonly Dictionary<(Question, int), bool> _relevance = [];
    private readonly Dictionary<(Question, int), string> _values = [];
    private readonly HashSet<(Question, int)> _computing = [];
    private readonly List<FieldError> _errors = [];

    public Instrument Instrument { get; } = instrument;

    /// <summary>What today() gives.</summary>
    public DateOnly Today { get; } = today;

    public IReadOnlyList<FieldError> Errors => _errors;

    public static int ScopeOf(Question question, int instance) => question.Repeat is null ? -1 : instance;

    /// <summary>The instances given for a repeat, whether or not it is relevant.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> GivenInstances(Question repeat) =>
        answers.Repeats.GetValueOrDefault(repeat.Name) ?? [];

    /// <summary>The instances that count: none when the repeat is not relevant.</summary>
    public int InstanceCount(Question repeat) => IsRelevant(repeat, -1) ? GivenInstances(repeat).Count : 0;

    /// <summary>The answer as given (trimmed), relevant or not.</summary>
    public string Raw(Question question, int instance)
    {
        var source = question.Repeat is null
            ? answers.Values
            : instance < GivenInstances(question.Repeat).Count ? GivenInstances(question.Repeat)[instance] : null;
        return source?.GetValueOrDefault(question.Name)?.Trim() ?? "";
    }

    /// <summary>Relevant when its own relevant holds and every container around it is relevant.</summary>
    public bool IsRelevant(Question question, int instance)
    {
        var key = (question, ScopeOf(question, instance));
        if (_relevance.TryGetValue(key, out var known)) return known;
        Enter(key);
        var relevant = (question.Parent is null || IsRelevant(question.Parent, instance))
            && (question.Relevant is null || (Evaluate(question.Relevant, question, instance, "relevant")?.AsBoolean() ?? true));
        _computing.Remove(key);
        return _relevance[key] = relevant;
    }

    public string Value(Question question, int instance)
    {
        var key = (question, ScopeOf(question, instance));
        if (_values.TryGetValue(key, out var known)) return known;
        if (!IsRelevant(question, instance)) return _values[key] = "";
        Enter(key);
        var value = question.Type switch
        {
            QuestionType.Calculate => Stored(Evaluate(question.Calculation!, question, instance, "calculation")),
            _ when question.TakesAnswer => Raw(question, instance),
            _ => "",
        };
        _computing.Remove(key);
        return _values[key] = value;
    }

    /// <summary>Runs one of the row's expressions on these answers; null (and an error recorded) when it cannot run.</summary>
    public XValue? Evaluate(XExpression expression, Question question, int instance, string column, Choice? choice = null)
    {
        try
        {
            return expression.Evaluate(new Scope(this, question, instance, choice), Today);
        }
        catch (ExpressionException ex)
        {
            _errors.Add(new FieldError(question.Name, question.Repeat is null ? null : instance, FieldErrorCodes.ExpressionFailed,
                $"The {column} of '{question.Name}' could not be computed: {ex.Message}"));
            return null;
        }
    }

    /// <summary>A calculate's result as stored: NaN (a sum over an empty answer, say) is stored as no value.</summary>
    private static string Stored(XValue? result) =>
        result is null || (result.Kind == XValueKind.Number && double.IsNaN(result.AsNumber())) ? "" : result.AsString();

    private void Enter((Question, int) key)
    {
        if (!_computing.Add(key))
            throw new InvalidOperationException($"'{key.Item1.Name}' depends on itself; the instrument should have been refused");
    }

    /// <summary>What the expressions of one row, in one repeat instance, read.</summary>
    private sealed class Scope(SubmissionEvaluator evaluator, Question question, int instance, Choice? choice) : IAnswerContext
    {
        public string CurrentValue => evaluator.Raw(question, instance);

        public IReadOnlyList<string> GetValues(string field)
        {
            var target = evaluator.Instrument[field];
            if (target.Type == QuestionType.Repeat) return Enumerable.Repeat("", evaluator.InstanceCount(target)).ToList();
            if (target.Repeat is null) return [evaluator.Value(target, -1)];
            if (target.Repeat == question.Repeat) return [evaluator.Value(target, instance)];
            return Enumerable.Range(0, evaluator.InstanceCount(target.Repeat)).Select(i => evaluator.Value(target, i)).ToList();
        }

        public string? GetChoiceColumn(string column) => choice?.Columns.GetValueOrDefault(column, "");
    }
}
