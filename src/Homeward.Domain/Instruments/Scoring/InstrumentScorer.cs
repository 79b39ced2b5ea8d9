using Homeward.Domain.Instruments.Submissions;

namespace Homeward.Domain.Instruments.Scoring;

/// <summary>
/// Scores a submission by the Reintegration Sustainability Survey rule:
///   dimension score = Σ(weight × score) / Σ(weight) over the scored items answered in that dimension;
///   composite score = Σ(composite_weight × score) / Σ(composite_weight) over all scored items answered.
/// An item that is not answered, not relevant, or answered with an unscored choice ("don't know") drops out of
/// both sums rather than counting as 0. A dimension with no item left has no score (null), not 0; so has one whose
/// remaining weights are all 0, and likewise the composite. Every score is in 0..1 because choice scores are.
/// </summary>
public static class InstrumentScorer
{
    /// <param name="answeredOn">What today() gives in relevant expressions: the day the answers were collected, so
    /// scoring the same answers again later decides relevance as it was decided then.</param>
    public static InstrumentScores Score(Instrument instrument, AnswerSet answers, DateOnly answeredOn) =>
        Score(new SubmissionEvaluator(instrument, answers, answeredOn));

    /// <summary>
    /// Scores the answers a check took, reusing the relevance and calculates the check worked out when it checked them with
    /// this instrument on <paramref name="answeredOn"/>: the same scores as scoring <see cref="SubmissionCheck.Values"/> again
    /// (an answer the check left out, being irrelevant, reads as empty in both), without evaluating every expression twice.
    /// </summary>
    public static InstrumentScores Score(Instrument instrument, SubmissionCheck check, DateOnly answeredOn) =>
        check.Evaluator is { } evaluator && evaluator.Instrument == instrument && evaluator.Today == answeredOn
            ? Score(evaluator)
            : Score(instrument, check.Values, answeredOn);

    private static InstrumentScores Score(SubmissionEvaluator evaluator)
    {
        var instrument = evaluator.Instrument;
        var items = new List<ItemScore>();
        foreach (var question in instrument.Scored)
        {
            if (ScoreOf(question, evaluator.Value(question, -1)) is { } score)
                items.Add(new ItemScore(question.Name, question.Dimension!, score, question.Weight!.Value, question.CompositeWeight!.Value));
        }
        var dimensions = instrument.Dimensions.Select(dimension =>
        {
            var inDimension = items.Where(i => i.Dimension == dimension).ToList();
            return new DimensionScore(dimension, WeightedMean(inDimension, i => i.Weight), inDimension.Count);
        }).ToList();
        return new InstrumentScores(instrument.Settings.Version, items, dimensions, WeightedMean(items, i => i.CompositeWeight));
    }

    /// <summary>
    /// The score of one answer, null when it drops out. A select_one scores its choice's score. A select_multiple
    /// scores the mean of the scores of its selected choices, leaving out selected choices that are unscored; with
    /// no scored choice selected it drops out. Names that are not choices of the list (a refused answer) are ignored.
    /// </summary>
    private static double? ScoreOf(Question question, string answer)
    {
        var names = AnswerTypes.ChoiceNames(answer);
        if (question.Type == QuestionType.SelectOne && names.Length != 1) return null;
        var scores = names.Select(name => question.Choices!.Find(name)?.Score).OfType<double>().ToList();
        return scores.Count == 0 ? null : scores.Average();
    }

    private static double? WeightedMean(IReadOnlyList<ItemScore> items, Func<ItemScore, double> weightOf)
    {
        var totalWeight = items.Sum(weightOf);
        return totalWeight > 0 ? items.Sum(i => weightOf(i) * i.Score) / totalWeight : null;
    }
}
