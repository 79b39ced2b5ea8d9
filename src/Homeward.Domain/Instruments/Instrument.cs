namespace Homeward.Domain.Instruments;

/// <summary>
/// A validated assessment instrument: its rows in sheet order, its choice lists, languages and scoring dimensions.
/// Built only by <see cref="InstrumentBuilder"/>, so every instance is free of definition errors.
/// </summary>
public sealed class Instrument
{
    private readonly Dictionary<string, Question> _byName;

    internal Instrument(InstrumentSettings settings, IReadOnlyList<Question> questions,
        IReadOnlyDictionary<string, ChoiceList> choiceLists, IReadOnlyList<string> languages)
    {
        Settings = settings;
        Questions = questions;
        ChoiceLists = choiceLists;
        Languages = languages;
        _byName = questions.ToDictionary(q => q.Name, StringComparer.Ordinal);
        Dimensions = questions.Where(q => q.IsScored).Select(q => q.Dimension!).Distinct(StringComparer.Ordinal).ToList();
        Valued = questions.Where(q => q.TakesAnswer || q.Type == QuestionType.Calculate).ToList();
        Scored = questions.Where(q => q.IsScored).ToList();
    }

    /// <summary>The rows that hold a value: questions that take an answer, and calculates (worked out once, read for every submission).</summary>
    internal IReadOnlyList<Question> Valued { get; }

    /// <summary>The scored questions, in sheet order.</summary>
    internal IReadOnlyList<Question> Scored { get; }

    public InstrumentSettings Settings { get; }

    /// <summary>Every row but the end rows, in sheet order: containers come before what they contain.</summary>
    public IReadOnlyList<Question> Questions { get; }

    public IReadOnlyDictionary<string, ChoiceList> ChoiceLists { get; }

    /// <summary>The languages named by 'label::language' style columns (plus <see cref="LocalizedText.Unnamed"/> when plain columns are used).</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The scoring dimensions, in order of their first question.</summary>
    public IReadOnlyList<string> Dimensions { get; }

    public Question? Find(string name) => _byName.GetValueOrDefault(name);

    public Question this[string name] => _byName[name];
}
