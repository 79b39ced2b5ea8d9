namespace Homeward.Domain.Results;

public enum CheckResult
{
    Pending,
    /// <summary>The record matches what the returnee says and what was seen.</summary>
    Confirmed,
    Discrepancy,
    NotReachable,
}

/// <summary>
/// A random sample of cases for data-validation spot checks: drawn from the cases in the population, ordered by id,
/// with a seed, so that the same seed over the same population always draws the same cases.
/// </summary>
public class ValidationSample
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Seed { get; set; }
    public int Size { get; set; }
    public int PopulationCount { get; set; }
    /// <summary>The office the population was restricted to; null for every office in the drawer's scope.</summary>
    public Guid? OfficeId { get; set; }
    public DateTime DrawnAt { get; set; } = DateTime.UtcNow;
    public required string DrawnBy { get; set; }
    public List<ValidationCheck> Checks { get; set; } = [];
}

/// <summary>One sampled case and the result of checking its record against the returnee.</summary>
public class ValidationCheck
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SampleId { get; set; }
    public Guid CaseId { get; set; }
    public int Position { get; set; }
    public CheckResult Result { get; set; } = CheckResult.Pending;
    public string? Notes { get; set; }
    public string? CheckedBy { get; set; }
    public DateTime? CheckedAt { get; set; }
}

public static class ValidationSampling
{
    public const int MaxSize = 500;

    /// <summary>Draws <paramref name="size"/> items without replacement; the same seed and population give the same draw, in the same order.</summary>
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<T> population, int size, int seed)
    {
        if (size < 1 || size > MaxSize)
            throw new DomainRuleException("sample-size", $"Draw between 1 and {MaxSize} cases.", "size");
        var items = population.ToArray();
        var rng = new Random(seed);
        var take = Math.Min(size, items.Length);
        // A partial Fisher-Yates shuffle: the first `take` positions are a uniform random sample.
        for (var i = 0; i < take; i++)
        {
            var j = rng.Next(i, items.Length);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items[..take];
    }

    public static void Record(ValidationCheck check, CheckResult result, string? notes, string by, DateTime at)
    {
        if (result == CheckResult.Pending)
            throw new DomainRuleException("check-result", "Give the result of the check: confirmed, discrepancy or not reachable.", "result");
        if (result == CheckResult.Discrepancy && string.IsNullOrWhiteSpace(notes))
            throw new DomainRuleException("discrepancy-notes", "Describe the discrepancy found.", "notes");
        check.Result = result;
        check.Notes = notes?.Trim();
        check.CheckedBy = by;
        check.CheckedAt = at;
    }
}
