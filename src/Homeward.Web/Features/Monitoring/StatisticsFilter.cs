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

    /// <summary>Whether a case is counted under this filter (the period applies to each observation's own date).</summary>
    public bool Admits(CaseFacts facts) =>
        (OfficeId is not { } office || facts.OfficeId == office)
        && (Country is not { Length: > 0 } country || string.Equals(facts.Categories[Disaggregation.Country], country, StringComparison.OrdinalIgnoreCase))
        && (LocationId is not { } place || facts.Places.Contains(place))
        && (Sex is not { } sex || facts.Categories[Disaggregation.Sex] == sex.ToString())
        && (AgeGroup is not { Length: > 0 } group || facts.Categories[Disaggregation.AgeGroup] == group);
}
