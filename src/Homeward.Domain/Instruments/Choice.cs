namespace Homeward.Domain.Instruments;

/// <summary>
/// One answer of a choice list. <see cref="Score"/> is its normalised value in 0..1 for scoring, or null when the
/// choice is not scored ("don't know", "refused"). <see cref="Columns"/> holds every non-label cell of its row
/// (name, list_name, score and any extra column a choice_filter may read).
/// </summary>
public sealed record Choice(string Name, LocalizedText Label, double? Score, IReadOnlyDictionary<string, string> Columns, int Row);

public sealed class ChoiceList(string name, IReadOnlyList<Choice> choices)
{
    private readonly Dictionary<string, Choice> _byName = choices.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public string Name { get; } = name;
    public IReadOnlyList<Choice> Choices { get; } = choices;

    /// <summary>Whether any choice carries a score, which makes a question using the list scorable.</summary>
    public bool IsScored => Choices.Any(c => c.Score is not null);

    public Choice? Find(string choiceName) => _byName.GetValueOrDefault(choiceName);
}
