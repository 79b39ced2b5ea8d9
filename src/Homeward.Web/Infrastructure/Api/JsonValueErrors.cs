using System.Text.Json;
using System.Text.RegularExpressions;

namespace Homeward.Web.Infrastructure.Api;

/// <summary>
/// Says what a JSON value should have been when it could not be read: for a list of options (an enum), the options
/// themselves, so that "stage": "Planing" is answered with the stages Homeward knows rather than "wrong format".
/// </summary>
public static partial class JsonValueErrors
{
    public const string General = "This value has the wrong type or format (a number, a date yyyy-mm-dd or one of the listed options was expected).";

    public static string Describe(JsonException ex) => Choices(ex) ?? General;

    /// <summary>"Choose one of: A, B, C." when the value was meant to be one of a list of options, else null.</summary>
    public static string? Choices(JsonException ex) =>
        OptionsOf(ex) is { } options ? $"Choose one of: {string.Join(", ", options)}." : null;

    /// <summary>The names the API accepts for the enum the value was meant to be, or null when it was not an enum.</summary>
    private static IReadOnlyList<string>? OptionsOf(JsonException ex)
    {
        var match = TargetType().Match(ex.Message);
        if (!match.Success || TypeNamed(match.Groups["type"].Value) is not { } type) return null;
        // A record read through its constructor is named instead of the member: follow the path to the member's type.
        if (!type.IsEnum) type = MemberType(type, ex.Path);
        return type is { IsEnum: true } ? Enum.GetNames(type) : null;
    }

    private static Type? TypeNamed(string name)
    {
        if (NullableOf().Match(name) is { Success: true } inner) name = inner.Groups["type"].Value;
        return AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("Homeward", StringComparison.Ordinal) == true)
            .Select(a => a.GetType(name, throwOnError: false))
            .FirstOrDefault(t => t is not null);
    }

    /// <summary>"$.budgetLines[0].dimension" from the request type to the type of that member, without nullable or list.</summary>
    private static Type? MemberType(Type root, string? path)
    {
        Type? type = root;
        foreach (var segment in (path ?? "").TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var property = type?.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (property is null) return null;
            type = Unwrap(property.PropertyType, segment.Contains('['));
        }
        return type;
    }

    private static Type Unwrap(Type type, bool indexed)
    {
        if (indexed && type != typeof(string))
        {
            var element = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            if (element is not null) type = element;
        }
        return Nullable.GetUnderlyingType(type) ?? type;
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^\s]+?)\.\s+Path", RegexOptions.CultureInvariant)]
    private static partial Regex TargetType();

    [GeneratedRegex(@"^System\.Nullable`1\[(?<type>[^\],]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NullableOf();
}
