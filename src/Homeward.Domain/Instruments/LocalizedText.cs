namespace Homeward.Domain.Instruments;

/// <summary>
/// A text in the instrument's languages: 'label::French' is stored under "French", a plain 'label' under
/// <see cref="Unnamed"/>. Reading it falls back from the language asked for to the instrument's default language,
/// then to the unnamed column, then to any language that has it.
/// </summary>
public sealed class LocalizedText
{
    /// <summary>The language key of a column without '::language' (pyxform calls it "default").</summary>
    public const string Unnamed = "default";

    public static readonly LocalizedText None = new(new Dictionary<string, string>(), null);

    private readonly string? _defaultLanguage;

    public LocalizedText(IReadOnlyDictionary<string, string> byLanguage, string? defaultLanguage)
    {
        ByLanguage = byLanguage;
        _defaultLanguage = defaultLanguage;
    }

    public IReadOnlyDictionary<string, string> ByLanguage { get; }

    public bool IsEmpty => ByLanguage.Count == 0;

    /// <summary>The text in the language asked for, or its fallback; null when there is no text in any language.</summary>
    public string? In(string? language)
    {
        foreach (var candidate in new[] { language, _defaultLanguage, Unnamed })
        {
            if (candidate is not null && ByLanguage.TryGetValue(candidate, out var text)) return text;
        }
        return ByLanguage.Values.FirstOrDefault();
    }

    public override string ToString() => In(null) ?? "";
}
