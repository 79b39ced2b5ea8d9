using Homeward.Domain.Children;
using Homeward.Domain.People;
using Homeward.Domain.Results;

namespace Homeward.Web.Features.Children;

/// <summary>
/// The children's report as a page shows it: every number counting fewer children than the programme's small-cell threshold is
/// suppressed (null), and so is any number it could be worked out from (a total less its other parts), as on the statistics pages.
/// </summary>
public sealed record ChildrenReportTables(int Threshold, int? Children, IReadOnlyList<string> AgeGroups, IReadOnlyList<Sex> Sexes,
    IReadOnlyDictionary<(string? AgeGroup, Sex? Sex), int?> ByAgeGroupAndSex, int? Unaccompanied, int? Separated, int? ForcedReturns,
    int? Assessed, int? AssessmentPending, double? MedianDaysToAssessment, int? DeterminationsInProgress,
    IReadOnlyDictionary<DurableSolution, int?> Outcomes, int? OutcomesTotal, int? SeenAtFollowUp, int? InSchool, int? NotInSchool)
{
    private static readonly string[] AgeOrder = ["0-4", "5-11", "12-14", "15-17", "unknown"];

    public static ChildrenReportTables From(ChildrenReportView r, int threshold)
    {
        var ages = AgeOrder.Where(a => r.ByAgeGroupAndSex.Any(g => g.AgeGroup == a)).ToList();
        var sexes = r.ByAgeGroupAndSex.Select(g => g.Sex).Distinct().Order().ToList();
        var cells = new Dictionary<CellKey, int>();
        foreach (var age in ages.Append(null))
            foreach (var sex in sexes.Select(s => (Sex?)s).Append(null))
                cells[CellKey.Of(age, sex?.ToString())] = r.ByAgeGroupAndSex.Where(g => (age is null || g.AgeGroup == age) && (sex is null || g.Sex == sex)).Sum(g => g.Count);
        var hidden = SmallCellSuppression.Suppress(cells, threshold);
        var table = new Dictionary<(string?, Sex?), int?>();
        foreach (var (key, count) in cells)
            table[(key.Parts[0], key.Parts[1] is { } s ? Enum.Parse<Sex>(s) : null)] = hidden.Contains(key) ? null : count;

        var assessments = Line(threshold, new() { ["done"] = r.ChildrenWithBestInterestsAssessment, ["pending"] = r.ChildrenWithAssessmentPending });
        var school = Line(threshold, new() { ["in"] = r.ChildrenInSchoolAtFollowUp, ["out"] = r.ChildrenSeenAtFollowUp - r.ChildrenInSchoolAtFollowUp });
        var outcomes = Line(threshold, Enum.GetValues<DurableSolution>().ToDictionary(s => s.ToString(), s => r.DeterminationOutcomes.GetValueOrDefault(s)));
        return new ChildrenReportTables(threshold, table[(null, null)], ages, sexes, table,
            Single(r.UnaccompaniedChildren, threshold), Single(r.SeparatedChildren, threshold), Single(r.ForcedReturnsInvolvingChildren, threshold),
            assessments["done"], assessments["pending"],
            r.ChildrenWithBestInterestsAssessment >= threshold ? r.MedianDaysFromRegistrationToAssessment : null,
            Single(r.DeterminationsInProgress, threshold),
            Enum.GetValues<DurableSolution>().ToDictionary(s => s, s => outcomes[s.ToString()]), outcomes[""],
            school[""], school["in"], school["out"]);
    }

    /// <summary>A number standing alone: hidden when it counts someone but fewer than the threshold.</summary>
    private static int? Single(int count, int threshold) => count > 0 && count < threshold ? null : count;

    /// <summary>Parts adding up to a total (key ""), suppressed together so that no hidden part can be worked out from the others.</summary>
    private static Dictionary<string, int?> Line(int threshold, Dictionary<string, int> parts)
    {
        var cells = parts.ToDictionary(p => CellKey.Of(p.Key), p => p.Value);
        cells[CellKey.Of([null])] = parts.Values.Sum();
        var hidden = SmallCellSuppression.Suppress(cells, threshold);
        return cells.ToDictionary(c => c.Key.Parts[0] ?? "", c => hidden.Contains(c.Key) ? null : (int?)c.Value);
    }
}
