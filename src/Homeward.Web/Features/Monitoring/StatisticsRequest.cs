using Homeward.Domain.People;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure.Api;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// The query-string parameters every statistics endpoint and page reads: period (a month "2026-03", quarter
/// "2026-Q1" or year "2026"), every (month, quarter, year), by (comma-separated disaggregations), and the filters
/// country, location, office, sex, ageGroup. Anything unreadable is listed by field.
/// </summary>
public sealed record StatisticsRequest(StatisticsFilter Filter, IReadOnlyList<Disaggregation> By, PeriodLength? Every)
{
    public static (StatisticsRequest Request, FieldErrors Errors) Read(Func<string, string?> query)
    {
        var errors = new FieldErrors();
        ReportingPeriod? period = null;
        if (query("period") is { Length: > 0 } p)
        {
            if (ReportingPeriod.TryParse(p, out var parsed)) period = parsed;
            else errors.Add("period", "Give the period as a year (2026), a quarter (2026-Q1) or a month (2026-03).");
        }
        PeriodLength? every = null;
        if (query("every") is { Length: > 0 } e)
        {
            if (Enum.TryParse<PeriodLength>(e, true, out var length) && Enum.IsDefined(length)) every = length;
            else errors.Add("every", "Report every month, quarter or year.");
        }
        var by = new List<Disaggregation>();
        foreach (var name in (query("by") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Enum.TryParse<Disaggregation>(name, true, out var d) && Enum.IsDefined(d)) by.Add(d);
            else errors.Add("by", $"Unknown disaggregation '{name}'.");
        }
        Guid? location = null, office = null;
        if (query("location") is { Length: > 0 } l)
        {
            if (Guid.TryParse(l, out var id)) location = id;
            else errors.Add("location", "Give the location by its id.");
        }
        if (query("office") is { Length: > 0 } o)
        {
            if (Guid.TryParse(o, out var id)) office = id;
            else errors.Add("office", "Give the office by its id.");
        }
        Sex? sex = null;
        if (query("sex") is { Length: > 0 } s)
        {
            if (Enum.TryParse<Sex>(s, true, out var parsed) && Enum.IsDefined(parsed)) sex = parsed;
            else errors.Add("sex", "Sex is Female, Male, Other or Unknown.");
        }
        string? ageGroup = null;
        if (query("ageGroup") is { Length: > 0 } a)
        {
            if (AgeGroups.All.Contains(a)) ageGroup = a;
            else errors.Add("ageGroup", "Choose an age group from the list.");
        }
        var country = query("country") is { Length: > 0 } c ? c.Trim().ToUpperInvariant() : null;
        if (country is { Length: > 40 }) errors.Add("country", "Give the country by its code.");
        return (new StatisticsRequest(new StatisticsFilter(period, country, location, office, sex, ageGroup), by, every), errors);
    }

    public static (StatisticsRequest Request, FieldErrors Errors) Read(IQueryCollection query) => Read(name => query[name].FirstOrDefault());
}
