using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Submissions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Primitives;

namespace Homeward.Web.Features.Instruments;

/// <summary>
/// An instrument as a plain HTML form, without script: the answers as posted, which rows are relevant with them (so a
/// post shows or hides questions), and the messages to show beside fields. Inputs are named "v.{field}" outside repeats
/// and "r.{repeat}.{instance}.{field}" inside; "n.{repeat}" carries a repeat's number of instances.
/// </summary>
public sealed class InstrumentForm
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Dictionary<string, string>>> _repeats = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Field, int? Index), string> _messages = [];
    private readonly ILookup<Question?, Question> _children;

    public InstrumentForm(LoadedInstrument loaded, string? language, DateOnly answeredOn)
    {
        Loaded = loaded;
        Language = language;
        _children = loaded.Instrument.Questions.ToLookup(q => q.Parent);
        Check = SubmissionChecker.Check(loaded.Instrument, Answers, answeredOn, language);
    }

    public LoadedInstrument Loaded { get; }
    public Instrument Instrument => Loaded.Instrument;
    public string? Language { get; }
    public SubmissionCheck Check { get; private set; }

    public IReadOnlyDictionary<(string Field, int? Index), string> Messages => _messages;

    public AnswerSet Answers => new(_values.ToDictionary(v => v.Key, v => (string?)v.Value),
        _repeats.ToDictionary(r => r.Key, r => (IReadOnlyList<IReadOnlyDictionary<string, string?>>)r.Value
            .Select(i => (IReadOnlyDictionary<string, string?>)i.ToDictionary(v => v.Key, v => (string?)v.Value)).ToList()));

    /// <summary>The rows directly inside a container (null: the top level), in sheet order.</summary>
    public IEnumerable<Question> ChildrenOf(Question? container) => _children[container];

    public int InstanceCount(Question repeat) => _repeats.GetValueOrDefault(repeat.Name)?.Count ?? 0;

    public string Text(LocalizedText text) => text.In(Language) ?? "";

    public string InputName(Question q, int? index) => q.Repeat is { } repeat ? $"r.{repeat.Name}.{index}.{q.Name}" : $"v.{q.Name}";

    public string InputId(Question q, int? index) => q.Repeat is { } repeat ? $"q-{repeat.Name}-{index}-{q.Name}" : $"q-{q.Name}";

    public string Value(Question q, int? index) => (q.Repeat is { } repeat
        ? _repeats.GetValueOrDefault(repeat.Name)?.ElementAtOrDefault(index ?? 0)?.GetValueOrDefault(q.Name)
        : _values.GetValueOrDefault(q.Name)) ?? "";

    public bool IsSelected(Question q, int? index, Choice choice) => AnswerNames(Value(q, index)).Contains(choice.Name);

    public bool IsRelevant(Question q, int? index) => Check.IsRelevant(q, index);

    public IReadOnlyList<Choice> Choices(Question q, int? index) => Check.OfferedChoices(q, index);

    public string? MessageFor(Question q, int? index) => _messages.GetValueOrDefault((q.Name, index));

    /// <summary>Whether the answer is always required (shown beside its label); a conditional requirement shows as an error when it applies.</summary>
    public static bool IsAlwaysRequired(Question q) => q.Required?.Text is "true()";

    /// <summary>Reads the answers of a post; selects with several choices become one space-separated answer.</summary>
    public static InstrumentForm FromPost(LoadedInstrument loaded, string? language, DateOnly answeredOn, IFormCollection form)
    {
        var result = new InstrumentForm(loaded, language, answeredOn);
        foreach (var question in loaded.Instrument.Questions.Where(q => q.TakesAnswer && q.Repeat is null))
        {
            if (Joined(form[$"v.{question.Name}"]) is { Length: > 0 } value) result._values[question.Name] = value;
        }
        foreach (var repeat in loaded.Instrument.Questions.Where(q => q.Type == QuestionType.Repeat))
        {
            var count = int.TryParse(form[$"n.{repeat.Name}"], out var n) ? Math.Clamp(n, 0, 100) : 0;
            result._repeats[repeat.Name] = Enumerable.Range(0, count).Select(i => loaded.Instrument.Questions
                .Where(q => q.TakesAnswer && q.Repeat == repeat)
                .Select(q => (q.Name, Value: Joined(form[$"r.{repeat.Name}.{i}.{q.Name}"])))
                .Where(a => a.Value.Length > 0)
                .ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal)).ToList();
        }
        result.Recheck(answeredOn);
        return result;
    }

    public void AddInstance(string repeat)
    {
        if (_repeats.TryGetValue(repeat, out var instances) && instances.Count < 100) instances.Add([]);
    }

    public void RemoveInstance(string repeat, int index)
    {
        if (_repeats.TryGetValue(repeat, out var instances) && index >= 0 && index < instances.Count) instances.RemoveAt(index);
    }

    /// <summary>Checks the answers again, after instances were added or removed.</summary>
    public void Recheck(DateOnly answeredOn) => Check = SubmissionChecker.Check(Instrument, Answers, answeredOn, Language);

    /// <summary>The messages of a check beside their fields, in the user's language; without 'required' ones when only checking.</summary>
    public void ShowErrors(SubmissionCheck check, IStringLocalizer localizer, bool includeRequired)
    {
        _messages.Clear();
        foreach (var error in check.Errors.Where(e => includeRequired || e.Code != FieldErrorCodes.Required))
        {
            var question = Instrument.Find(error.Field);
            _messages.TryAdd((error.Field, error.RepeatIndex), question is null ? error.Message : MessageOf(question, error, localizer));
        }
    }

    /// <summary>A message beside a question from a rule outside the instrument (a field of the form outside any repeat).</summary>
    public void ShowMessage(string field, string message) => _messages[(field, null)] = message;

    private string MessageOf(Question question, FieldError error, IStringLocalizer L) => error.Code switch
    {
        FieldErrorCodes.Required => question.RequiredMessage.In(Language) ?? L["An answer is required."].Value,
        FieldErrorCodes.Constraint => question.ConstraintMessage.In(Language) ?? L["This answer is not allowed."].Value,
        FieldErrorCodes.InvalidInteger => L["Enter a whole number."].Value,
        FieldErrorCodes.InvalidDecimal => L["Enter a number."].Value,
        FieldErrorCodes.InvalidDate => L["Enter a date."].Value,
        FieldErrorCodes.InvalidChoice or FieldErrorCodes.FilteredChoice => L["Choose one of the answers offered."].Value,
        _ => L["This answer could not be checked."].Value,
    };

    private static string Joined(StringValues values) =>
        string.Join(' ', values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));

    private static string[] AnswerNames(string answer) => answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
