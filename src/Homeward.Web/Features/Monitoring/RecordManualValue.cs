using Homeward.Data;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Monitoring;

public sealed record ManualValueInput(string? Period, decimal? Value, string? Evidence);

/// <summary>Enters, or corrects, the value of a manual indicator for one period, with the evidence it rests on.</summary>
[ScopedService]
public sealed class RecordManualValue(HomewardDbContext db, CurrentUser user, IStringLocalizer<SharedResource> L)
{
    public enum Result { Saved, NotFound, Invalid, Computed, Retired }

    public async Task<(Result Result, FieldErrors Errors)> RunAsync(Guid indicatorId, ManualValueInput input, CancellationToken ct = default)
    {
        var indicator = await db.FrameworkIndicators.Include(i => i.ManualValues).FirstOrDefaultAsync(i => i.Id == indicatorId, ct);
        if (indicator is null) return (Result.NotFound, new FieldErrors());
        var errors = new FieldErrors()
            .When(!ReportingPeriod.TryParse(input.Period, out var period), "period", L["Give the period as a year (2026), a quarter (2026-Q1) or a month (2026-03)."])
            .When(input.Value is null, "value", L["Enter the value."])
            .When(string.IsNullOrWhiteSpace(input.Evidence), "evidence", L["Say what the value rests on: a report, an attendance list, a file reference."])
            .When(input.Evidence is { Length: > 2000 }, "evidence", L["Keep the evidence under 2000 characters."]);
        if (errors.Any) return (Result.Invalid, errors);
        if (indicator.ComputedKind is not null) return (Result.Computed, errors);
        if (indicator.RetiredOn is not null) return (Result.Retired, errors);

        var key = period.ToString();
        var existing = indicator.ManualValues.FirstOrDefault(v => v.Period == key);
        if (existing is null)
            db.IndicatorManualValues.Add(new IndicatorManualValue { IndicatorId = indicator.Id, Period = key, Value = input.Value!.Value, Evidence = input.Evidence!.Trim(), EnteredBy = user.Name });
        else
        {
            existing.Value = input.Value!.Value;
            existing.Evidence = input.Evidence!.Trim();
            existing.EnteredBy = user.Name;
            existing.EnteredAt = DateTime.UtcNow;
        }
        await db.SaveChangesAsync(ct);
        return (Result.Saved, errors);
    }
}
