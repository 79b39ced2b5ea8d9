using System.Globalization;
using System.Text;

namespace Homeward.Domain.People;

/// <summary>
/// A phonetic key for names written in Latin script from Arabic, West African, Afghan and Latin American
/// naming traditions: "Mohamed", "Muhammad" and "Mouhamed" share the key "MHMT"; "Diallo" and "Dialo" share "TL".
/// Used to find candidate duplicates with an indexed equality lookup; scoring happens afterwards.
/// </summary>
public static class NameKey
{
    private static readonly (string From, string To)[] Digraphs =
    [
        ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "s"),
        ("ck", "k"), ("qu", "k"), ("ou", "u"), ("ee", "i"), ("oo", "u"), ("dj", "j"), ("dz", "j"),
    ];

    public static string For(string? name)
    {
        var letters = Normalise(name);
        if (letters.Length == 0) return "";
        foreach (var (from, to) in Digraphs) letters = letters.Replace(from, to, StringComparison.Ordinal);

        var key = new StringBuilder(letters.Length);
        // A leading vowel is kept as one marker so that "Ousmane" and "Usman" still agree.
        if (IsVowel(letters[0])) key.Append('A');
        foreach (var c in letters)
        {
            var mapped = Map(c);
            if (mapped is null) continue;
            if (key.Length > 0 && key[^1] == mapped) continue;
            key.Append(mapped.Value);
        }
        return key.ToString();
    }

    /// <summary>Lower-case letters only, with diacritics removed: "Ndèye-Fatou" becomes "ndeyefatou".</summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetter(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static char? Map(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' => null,
        'b' or 'p' => 'B',
        'd' or 't' => 'T',
        'c' or 'g' or 'k' or 'q' => 'K',
        's' or 'z' or 'x' => 'S',
        'f' or 'v' => 'F',
        'j' => 'J',
        'h' => 'H',
        'l' => 'L',
        'm' => 'M',
        'n' => 'N',
        'r' => 'R',
        _ => char.IsAsciiLetter(c) ? char.ToUpperInvariant(c) : null,
    };
}
