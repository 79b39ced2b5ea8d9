namespace Homeward.Domain.Instruments.Submissions;

/// <summary>
/// The outcome of checking a submission: every refused answer, and the answers as the instrument takes them
/// (<see cref="Values"/>: relevant answers and computed calculates; answers to irrelevant rows left out).
/// A form shown again after a post asks it which rows are relevant and which choices a filter offers.
/// </summary>
public sealed class SubmissionCheck(IReadOnlyList<FieldError> errors, AnswerSet values)
{
    private readonly SubmissionEvaluator? _evaluator;

    internal SubmissionCheck(IReadOnlyList<FieldError> errors, AnswerSet values, SubmissionEvaluator evaluator) : this(errors, values) =>
        _evaluator = evaluator;

    /// <summary>What the check worked out (relevance, calculates), for scoring the same answers without working it out again.</summary>
    internal SubmissionEvaluator? Evaluator => _evaluator;

    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public bool IsValid => Errors.Count == 0;

    public AnswerSet Values { get; } = values;

    public IReadOnlyDictionary<string, IReadOnlyList<FieldError>> ErrorsByField { get; } = errors
        .GroupBy(e => e.Field, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<FieldError>)g.ToList(), StringComparer.Ordinal);

    public IReadOnlyList<FieldError> ErrorsFor(string field) => ErrorsByField.GetValueOrDefault(field) ?? [];

    /// <summary>
    /// Whether the row (a question, note, group or repeat) is relevant with these answers, its containers included.
    /// <paramref name="repeatIndex"/> is the instance of its repeat (ignored outside repeats); an instance beyond
    /// those given is judged as if it were empty.
    /// </summary>
    public bool IsRelevant(Question question, int? repeatIndex = null) =>
        _evaluator?.IsRelevant(question, question.Repeat is null ? -1 : repeatIndex ?? 0) ?? true;

    /// <summary>The choices of a select that its choice_filter offers with these answers (all of them without a filter,
    /// or when the filter cannot run on a choice).</summary>
    public IReadOnlyList<Choice> OfferedChoices(Question question, int? repeatIndex = null)
    {
        if (question.Choices is not { } list) return [];
        if (question.ChoiceFilter is not { } filter || _evaluator is null) return list.Choices;
        var instance = question.Repeat is null ? -1 : repeatIndex ?? 0;
        return list.Choices.Where(c => _evaluator.Evaluate(filter, question, instance, "choice_filter", c)?.AsBoolean() != false).ToList();
    }
}
