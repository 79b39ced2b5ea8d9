using System.Globalization;

namespace Homeward.Web.Infrastructure.Localization;

/// <summary>The languages Homeward's interface speaks. Adding one is a resources-only change plus a line here.</summary>
public static class Cultures
{
    public const string Default = "en";
    public static readonly string[] Supported = ["en", "fr", "ar"];

    public static string NativeName(string culture) => culture switch
    {
        "fr" => "Français",
        "ar" => "العربية",
        _ => "English",
    };

    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}
