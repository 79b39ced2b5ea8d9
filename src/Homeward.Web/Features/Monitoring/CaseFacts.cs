using Homeward.Domain.Cases;
using Homeward.Domain.Results;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// A consenting returnee's case as statistics see it: the categories it is counted under, and the dates and
/// facts indicators are computed from. Never any name, identifier or free text.
/// </summary>
public sealed record CaseFacts(
    Guid CaseId,
    Guid OfficeId,
    IReadOnlySet<Guid> Places,
    IReadOnlyDictionary<Disaggregation, string> Categories,
    DateOnly ReturnDate,
    DateOnly RegisteredOn,
    DateOnly? PlanAgreedOn,
    DateOnly? ClosedOn,
    ClosureReason? ClosureReason);

/// <summary>One thing counted for an indicator: the case, the day that puts it in a period, its value, and any categories of its own.</summary>
/// <param name="Value">The value summed, averaged or taken the median of; for a percentage, the numerator.</param>
/// <param name="Denominator">For a percentage, what the numerator is a share of.</param>
public sealed record Observation(CaseFacts Case, DateOnly On, double Value, double Denominator = 1, IReadOnlyDictionary<Disaggregation, string>? Own = null)
{
    public string? CategoryOf(Disaggregation d) =>
        Own is not null && Own.TryGetValue(d, out var own) ? own : Case.Categories.GetValueOrDefault(d);
}
