namespace Homeward.Domain.Results;

/// <summary>
/// An indicator of a result: either computed by Homeward (<see cref="ComputedKind"/> chosen from the library, with
/// its parameters) or entered by hand per period with evidence.
/// </summary>
public class FrameworkIndicator
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ResultId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Definition { get; set; }
    public required string Unit { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public required string DataSource { get; set; }
    public required string CollectionMethod { get; set; }
    public PeriodLength Frequency { get; set; } = PeriodLength.Quarter;
    public required string Responsible { get; set; }
    /// <summary>The disaggregations reported, comma separated (names of <see cref="Disaggregation"/>).</summary>
    public string Disaggregations { get; set; } = "";
    public IndicatorKind? ComputedKind { get; set; }
    /// <summary>The library parameters, as "name=value" pairs separated by semicolons.</summary>
    public string? Parameters { get; set; }
    /// <summary>False for indicators that should go down, such as days from return to plan.</summary>
    public bool HigherIsBetter { get; set; } = true;
    public int Position { get; set; }
    /// <summary>Concurrency token: an edit made on an older version changes nothing.</summary>
    public int Version { get; set; }
    /// <summary>An indicator no longer reported on, kept with its recorded values so their history is not lost.</summary>
    public DateOnly? RetiredOn { get; set; }

    public List<IndicatorTarget> Targets { get; set; } = [];
    public List<IndicatorManualValue> ManualValues { get; set; } = [];

    public IReadOnlyDictionary<string, string> ParameterValues =>
        (Parameters ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Disaggregation> DisaggregationList =>
        Disaggregations.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Enum.TryParse<Disaggregation>(d, true, out var x) ? x : (Disaggregation?)null)
            .OfType<Disaggregation>().ToList();
}

/// <summary>The target of an indicator for one period ("2026", "2026-Q1", "2026-03").</summary>
public class IndicatorTarget
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IndicatorId { get; set; }
    public required string Period { get; set; }
    public decimal Target { get; set; }
}

/// <summary>A value entered by hand for a manual indicator, with what it rests on.</summary>
public class IndicatorManualValue
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IndicatorId { get; set; }
    public required string Period { get; set; }
    public decimal Value { get; set; }
    public required string Evidence { get; set; }
    public required string EnteredBy { get; set; }
    public DateTime EnteredAt { get; set; } = DateTime.UtcNow;
}
