namespace Homeward.Web.Features.Consent;

/// <summary>The ways of obtaining consent offered in forms; the API takes any short description.</summary>
public static class ConsentMethods
{
    public static readonly IReadOnlyList<string> All = ["Written", "Verbal", "Thumbprint"];
}
