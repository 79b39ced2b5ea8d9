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
/// <param name="Case">The consenting case counted, or null for something with no case (a non-migrant, a trainee, a project).</param>
/// <param name="Value">The value summed, averaged or taken the median of; for a percentage, the numerator.</param>
/// <param name="Denominator">For a percentage, what the numerator is a share of.</param>
/// <param name="Own">Categories of the thing counted that differ from its case's (a child's sex, a project's place).</param>
/// <param name="SubjectId">Who or what is counted when it is not the case itself (a child, a participant, a project).</param>
/// <param name="OwnPlaces">The place counted and every place above it, when it is not the case's place of return.</param>
public sealed record Observation(CaseFacts? Case, DateOnly On, double Value, double Denominator = 1,
    IReadOnlyDictionary<Disaggregation, string>? Own = null, Guid? SubjectId = null, IReadOnlySet<Guid>? OwnPlaces = null)
{
    /// <summary>The person (or project) counted: distinct subjects make the people count of a cell.</summary>
    public Guid Subject => SubjectId ?? Case?.CaseId ?? throw new InvalidOperationException("An observation needs a case or a subject of its own.");

    /// <summary>The place filters look at: the thing's own place, else its case's place of return.</summary>
    public IReadOnlySet<Guid>? Places => OwnPlaces ?? Case?.Places;

    public string? CategoryOf(Disaggregation d) =>
        Own is not null && Own.TryGetValue(d, out var own) ? own : Case?.Categories.GetValueOrDefault(d);
}
