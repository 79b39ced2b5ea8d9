using Homeward.Domain.Results;

namespace Homeward.Web.Features.Statistics;

/// <summary>How the de-identified exports generalise quasi-identifiers: quarters instead of dates, age groups instead of birth dates.</summary>
public static class Generalised
{
    public static string? Quarter(DateOnly? day) => day is { } d ? ReportingPeriod.Containing(d, PeriodLength.Quarter).ToString() : null;

    /// <summary>The age group of someone born on <paramref name="dateOfBirth"/> on <paramref name="day"/>; "unknown" without a birth date.</summary>
    public static string AgeGroupOn(DateOnly? dateOfBirth, DateOnly day) => AgeGroups.Of(Domain.People.Person.AgeOn(dateOfBirth, day));
}
