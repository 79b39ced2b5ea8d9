using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Scoring;
using Homeward.Domain.Instruments.Submissions;
using static Homeward.Domain.Tests.Instruments.Sheets;

namespace Homeward.Domain.Tests.Instruments;

/// <summary>
/// Worked examples of the Reintegration Sustainability Survey rule on a small instrument:
///   dimension = Σ(weight × score) / Σ(weight), composite = Σ(composite_weight × score) / Σ(composite_weight),
/// over the scored items answered (relevant, with a scored choice).
/// </summary>
public class InstrumentScorerTests
{
    private const double Precision = 12;
    private static readonly DateOnly AnsweredOn = new(2024, 3, 15);

    private static readonly List<IReadOnlyDictionary<string, string?>> Choices = Table(["list_name", "name", "label", "score"],
        ["satisfaction", "very_satisfied", "Very satisfied", "1"],
        ["satisfaction", "satisfied", "Satisfied", "0.75"],
        ["satisfaction", "neutral", "Neither", "0.5"],
        ["satisfaction", "dissatisfied", "Dissatisfied", "0.25"],
        ["satisfaction", "very_dissatisfied", "Very dissatisfied", "0"],
        ["satisfaction", "dont_know", "Don't know", ""],
        ["frequency", "never", "Never", "1"],
        ["frequency", "sometimes", "Sometimes", "0.5"],
        ["frequency", "often", "Often", "0"],
        ["frequency", "refused", "Refused", ""],
        ["yes_no", "yes", "Yes", "1"],
        ["yes_no", "no", "No", "0"],
        ["yes_no", "dont_know", "Don't know", ""],
        ["support", "family", "Family", "1"],
        ["support", "friends", "Friends", "0.75"],
        ["support", "community", "Community", "0.5"],
        ["support", "none", "No one", "0"],
        ["support", "dont_know", "Don't know", ""]);

    /// <summary>The instrument; version 2 doubles the weight of econ_satisfaction in its dimension (2 → 4).</summary>
    private static Instrument Rss(string version = "1", string econSatisfactionWeight = "2") => Build(
        Table(["type", "name", "relevant", "dimension", "weight", "composite_weight"],
            ["select_one satisfaction", "econ_satisfaction", "", "economic", econSatisfactionWeight, "1"],
            ["select_one frequency", "food_reduction", "", "economic", "1", "1"],
            ["select_one yes_no", "can_borrow", "", "economic", "1", "0.5"],
            ["select_one yes_no", "access_services", "", "social", "1", "1"],
            ["select_multiple support", "support_network", "", "social", "2", "1"],
            ["select_one yes_no", "has_children"],
            ["select_one yes_no", "children_school", "${has_children} = 'yes'", "social", "1", "1"],
            ["select_one satisfaction", "psych_wellbeing", "", "psychosocial", "1", "2"],
            ["select_one frequency", "psych_discrimination", "", "psychosocial", "1", "1"]),
        Choices,
        new Dictionary<string, string?> { ["version"] = version });

    private static AnswerSet Answers(params (string Field, string Value)[] answers) =>
        new(answers.ToDictionary(a => a.Field, a => (string?)a.Value));

    private static readonly AnswerSet FirstRound = Answers(
        ("econ_satisfaction", "satisfied"),        // 0.75
        ("food_reduction", "sometimes"),           // 0.5
        ("can_borrow", "dont_know"),               // unscored: drops out
        ("access_services", "yes"),                // 1
        ("support_network", "family community"),   // mean(1, 0.5) = 0.75
        ("has_children", "no"),
        ("children_school", "no"));                // not relevant: drops out although answered 0

    [Fact]
    public void WorkedExample_DontKnowDropsOut_IrrelevantDropsOut_UnansweredDimensionIsNull()
    {
        var scores = InstrumentScorer.Score(Rss(), FirstRound, AnsweredOn);

        // economic = (2 × 0.75 + 1 × 0.5) / (2 + 1) = 2 / 3 — can_borrow's "don't know" is in neither sum
        Assert.Equal(2.0 / 3.0, scores.ScoreOf("economic")!.Value, Precision);
        // social = (1 × 1 + 2 × 0.75) / (1 + 2) = 2.5 / 3 — children_school is not relevant
        Assert.Equal(2.5 / 3.0, scores.ScoreOf("social")!.Value, Precision);
        // psychosocial: nothing answered, so no score at all (not 0)
        Assert.Null(scores.ScoreOf("psychosocial"));
        // composite = (1 × 0.75 + 1 × 0.5 + 1 × 1 + 1 × 0.75) / (1 + 1 + 1 + 1) = 3 / 4
        Assert.Equal(0.75, scores.Composite!.Value, Precision);

        Assert.Equal(["economic", "social", "psychosocial"], scores.Dimensions.Select(d => d.Dimension));
        Assert.Equal([2, 2, 0], scores.Dimensions.Select(d => d.ItemCount));
        Assert.Equal(["econ_satisfaction", "food_reduction", "access_services", "support_network"], scores.Items.Select(i => i.Field));
        Assert.Equal("1", scores.InstrumentVersion);
    }

    [Fact]
    public void WorkedExample_EveryDimensionAnswered()
    {
        var answers = Answers(
            ("econ_satisfaction", "very_satisfied"),     // 1     weight 2  composite 1
            ("food_reduction", "often"),                 // 0     weight 1  composite 1
            ("can_borrow", "yes"),                       // 1     weight 1  composite 0.5
            ("access_services", "no"),                   // 0     weight 1  composite 1
            ("support_network", "friends dont_know"),    // 0.75 (dont_know is left out of the mean)  weight 2  composite 1
            ("has_children", "yes"),
            ("children_school", "yes"),                  // 1     weight 1  composite 1
            ("psych_wellbeing", "neutral"),              // 0.5   weight 1  composite 2
            ("psych_discrimination", "never"));          // 1     weight 1  composite 1

        var scores = InstrumentScorer.Score(Rss(), answers, AnsweredOn);

        // economic = (2 × 1 + 1 × 0 + 1 × 1) / (2 + 1 + 1) = 3 / 4
        Assert.Equal(0.75, scores.ScoreOf("economic")!.Value, Precision);
        // social = (1 × 0 + 2 × 0.75 + 1 × 1) / (1 + 2 + 1) = 2.5 / 4
        Assert.Equal(0.625, scores.ScoreOf("social")!.Value, Precision);
        // psychosocial = (1 × 0.5 + 1 × 1) / (1 + 1) = 0.75
        Assert.Equal(0.75, scores.ScoreOf("psychosocial")!.Value, Precision);
        // composite = (1×1 + 1×0 + 0.5×1 + 1×0 + 1×0.75 + 1×1 + 2×0.5 + 1×1) / (1 + 1 + 0.5 + 1 + 1 + 1 + 2 + 1) = 5.25 / 8.5
        Assert.Equal(5.25 / 8.5, scores.Composite!.Value, Precision);
    }

    [Fact]
    public void SelectMultiple_WithOnlyUnscoredChoices_DropsOut()
    {
        var scores = InstrumentScorer.Score(Rss(), Answers(("support_network", "dont_know"), ("access_services", "yes")), AnsweredOn);
        // social = (1 × 1) / 1 — support_network has no scored choice selected
        Assert.Equal(1.0, scores.ScoreOf("social"));
        Assert.Equal(["access_services"], scores.Items.Select(i => i.Field));
    }

    [Fact]
    public void NothingAnswered_NoScoreAnywhere()
    {
        var scores = InstrumentScorer.Score(Rss(), AnswerSet.Empty, AnsweredOn);
        Assert.All(scores.Dimensions, d => Assert.Null(d.Score));
        Assert.Null(scores.Composite);
        Assert.Empty(scores.Items);
    }

    [Fact]
    public void AnswerThatIsNotAChoice_DropsOut()
    {
        var scores = InstrumentScorer.Score(Rss(), Answers(("econ_satisfaction", "ecstatic"), ("food_reduction", "never")), AnsweredOn);
        // economic = (1 × 1) / 1
        Assert.Equal(1.0, scores.ScoreOf("economic"));
        Assert.Single(scores.Items);
    }

    [Fact]
    public void NewVersionOfTheWeights_RescoresTheSameRawAnswers()
    {
        var before = FirstRound.Values.ToDictionary();
        var v1 = InstrumentScorer.Score(Rss("1"), FirstRound, AnsweredOn);
        var v2 = InstrumentScorer.Score(Rss("2", econSatisfactionWeight: "4"), FirstRound, AnsweredOn);

        Assert.Equal(2.0 / 3.0, v1.ScoreOf("economic")!.Value, Precision);
        // economic under version 2 = (4 × 0.75 + 1 × 0.5) / (4 + 1) = 3.5 / 5
        Assert.Equal(0.7, v2.ScoreOf("economic")!.Value, Precision);
        // the composite weights did not change, so neither did the composite
        Assert.Equal(v1.Composite, v2.Composite);
        Assert.Equal("2", v2.InstrumentVersion);
        Assert.Equal(before, FirstRound.Values);
    }

    [Fact]
    public void ZeroWeights_LeaveTheDimensionWithoutScore()
    {
        var instrument = Build(
            Table(["type", "name", "dimension", "weight", "composite_weight"],
                ["select_one yes_no", "a", "economic", "0", "0"],
                ["select_one yes_no", "b", "social", "1", "0"]),
            Choices);
        var scores = InstrumentScorer.Score(instrument, Answers(("a", "yes"), ("b", "no")), AnsweredOn);
        // economic: Σ(weight) = 0, so no score; social = (1 × 0) / 1 = 0; composite: Σ(composite_weight) = 0
        Assert.Null(scores.ScoreOf("economic"));
        Assert.Equal(0.0, scores.ScoreOf("social"));
        Assert.Null(scores.Composite);
    }

    [Fact]
    public void Relevance_IsDecidedOnTheDayTheAnswersWereCollected()
    {
        var instrument = Build(
            Table(["type", "name", "relevant", "dimension", "weight", "composite_weight"],
                ["date", "returned_on"],
                ["select_one yes_no", "settled", "today() - ${returned_on} >= 90", "social", "1", "1"]),
            Choices);
        var answers = Answers(("returned_on", "2024-01-01"), ("settled", "yes"));
        // 2024-03-15 is 74 days after return: not yet relevant; 2024-04-15 is 105 days after: relevant
        Assert.Null(InstrumentScorer.Score(instrument, answers, new DateOnly(2024, 3, 15)).ScoreOf("social"));
        Assert.Equal(1.0, InstrumentScorer.Score(instrument, answers, new DateOnly(2024, 4, 15)).ScoreOf("social"));
    }

    [Fact]
    public void Scores_StayWithinZeroAndOne()
    {
        var best = Answers(("econ_satisfaction", "very_satisfied"), ("food_reduction", "never"), ("can_borrow", "yes"),
            ("access_services", "yes"), ("support_network", "family"), ("psych_wellbeing", "very_satisfied"), ("psych_discrimination", "never"));
        var worst = Answers(("econ_satisfaction", "very_dissatisfied"), ("food_reduction", "often"), ("can_borrow", "no"),
            ("access_services", "no"), ("support_network", "none"), ("psych_wellbeing", "very_dissatisfied"), ("psych_discrimination", "often"));
        var high = InstrumentScorer.Score(Rss(), best, AnsweredOn);
        var low = InstrumentScorer.Score(Rss(), worst, AnsweredOn);
        Assert.All(high.Dimensions, d => Assert.Equal(1.0, d.Score));
        Assert.Equal(1.0, high.Composite);
        Assert.All(low.Dimensions, d => Assert.Equal(0.0, d.Score));
        Assert.Equal(0.0, low.Composite);
    }
    [Fact]
    public void ScoringAChecksAnswers_ReusesTheCheck_AndGivesTheScoresOfItsTakenValues()
    {
        var rss = Rss();
        var check = SubmissionChecker.Check(rss, FirstRound, AnsweredOn);
        Assert.True(check.IsValid);

        var reused = InstrumentScorer.Score(rss, check, AnsweredOn);
        var again = InstrumentScorer.Score(rss, check.Values, AnsweredOn);

        Assert.Equal(again.Composite, reused.Composite);
        Assert.Equal(again.Dimensions, reused.Dimensions);
        Assert.Equal(again.Items, reused.Items);
        // children_school was answered but is not relevant: it drops out of the reused scores too.
        Assert.DoesNotContain(reused.Items, i => i.Field == "children_school");
        // Another day, or another version of the instrument, is scored from the values, not from the check.
        Assert.Equal(again.Composite, InstrumentScorer.Score(rss, check, AnsweredOn.AddDays(1)).Composite);
        var version2 = Rss("2", "4");
        Assert.Equal(InstrumentScorer.Score(version2, check.Values, AnsweredOn).ScoreOf("economic"), InstrumentScorer.Score(version2, check, AnsweredOn).ScoreOf("economic"));
        Assert.NotEqual(reused.ScoreOf("economic"), InstrumentScorer.Score(version2, check, AnsweredOn).ScoreOf("economic"));
    }
}
