namespace Homeward.Domain.Instruments.Submissions;

/// <summary>
/// The outcome of checking a submission: every refused answer, and the answers as the instrument takes them
/// (<see cref="Values"/>: relevant answers and computed calculates; answers to irrelevant rows left out).
/// </summary>
public sealed class SubmissionCheck(IReadOnlyList<FieldError> errors, AnswerSet values)
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public bool IsValid => Errors.Count == 0;

    public AnswerSet Values { get; } = values;

    public IReadOnlyDictionary<string, IReadOnlyList<FieldError>> ErrorsByField { get; } = errors
        .GroupBy(e => e.Field, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<FieldError>)g.ToList(), StringComparer.Ordinal);

    public IReadOnlyList<FieldError> ErrorsFor(string field) => ErrorsByField.GetValueOrDefault(field) ?? [];
}
