using System.Globalization;
using Homeward.Domain.Results;

namespace Homeward.Web.Features.Monitoring;

/// <summary>The result form of the framework pages, posted as the browser sends it.</summary>
public sealed class ResultForm
{
    public string? Level { get; set; }
    public Guid? ParentId { get; set; }
    public string? Code { get; set; }
    public string? Statement { get; set; }
    public int? Version { get; set; }

    public ResultInput ToInput() => new(ParentId, Level, Code, Statement, Version);

    public static ResultForm Of(ResultStatement r) =>
        new() { Level = r.Level.ToString(), ParentId = r.ParentId, Code = r.Code, Statement = r.Statement, Version = r.Version };
}

/// <summary>
/// The indicator form: targets as lines "2026-Q1: 40", parameters as "score=economic; round=1", whether higher is
/// better as a choice; the disaggregations ticked come as repeated "disaggregation" fields.
/// </summary>
public sealed class IndicatorForm
{
    public Guid? ResultId { get; set; }
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Definition { get; set; }
    public string? Unit { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public string? DataSource { get; set; }
    public string? CollectionMethod { get; set; }
    public string? Frequency { get; set; }
    public string? Responsible { get; set; }
    public string? ComputedKind { get; set; }
    public string? Parameters { get; set; }
    public string Direction { get; set; } = "Higher";
    public string? Targets { get; set; }
    public int? Version { get; set; }

    public IndicatorInput ToInput(IReadOnlyList<string> disaggregations) => new(
        ResultId, Code, Name, Definition, Unit, Baseline, BaselineDate, DataSource, CollectionMethod, Frequency, Responsible, disaggregations,
        ComputedKind, ParameterPairs(Parameters), Direction != "Lower", TargetLines(Targets), Version);

    public static IndicatorForm Of(FrameworkIndicator i) => new()
    {
        ResultId = i.ResultId, Code = i.Code, Name = i.Name, Definition = i.Definition, Unit = i.Unit, Baseline = i.Baseline, BaselineDate = i.BaselineDate,
        DataSource = i.DataSource, CollectionMethod = i.CollectionMethod, Frequency = i.Frequency.ToString(), Responsible = i.Responsible,
        ComputedKind = i.ComputedKind?.ToString(), Parameters = i.Parameters?.Replace(";", "; "), Direction = i.HigherIsBetter ? "Higher" : "Lower",
        Targets = string.Join("\n", i.Targets.OrderBy(t => t.Period, StringComparer.Ordinal).Select(t => $"{t.Period}: {t.Target.ToString("0.##", CultureInfo.InvariantCulture)}")),
        Version = i.Version,
    };

    private static Dictionary<string, string>? ParameterPairs(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
            : text.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
                .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().ElementAtOrDefault(1) ?? "", StringComparer.OrdinalIgnoreCase);

    /// <summary>One target per line, its period then its value, separated by a colon, an equals sign or spaces.</summary>
    private static List<TargetInput> TargetLines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split([':', '=', ' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(parts => new TargetInput(parts[0],
                parts.Length == 2 && decimal.TryParse(parts[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var target) ? target : null))
            .ToList();
}

/// <summary>A form that only asks to go ahead: removing, retiring or bringing back a result or an indicator.</summary>
public sealed class RemovalForm
{
    public bool Confirmed { get; set; }
}
