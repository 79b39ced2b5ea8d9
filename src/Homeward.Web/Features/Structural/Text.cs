namespace Homeward.Web.Features.Structural;

/// <summary>Free text as stored: trimmed, and null when empty.</summary>
internal static class Text
{
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
