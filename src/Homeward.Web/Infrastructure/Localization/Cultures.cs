using System.Globalization;

namespace Homeward.Web.Infrastructure.Localization;

/// <summary>
/// The languages Homeward's interface speaks: English (the neutral resources) and every language that has a
/// translation of the interface strings (Resources/SharedResource.{culture}.resx, compiled into a satellite assembly).
/// Adding a language is a resources-only change.
/// </summary>
public static class Cultures
{
    public const string Default = "en";

    public static IReadOnlyList<string> Supported { get; } = Discover();

    /// <summary>The language's name in itself, as a reader of that language looks for it: "Français", "العربية".</summary>
    public static string NativeName(string culture)
    {
        var info = CultureInfo.GetCultureInfo(culture);
        var name = info.NativeName;
        return name.Length == 0 ? culture : info.TextInfo.ToUpper(name[0]) + name[1..];
    }

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;

    /// <summary>The default language first, then each culture folder holding a translation of the interface.</summary>
    private static string[] Discover()
    {
        var assembly = typeof(SharedResource).Assembly;
        var folder = Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory;
        var satellite = $"{assembly.GetName().Name}.resources.dll";
        var translated = Directory.EnumerateDirectories(folder)
            .Where(dir => File.Exists(Path.Combine(dir, satellite)))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name != Default && IsCulture(name))
            .Order(StringComparer.Ordinal);
        return [Default, .. translated];
    }

    private static bool IsCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
