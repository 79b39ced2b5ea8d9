using Homeward.Domain.People;

namespace Homeward.Domain.ServiceMap;

/// <summary>Whether a returnee meets a service's eligibility: age, sex, vulnerability and nationality.</summary>
public static class Eligibility
{
    public static bool Allows(PartnerService s, int? age, Sex sex, bool vulnerable, string? nationality)
    {
        if (s.MinAge is { } min && age is { } a1 && a1 < min) return false;
        if (s.MaxAge is { } max && age is { } a2 && a2 > max) return false;
        if (s.SexServed is { } only && sex != only) return false;
        if (s.VulnerableOnly && !vulnerable) return false;
        var nationalities = List(s.Nationalities);
        return nationalities.Count == 0 || nationality is not null && nationalities.Contains(nationality.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<string> List(string? commaSeparated) =>
        (commaSeparated ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
