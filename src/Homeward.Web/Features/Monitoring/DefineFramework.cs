using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Results;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Monitoring;

/// <param name="Version">For an edit: the version of the result that was read; a stale one changes nothing.</param>
public sealed record ResultInput(Guid? ParentId, string? Level, string? Code, string? Statement, int? Version = null);

public sealed record TargetInput(string? Period, decimal? Target);

/// <param name="Version">For an edit: the version of the indicator that was read; a stale one changes nothing.</param>
public sealed record IndicatorInput(
    Guid? ResultId, string? Code, string? Name, string? Definition, string? Unit, decimal? Baseline, DateOnly? BaselineDate,
    string? DataSource, string? CollectionMethod, string? Frequency, string? Responsible, IReadOnlyList<string>? Disaggregations,
    string? ComputedKind, IReadOnlyDictionary<string, string>? Parameters, bool? HigherIsBetter, IReadOnlyList<TargetInput>? Targets,
    int? Version = null);

/// <summary>
/// An M&amp;E officer builds and keeps their programme's results framework: results under the level above them, and
/// indicators (computed from the library with its parameters, or manual) with targets per period; edits carry the
/// version read; a result with children or indicators, or an indicator with recorded values, is not removed (an
/// indicator is retired instead, keeping its history). Nothing is saved unless all is valid.
/// </summary>
[ScopedService]
public sealed class DefineFramework(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<Guid>> AddResultAsync(ResultInput input, CancellationToken ct = default)
    {
        var (errors, level, parent) = await CheckResultAsync(input, ct);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (await ResultCodeTakenAsync(input.Code!, null, ct)) return CodeTaken(L["A result with this code is already in the framework."]);
        var result = new ResultStatement
        {
            ParentId = parent?.Id, Level = level, Code = input.Code!.Trim(), Statement = input.Statement!.Trim(),
            Position = await db.ResultStatements.CountAsync(r => r.ParentId == input.ParentId, ct),
        };
        db.ResultStatements.Add(result);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(result.Id);
    }

    public async Task<Outcome<Guid>> UpdateResultAsync(Guid id, ResultInput input, CancellationToken ct = default)
    {
        var result = await db.ResultStatements.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (result is null) return Outcome<Guid>.NotFound();
        var (errors, level, parent) = await CheckResultAsync(input, ct);
        errors.When(input.ParentId == id, "parentId", L["A result cannot sit under itself."])
            .When(input.Version is null, "version", L["Send the version of the result you edited."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (input.Version != result.Version) return Outcome<Guid>.Stale();
        if (await ResultCodeTakenAsync(input.Code!, id, ct)) return CodeTaken(L["A result with this code is already in the framework."]);
        if (level != result.Level && await db.ResultStatements.AnyAsync(r => r.ParentId == id, ct))
            return Refused("result-level-has-children", L["This result has results under it: it keeps its level. Move or remove them first."], "level");
        if (parent?.Id != result.ParentId)
            result.Position = await db.ResultStatements.CountAsync(r => r.ParentId == input.ParentId, ct);
        result.ParentId = parent?.Id;
        result.Level = level;
        result.Code = input.Code!.Trim();
        result.Statement = input.Statement!.Trim();
        result.Version++;
        return await SaveAsync(result.Id, ct);
    }

    public async Task<Outcome<Guid>> RemoveResultAsync(Guid id, CancellationToken ct = default)
    {
        var result = await db.ResultStatements.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (result is null) return Outcome<Guid>.NotFound();
        if (await db.ResultStatements.AnyAsync(r => r.ParentId == id, ct))
            return Refused("result-has-children", L["This result has results under it: remove or move them first."]);
        if (await db.FrameworkIndicators.AnyAsync(i => i.ResultId == id, ct))
            return Refused("result-has-indicators", L["This result has indicators: remove or move them first."]);
        db.ResultStatements.Remove(result);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(id);
    }

    public async Task<Outcome<Guid>> AddIndicatorAsync(IndicatorInput input, CancellationToken ct = default)
    {
        var (errors, checkedInput) = await CheckIndicatorAsync(input, ct);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (await IndicatorCodeTakenAsync(input.Code!, null, ct)) return CodeTaken(L["An indicator with this code is already in the framework."]);
        var indicator = new FrameworkIndicator { Code = "", Name = "", Definition = "", Unit = "", DataSource = "", CollectionMethod = "", Responsible = "" };
        Apply(indicator, input, checkedInput);
        indicator.Position = await db.FrameworkIndicators.CountAsync(i => i.ResultId == indicator.ResultId, ct);
        indicator.Targets = checkedInput.Targets.Select(t => new IndicatorTarget { Period = t.Period, Target = t.Target }).ToList();
        db.FrameworkIndicators.Add(indicator);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(indicator.Id);
    }

    public async Task<Outcome<Guid>> UpdateIndicatorAsync(Guid id, IndicatorInput input, CancellationToken ct = default)
    {
        var indicator = await db.FrameworkIndicators.Include(i => i.Targets).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return Outcome<Guid>.NotFound();
        var (errors, checkedInput) = await CheckIndicatorAsync(input, ct);
        errors.When(input.Version is null, "version", L["Send the version of the indicator you edited."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (input.Version != indicator.Version) return Outcome<Guid>.Stale();
        if (await IndicatorCodeTakenAsync(input.Code!, id, ct)) return CodeTaken(L["An indicator with this code is already in the framework."]);
        if (checkedInput.Kind is not null && indicator.ComputedKind is null && await db.IndicatorManualValues.AnyAsync(v => v.IndicatorId == id, ct))
            return Refused("indicator-has-values", L["Values were entered for this indicator by hand: it stays manual. Retire it and add a computed one instead."], "computedKind");
        if (checkedInput.Result.Id != indicator.ResultId)
            indicator.Position = await db.FrameworkIndicators.CountAsync(i => i.ResultId == checkedInput.Result.Id, ct);
        Apply(indicator, input, checkedInput);
        // Targets are matched by period: kept ones are updated, missing ones removed, new ones added.
        foreach (var gone in indicator.Targets.Where(t => checkedInput.Targets.All(x => x.Period != t.Period)).ToList()) indicator.Targets.Remove(gone);
        foreach (var (period, target) in checkedInput.Targets)
            if (indicator.Targets.FirstOrDefault(t => t.Period == period) is { } kept) kept.Target = target;
            else db.IndicatorTargets.Add(new IndicatorTarget { IndicatorId = indicator.Id, Period = period, Target = target });
        indicator.Version++;
        return await SaveAsync(indicator.Id, ct);
    }

    /// <summary>Removes an indicator nothing was recorded for; one with recorded values is refused, to be retired instead.</summary>
    public async Task<Outcome<Guid>> RemoveIndicatorAsync(Guid id, CancellationToken ct = default)
    {
        var indicator = await db.FrameworkIndicators.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return Outcome<Guid>.NotFound();
        if (await db.IndicatorManualValues.AnyAsync(v => v.IndicatorId == id, ct))
            return Refused("indicator-has-values", L["Values were recorded for this indicator: retire it instead, so their history is kept."]);
        db.FrameworkIndicators.Remove(indicator);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(id);
    }

    /// <summary>Retires an indicator, or brings it back: a retired indicator keeps its targets and values but is no longer reported on.</summary>
    public async Task<Outcome<Guid>> RetireIndicatorAsync(Guid id, bool retired, CancellationToken ct = default)
    {
        var indicator = await db.FrameworkIndicators.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (indicator is null) return Outcome<Guid>.NotFound();
        if (retired == indicator.RetiredOn is not null) return Outcome<Guid>.Done(id);
        indicator.RetiredOn = retired ? DateOnly.FromDateTime(DateTime.UtcNow) : null;
        indicator.Version++;
        return await SaveAsync(id, ct);
    }

    private async Task<Outcome<Guid>> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome<Guid>.Done(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Stale();
        }
    }

    private Task<bool> ResultCodeTakenAsync(string code, Guid? self, CancellationToken ct) =>
        db.ResultStatements.AnyAsync(r => r.Code == code.Trim() && r.Id != self, ct);

    private Task<bool> IndicatorCodeTakenAsync(string code, Guid? self, CancellationToken ct) =>
        db.FrameworkIndicators.AnyAsync(i => i.Code == code.Trim() && i.Id != self, ct);

    private static Outcome<Guid> CodeTaken(string message) => Refused("framework-code-taken", message, "code");

    private static Outcome<Guid> Refused(string code, string message, string? field = null) =>
        Outcome<Guid>.Refused(new DomainRuleException(code, message, field, isConflict: true), message);

    private async Task<(FieldErrors Errors, ResultLevel Level, ResultStatement? Parent)> CheckResultAsync(ResultInput input, CancellationToken ct)
    {
        var levelKnown = Enum.TryParse<ResultLevel>(input.Level, true, out var level) && !int.TryParse(input.Level, out _);
        var errors = new FieldErrors()
            .When(!levelKnown, "level", L["Choose one of: {0}.", string.Join(", ", Enum.GetNames<ResultLevel>())])
            .When(string.IsNullOrWhiteSpace(input.Code) || input.Code.Length > 16, "code", L["Give the result's code as the framework numbers it (for example 1.2), up to 16 characters."])
            .When(string.IsNullOrWhiteSpace(input.Statement) || input.Statement.Length > 1000, "statement", L["Write the result statement, up to 1000 characters."]);
        if (!levelKnown) return (errors, level, null);

        var parentLevel = FrameworkStructure.ParentLevel(level);
        var parent = input.ParentId is { } parentId ? await db.ResultStatements.FirstOrDefaultAsync(r => r.Id == parentId, ct) : null;
        if (parentLevel is null && input.ParentId is not null)
            errors.Add("parentId", L["The objective sits at the top of the framework: leave parentId empty."]);
        else if (parentLevel is { } needed && (parent is null || parent.Level != needed))
            errors.Add("parentId", L["A {0} sits under a {1}: choose one.", L[$"ResultLevel.{level}"], L[$"ResultLevel.{needed}"]]);
        return (errors, level, parent);
    }

    private sealed record CheckedIndicator(ResultStatement Result, PeriodLength Frequency, IndicatorKind? Kind, IReadOnlyList<Disaggregation> Disaggregations,
        IReadOnlyList<(string Period, decimal Target)> Targets);

    private async Task<(FieldErrors Errors, CheckedIndicator Checked)> CheckIndicatorAsync(IndicatorInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        Text(errors, input.Code, "code", 16);
        Text(errors, input.Name, "name", 300);
        Text(errors, input.Definition, "definition", 2000);
        Text(errors, input.Unit, "unit", 40);
        Text(errors, input.DataSource, "dataSource", 300);
        Text(errors, input.CollectionMethod, "collectionMethod", 300);
        Text(errors, input.Responsible, "responsible", 200);
        var frequency = PeriodLength.Quarter;
        errors.When(input.Frequency is { Length: > 0 } && (!Enum.TryParse(input.Frequency, true, out frequency) || int.TryParse(input.Frequency, out _)),
            "frequency", L["Choose one of: {0}.", string.Join(", ", Enum.GetNames<PeriodLength>())]);
        IndicatorKind? kind = null;
        if (input.ComputedKind is { Length: > 0 } kindText)
        {
            if (Enum.TryParse<IndicatorKind>(kindText, true, out var parsed) && !int.TryParse(kindText, out _)) kind = parsed;
            else errors.Add("computedKind", L["Choose an indicator from the library ({0}), or leave it empty for a manual indicator.", string.Join(", ", IndicatorLibrary.All.Select(d => d.Kind))]);
        }
        var disaggregations = new List<Disaggregation>();
        foreach (var name in input.Disaggregations ?? [])
            if (Enum.TryParse<Disaggregation>(name, true, out var d) && !int.TryParse(name, out _)) disaggregations.Add(d);
            else errors.Add("disaggregations", L["{0} is not a disaggregation: choose among {1}.", name, string.Join(", ", Enum.GetNames<Disaggregation>())]);
        if (kind is { } k && input.Parameters is { } parameters)
        {
            var known = IndicatorLibrary.Get(k).ParameterDefaults.Keys;
            foreach (var unknown in parameters.Keys.Where(p => !known.Contains(p, StringComparer.OrdinalIgnoreCase)))
                errors.Add("parameters", !known.Any() ? L["{0} takes no parameters.", k] : L["{0} is not a parameter of {1}: it takes {2}.", unknown, k, string.Join(", ", known)]);
        }
        var targets = new List<(string Period, decimal Target)>();
        for (var i = 0; i < (input.Targets?.Count ?? 0); i++)
        {
            var t = input.Targets![i];
            if (!ReportingPeriod.TryParse(t.Period, out var period))
                errors.Add($"targets[{i}].period", L["Give the period as a year (2026), a quarter (2026-Q1) or a month (2026-03)."]);
            else if (targets.Any(x => x.Period == period.ToString()))
                errors.Add($"targets[{i}].period", L["This period already has a target."]);
            else if (t.Target is null) errors.Add($"targets[{i}].target", L["Enter the target."]);
            else targets.Add((period.ToString(), t.Target.Value));
        }
        var result = input.ResultId is { } resultId ? await db.ResultStatements.FirstOrDefaultAsync(r => r.Id == resultId, ct) : null;
        if (result is null) errors.Add("resultId", L["Give the id of the result this indicator measures."]);
        return (errors, new CheckedIndicator(result!, frequency, kind, disaggregations.Distinct().ToList(), targets));
    }

    private static void Apply(FrameworkIndicator indicator, IndicatorInput input, CheckedIndicator checkedInput)
    {
        indicator.ResultId = checkedInput.Result.Id;
        indicator.Code = input.Code!.Trim();
        indicator.Name = input.Name!.Trim();
        indicator.Definition = input.Definition!.Trim();
        indicator.Unit = input.Unit!.Trim();
        indicator.Baseline = input.Baseline;
        indicator.BaselineDate = input.BaselineDate;
        indicator.DataSource = input.DataSource!.Trim();
        indicator.CollectionMethod = input.CollectionMethod!.Trim();
        indicator.Frequency = checkedInput.Frequency;
        indicator.Responsible = input.Responsible!.Trim();
        indicator.Disaggregations = string.Join(",", checkedInput.Disaggregations);
        indicator.ComputedKind = checkedInput.Kind;
        indicator.Parameters = checkedInput.Kind is not null && input.Parameters is { Count: > 0 } p ? string.Join(";", p.Select(x => $"{x.Key.Trim()}={x.Value.Trim()}")) : null;
        indicator.HigherIsBetter = input.HigherIsBetter ?? true;
    }

    private void Text(FieldErrors errors, string? value, string field, int max) =>
        errors.When(string.IsNullOrWhiteSpace(value) || value.Length > max, field, L["Fill in {0}, up to {1} characters.", L[$"Field.{field}"], max]);
}
