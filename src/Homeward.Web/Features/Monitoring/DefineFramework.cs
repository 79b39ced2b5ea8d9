using Homeward.Data;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

public sealed record ResultInput(Guid? ParentId, string? Level, string? Code, string? Statement);

public sealed record TargetInput(string? Period, decimal? Target);

public sealed record IndicatorInput(
    Guid? ResultId, string? Code, string? Name, string? Definition, string? Unit, decimal? Baseline, DateOnly? BaselineDate,
    string? DataSource, string? CollectionMethod, string? Frequency, string? Responsible, IReadOnlyList<string>? Disaggregations,
    string? ComputedKind, IReadOnlyDictionary<string, string>? Parameters, bool? HigherIsBetter, IReadOnlyList<TargetInput>? Targets);

/// <summary>
/// An M&amp;E officer builds their programme's results framework: results under the level above them, and indicators
/// (computed from the library with its parameters, or manual) with targets per period. Nothing is saved unless all is valid.
/// </summary>
[ScopedService]
public sealed class DefineFramework(HomewardDbContext db)
{
    public enum Result { Created, Invalid, NotFound, DuplicateCode }

    public async Task<(Result Result, FieldErrors Errors, Guid Id)> AddResultAsync(ResultInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors()
            .When(!Enum.TryParse<ResultLevel>(input.Level, true, out var level) || int.TryParse(input.Level, out _), "level", $"Choose one of: {string.Join(", ", Enum.GetNames<ResultLevel>())}.")
            .When(string.IsNullOrWhiteSpace(input.Code) || input.Code.Length > 16, "code", "Give the result's code as the framework numbers it (for example 1.2), up to 16 characters.")
            .When(string.IsNullOrWhiteSpace(input.Statement) || input.Statement.Length > 1000, "statement", "Write the result statement, up to 1000 characters.");
        if (errors.Any) return (Result.Invalid, errors, Guid.Empty);

        var parentLevel = FrameworkStructure.ParentLevel(level);
        ResultStatement? parent = input.ParentId is { } parentId ? await db.ResultStatements.FirstOrDefaultAsync(r => r.Id == parentId, ct) : null;
        if (parentLevel is null && input.ParentId is not null)
            return (Result.Invalid, errors.Add("parentId", "The objective sits at the top of the framework: leave parentId empty."), Guid.Empty);
        if (parentLevel is { } needed && (parent is null || parent.Level != needed))
            return (Result.Invalid, errors.Add("parentId", $"A {level} sits under a {needed}: give the id of one."), Guid.Empty);
        var code = input.Code!.Trim();
        if (await db.ResultStatements.AnyAsync(r => r.Code == code, ct)) return (Result.DuplicateCode, errors, Guid.Empty);

        var position = await db.ResultStatements.CountAsync(r => r.ParentId == input.ParentId, ct);
        var result = new ResultStatement { ParentId = parent?.Id, Level = level, Code = code, Statement = input.Statement!.Trim(), Position = position };
        db.ResultStatements.Add(result);
        await db.SaveChangesAsync(ct);
        return (Result.Created, errors, result.Id);
    }

    public async Task<(Result Result, FieldErrors Errors, Guid Id)> AddIndicatorAsync(IndicatorInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        Text(errors, input.Code, "code", 16);
        Text(errors, input.Name, "name", 300);
        Text(errors, input.Definition, "definition", 2000);
        Text(errors, input.Unit, "unit", 64);
        Text(errors, input.DataSource, "dataSource", 300);
        Text(errors, input.CollectionMethod, "collectionMethod", 300);
        Text(errors, input.Responsible, "responsible", 200);
        var frequency = PeriodLength.Quarter;
        errors.When(input.Frequency is not null && (!Enum.TryParse(input.Frequency, true, out frequency) || int.TryParse(input.Frequency, out _)),
            "frequency", $"Choose one of: {string.Join(", ", Enum.GetNames<PeriodLength>())}.");
        IndicatorKind? kind = null;
        if (input.ComputedKind is { Length: > 0 } kindText)
        {
            if (Enum.TryParse<IndicatorKind>(kindText, true, out var parsed) && !int.TryParse(kindText, out _)) kind = parsed;
            else errors.Add("computedKind", $"Choose an indicator from the library ({string.Join(", ", IndicatorLibrary.All.Select(d => d.Kind))}), or leave it empty for a manual indicator.");
        }
        var disaggregations = new List<Disaggregation>();
        foreach (var name in input.Disaggregations ?? [])
            if (Enum.TryParse<Disaggregation>(name, true, out var d) && !int.TryParse(name, out _)) disaggregations.Add(d);
            else errors.Add("disaggregations", $"\"{name}\" is not a disaggregation: choose among {string.Join(", ", Enum.GetNames<Disaggregation>())}.");
        if (kind is { } k && input.Parameters is { } parameters)
        {
            var known = IndicatorLibrary.Get(k).ParameterDefaults.Keys;
            foreach (var unknown in parameters.Keys.Where(p => !known.Contains(p, StringComparer.OrdinalIgnoreCase)))
                errors.Add("parameters", !known.Any() ? $"{k} takes no parameters." : $"\"{unknown}\" is not a parameter of {k}: it takes {string.Join(", ", known)}.");
        }
        var targets = new List<IndicatorTarget>();
        for (var i = 0; i < (input.Targets?.Count ?? 0); i++)
        {
            var t = input.Targets![i];
            if (!ReportingPeriod.TryParse(t.Period, out var period))
                errors.Add($"targets[{i}].period", "Give the period as a year (2026), a quarter (2026-Q1) or a month (2026-03).");
            else if (targets.Any(x => x.Period == period.ToString()))
                errors.Add($"targets[{i}].period", "This period already has a target.");
            else if (t.Target is null) errors.Add($"targets[{i}].target", "Enter the target.");
            else targets.Add(new IndicatorTarget { Period = period.ToString(), Target = t.Target.Value });
        }
        var result = input.ResultId is { } resultId ? await db.ResultStatements.FirstOrDefaultAsync(r => r.Id == resultId, ct) : null;
        if (result is null) errors.Add("resultId", "Give the id of the result this indicator measures.");
        if (errors.Any) return (Result.Invalid, errors, Guid.Empty);

        var code = input.Code!.Trim();
        if (await db.FrameworkIndicators.AnyAsync(i => i.Code == code, ct)) return (Result.DuplicateCode, errors, Guid.Empty);
        var indicator = new FrameworkIndicator
        {
            ResultId = result!.Id, Code = code, Name = input.Name!.Trim(), Definition = input.Definition!.Trim(), Unit = input.Unit!.Trim(),
            Baseline = input.Baseline, BaselineDate = input.BaselineDate, DataSource = input.DataSource!.Trim(),
            CollectionMethod = input.CollectionMethod!.Trim(), Frequency = frequency, Responsible = input.Responsible!.Trim(),
            Disaggregations = string.Join(",", disaggregations.Distinct()), ComputedKind = kind,
            Parameters = input.Parameters is { Count: > 0 } p ? string.Join(";", p.Select(x => $"{x.Key}={x.Value}")) : null,
            HigherIsBetter = input.HigherIsBetter ?? true,
            Position = await db.FrameworkIndicators.CountAsync(i => i.ResultId == result.Id, ct),
            Targets = targets,
        };
        db.FrameworkIndicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return (Result.Created, errors, indicator.Id);
    }

    private static void Text(FieldErrors errors, string? value, string field, int max) =>
        errors.When(string.IsNullOrWhiteSpace(value) || value.Length > max, field, $"Fill in {field}, up to {max} characters.");
}
