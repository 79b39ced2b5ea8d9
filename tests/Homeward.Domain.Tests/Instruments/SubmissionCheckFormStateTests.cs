using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Submissions;
using static Homeward.Domain.Tests.Instruments.Sheets;

namespace Homeward.Domain.Tests.Instruments;

/// <summary>What a form shown again after a post reads from a check: which rows are relevant, which choices are offered.</summary>
public class SubmissionCheckFormStateTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);

    private static readonly List<IReadOnlyDictionary<string, string?>> Choices = Table(["list_name", "name", "label", "region"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
        ["region", "dakar", "Dakar"],
        ["region", "thies", "Thiès"],
        ["district", "pikine", "Pikine", "dakar"],
        ["district", "rufisque", "Rufisque", "dakar"],
        ["district", "mbour", "Mbour", "thies"]);

    private static readonly Instrument Form = Build(Table(["type", "name", "relevant", "choice_filter"],
            ["select_one yes_no", "has_children"],
            ["begin_group", "schooling", "${has_children} = 'yes'"],
            ["select_one yes_no", "in_school"],
            ["end_group"],
            ["begin_repeat", "member"],
            ["integer", "age"],
            ["select_one yes_no", "works", "${age} >= 15"],
            ["end_repeat"],
            ["select_one region", "region"],
            ["select_one district", "district", "", "region = ${region}"]),
        Choices);

    private static SubmissionCheck Check(Dictionary<string, string?> values, params Dictionary<string, string?>[] members) =>
        SubmissionChecker.Check(Form, new AnswerSet(values,
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>> { ["member"] = members }), Today);

    [Fact]
    public void IsRelevant_FollowsTheAnswers_AndAppliesAGroupsRelevanceToWhatItContains()
    {
        var without = Check(new() { ["has_children"] = "no" });
        Assert.False(without.IsRelevant(Form["schooling"]));
        Assert.False(without.IsRelevant(Form["in_school"]));
        Assert.True(without.IsRelevant(Form["has_children"]));

        var with = Check(new() { ["has_children"] = "yes" });
        Assert.True(with.IsRelevant(Form["schooling"]));
        Assert.True(with.IsRelevant(Form["in_school"]));
    }

    [Fact]
    public void IsRelevant_InARepeat_IsDecidedPerInstance_AndAnInstanceNotGivenIsJudgedEmpty()
    {
        var check = Check([], new() { ["age"] = "8" }, new() { ["age"] = "34" });
        Assert.False(check.IsRelevant(Form["works"], 0));
        Assert.True(check.IsRelevant(Form["works"], 1));
        // age is empty in a third instance: '' >= 15 is false
        Assert.False(check.IsRelevant(Form["works"], 2));
    }

    [Fact]
    public void OfferedChoices_ApplyTheChoiceFilter_AndAllChoicesWithoutOne()
    {
        var check = Check(new() { ["region"] = "dakar" });
        Assert.Equal(["pikine", "rufisque"], check.OfferedChoices(Form["district"]).Select(c => c.Name));
        Assert.Equal(["dakar", "thies"], check.OfferedChoices(Form["region"]).Select(c => c.Name));
        Assert.Empty(check.OfferedChoices(Form["age"]));
    }

    [Fact]
    public void ACheckBuiltFromItsParts_TakesEveryRowAsRelevant()
    {
        var check = new SubmissionCheck([], AnswerSet.Empty);
        Assert.True(check.IsRelevant(Form["in_school"]));
        Assert.Equal(3, check.OfferedChoices(Form["district"]).Count);
    }
}
