using System.Globalization;

namespace Homeward.Domain.Instruments;

/// <summary>Reading typed values out of worksheet cells.</summary>
internal static class Cells
{
    /// <summary>The column and its '::language' variants of a row as one text; records each language met.</summary>
    public static LocalizedText Localized(SheetRow row, string column, string? defaultLanguage, ISet<string> languages)
    {
        var byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in row.Columns)
        {
            var language = LanguageOf(header, column);
            if (language is null || row[header].Length == 0) continue;
            byLanguage[language] = row[header];
            languages.Add(language);
        }
        return byLanguage.Count == 0 ? LocalizedText.None : new LocalizedText(byLanguage, defaultLanguage);
    }

    /// <summary>"label" → "default", "label::French (fr)" → "French (fr)", any other header → null.</summary>
    public static string? LanguageOf(string header, string column)
    {
        if (header.Equals(column, StringComparison.OrdinalIgnoreCase)) return LocalizedText.Unnamed;
        var prefix = column + "::";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }

    public static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
