namespace Homeward.Domain.People;

/// <summary>What the case manager typed while registering someone, compared against existing persons.</summary>
public sealed record DuplicateProbe(string GivenName, string FamilyName, int? BirthYear, Guid? ReturnLocationId = null);

/// <summary>An existing person as the duplicate search sees them.</summary>
public sealed record DuplicateCandidate(Guid PersonId, string GivenName, string FamilyName, int? BirthYear, Guid? ReturnLocationId);

/// <summary>
/// Scores how likely an existing person is the one being registered: name similarity (spelling variants and a
/// swapped name order both count), then birth year and place of return. Scores are in 0..1.
/// </summary>
public static class DuplicateScorer
{
    /// <summary>The score from which a candidate is offered to the case manager as a likely match.</summary>
    public const double OfferThreshold = 0.70;

    public static double Score(DuplicateProbe probe, DuplicateCandidate candidate)
    {
        var straight = NameSimilarity(probe.GivenName, candidate.GivenName) * 0.45
                     + NameSimilarity(probe.FamilyName, candidate.FamilyName) * 0.55;
        var swapped = NameSimilarity(probe.GivenName, candidate.FamilyName) * 0.5
                    + NameSimilarity(probe.FamilyName, candidate.GivenName) * 0.5;
        var name = Math.Max(straight, swapped * 0.97);

        var score = name * 0.85;
        if (probe.BirthYear is { } py && candidate.BirthYear is { } cy)
        {
            var gap = Math.Abs(py - cy);
            score += gap switch { 0 => 0.15, 1 => 0.10, 2 => 0.05, _ => -0.15 };
        }
        else
        {
            score += 0.05;
        }
        if (probe.ReturnLocationId is { } pl && candidate.ReturnLocationId is { } cl && pl == cl) score += 0.05;
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }

    /// <summary>Similarity of two names in 0..1: equal phonetic keys count as near-identical spellings.</summary>
    public static double NameSimilarity(string a, string b)
    {
        var na = NameKey.Normalise(a);
        var nb = NameKey.Normalise(b);
        if (na.Length == 0 || nb.Length == 0) return 0;
        if (na == nb) return 1;
        var jw = JaroWinkler(na, nb);
        return NameKey.For(a) == NameKey.For(b) ? Math.Max(jw, 0.92) : jw;
    }

    public static double JaroWinkler(string s, string t)
    {
        if (s == t) return 1;
        var range = Math.Max(0, Math.Max(s.Length, t.Length) / 2 - 1);
        var sMatched = new bool[s.Length];
        var tMatched = new bool[t.Length];
        var matches = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var from = Math.Max(0, i - range);
            var to = Math.Min(t.Length - 1, i + range);
            for (var j = from; j <= to; j++)
            {
                if (tMatched[j] || s[i] != t[j]) continue;
                sMatched[i] = tMatched[j] = true;
                matches++;
                break;
            }
        }
        if (matches == 0) return 0;
        var transpositions = 0;
        for (int i = 0, k = 0; i < s.Length; i++)
        {
            if (!sMatched[i]) continue;
            while (!tMatched[k]) k++;
            if (s[i] != t[k]) transpositions++;
            k++;
        }
        double m = matches;
        var jaro = (m / s.Length + m / t.Length + (m - transpositions / 2.0) / m) / 3.0;
        var prefix = 0;
        while (prefix < Math.Min(4, Math.Min(s.Length, t.Length)) && s[prefix] == t[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
