using System.Globalization;
using Homeward.Domain.Instruments;

namespace Homeward.Web.Features.Instruments;

/// <summary>
/// Which of an instrument's languages ('label::French', 'label::Arabic (ar)', 'label::fr'...) speaks the user's
/// interface language: matched by English name, native name or language code. Null when none does, and texts then
/// fall back to the instrument's default language.
/// </summary>
public static class InstrumentLanguage
{
    public static string? For(Instrument instrument, CultureInfo culture)
    {
        var neutral = culture.IsNeutralCulture || culture.Parent == CultureInfo.InvariantCulture ? culture : culture.Parent;
        var code = neutral.TwoLetterISOLanguageName;
        string[] names = [code, neutral.EnglishName, neutral.NativeName, $"{neutral.EnglishName} ({code})", $"{neutral.NativeName} ({code})"];
        return instrument.Languages.FirstOrDefault(language =>
            names.Any(n => string.Equals(language.Trim(), n, StringComparison.OrdinalIgnoreCase))
            || language.TrimEnd().EndsWith($"({code})", StringComparison.OrdinalIgnoreCase));
    }

    public static string? ForCurrentCulture(Instrument instrument) => For(instrument, CultureInfo.CurrentUICulture);
}
