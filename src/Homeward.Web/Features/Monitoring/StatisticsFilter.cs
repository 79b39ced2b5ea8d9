using Homeward.Domain.People;
using Homeward.Domain.Results;

namespace Homeward.Web.Features.Monitoring;

/// <summary>What a table of statistics is restricted to: a period, a country or location of return, an office, a sex, an age group.</summary>
public sealed record StatisticsFilter(
    ReportingPeriod? Period = null,
    string? Country = null,
    Guid? LocationId = null,
    Guid? OfficeId = null,
    Sex? Sex = null,
    string? AgeGroup = null)
{
    public static readonly StatisticsFilter None = new();

    /// <summary>
    /// Whether an observation is counted under this filter (the period applies to its own date). Sex, age group,
    /// country and place are those of the thing counted (a child's own sex, a project's place); something that has
    /// no office, place, sex or age group is left out when the filter names one.
    /// </summary>
    public bool Admits(Observation o) =>
        (OfficeId is not { } office || o.Case?.OfficeId == office)
        && (Country is not { Length: > 0 } country || string.Equals(o.CategoryOf(Disaggregation.Country), country, StringComparison.OrdinalIgnoreCase))
        && (LocationId is not { } place || o.Places?.Contains(place) == true)
        && (Sex is not { } sex || o.CategoryOf(Disaggregation.Sex) == sex.ToString())
        && (AgeGroup is not { Length: > 0 } group || o.CategoryOf(Disaggregation.AgeGroup) == group);
}
