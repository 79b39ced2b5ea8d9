using Homeward.Domain.Children;
using Homeward.Domain.People;

namespace Homeward.Web.Features.Children;

/// <summary>
/// The children's report as the API gives it: the page's numbers, suppressed the same way (<see cref="ChildrenReportTables"/>);
/// a null number is suppressed. In the table by age group and sex, a null age group or sex is the total over it.
/// </summary>
public sealed record ChildrenReportFigures(DateOnly On, int Threshold, int? Children, IReadOnlyList<ChildrenReportFigures.Cell> ByAgeGroupAndSex,
    int? UnaccompaniedChildren, int? SeparatedChildren, int? ForcedReturnsInvolvingChildren, int? ChildrenWithBestInterestsAssessment,
    int? ChildrenWithAssessmentPending, double? MedianDaysFromRegistrationToAssessment, int? DeterminationsInProgress,
    IReadOnlyDictionary<DurableSolution, int?> DeterminationOutcomes, int? DeterminationOutcomesTotal,
    int? ChildrenSeenAtFollowUp, int? ChildrenInSchoolAtFollowUp, int? ChildrenNotInSchoolAtFollowUp)
{
    public sealed record Cell(string? AgeGroup, Sex? Sex, int? Count);

    public static ChildrenReportFigures From(DateOnly on, ChildrenReportTables t) => new(on, t.Threshold, t.Children,
        t.ByAgeGroupAndSex.OrderBy(c => c.Key.AgeGroup is { } age ? t.AgeGroups.ToList().IndexOf(age) : int.MaxValue).ThenBy(c => c.Key.Sex is null).ThenBy(c => c.Key.Sex)
            .Select(c => new Cell(c.Key.AgeGroup, c.Key.Sex, c.Value)).ToList(),
        t.Unaccompanied, t.Separated, t.ForcedReturns, t.Assessed, t.AssessmentPending, t.MedianDaysToAssessment, t.DeterminationsInProgress,
        t.Outcomes, t.OutcomesTotal, t.SeenAtFollowUp, t.InSchool, t.NotInSchool);
}
