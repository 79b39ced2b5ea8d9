using System.Text.RegularExpressions;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>Posting a page's form as a browser does: the form's handler name, its fields, and the antiforgery token read from the page.</summary>
public static partial class PageForms
{
    public static FormUrlEncodedContent Form(string handler, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Prepend(KeyValuePair.Create("_handler", handler)));

    public static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
