using System.Globalization;

namespace Homeward.Web.Features.Plans;

/// <summary>The page element id for a field named as the API names it: "budgetLines[0].estimatedCost" is "budgetLines-0-estimatedCost".</summary>
public static class FieldIds
{
    public static string For(string field) => field.Replace("[", "-").Replace("]", "").Replace('.', '-');

    /// <summary>Where an error summary links for a field; null for errors about the whole record, which have no field on the page.</summary>
    public static string? Anchor(string field) => field is "request" or "stage" or "plan" or "lineId" ? null : For(field);

    public static string? Error(IReadOnlyDictionary<string, string[]> errors, string field) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
