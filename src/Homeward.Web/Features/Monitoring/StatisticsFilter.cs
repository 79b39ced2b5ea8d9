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
}
