namespace Homeward.Domain.Instruments.Submissions;

/// <summary>
/// The answers of one submission, as given: choice names for selects (space-separated for select_multiple), ISO
/// dates (yyyy-mm-dd), numbers written with '.'. <see cref="Values"/> holds the fields outside any repeat;
/// <see cref="Repeats"/> holds, per repeat name, one dictionary of answers per instance, in order.
/// </summary>
public sealed class AnswerSet(
    IReadOnlyDictionary<string, string?> values,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>? repeats = null)
{
    public static readonly AnswerSet Empty = new(new Dictionary<string, string?>());

    public IReadOnlyDictionary<string, string?> Values { get; } = values;

    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> Repeats { get; } =
        repeats ?? new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>();
}
