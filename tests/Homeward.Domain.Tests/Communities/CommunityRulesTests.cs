using Homeward.Domain.Communities;

namespace Homeward.Domain.Tests.Communities;

public sealed class CommunityRulesTests
{
    [Theory]
    [InlineData(10, 2, TrendDirection.Rising)]
    [InlineData(2, 10, TrendDirection.Falling)]
    [InlineData(10, 9, TrendDirection.Stable)]
    [InlineData(21, 20, TrendDirection.Stable)]
    [InlineData(3, 0, TrendDirection.New)]
    [InlineData(0, 0, TrendDirection.Stable)]
    public void Trend_ComparesWithThePreviousPeriod(int current, int previous, TrendDirection expected) =>
        Assert.Equal(expected, ReturnTrend.Of(current, previous));

    [Fact]
    public void PerThousand_NeedsAKnownPopulation()
    {
        Assert.Equal(2.5m, ReturnTrend.PerThousand(10, 4000));
        Assert.Null(ReturnTrend.PerThousand(10, null));
        Assert.Null(ReturnTrend.PerThousand(10, 0));
    }

    [Fact]
    public void PreviousPeriod_HasTheSameLength_AndEndsTheDayBefore() =>
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28)), ReturnTrend.PreviousPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 28)));

    [Theory]
    [InlineData(-1, 0, null, "budget")]
    [InlineData(100, -1, null, "spent")]
    [InlineData(100, 101, null, "spent")]
    [InlineData(100, 10, -1, "endOn")]
    public void Project_RefusesImpossibleFigures(decimal budget, decimal spent, int? endOffset, string field)
    {
        var start = new DateOnly(2026, 5, 1);
        var project = new CommunityProject { Title = "T", Sector = "S", Objectives = "O", Budget = budget, Spent = spent, StartOn = start, EndOn = endOffset is { } d ? start.AddDays(d) : null };
        Assert.Equal(field, Assert.Throws<DomainRuleException>(() => ProjectRules.Check(project)).Field);
    }

    [Fact]
    public void Checklist_ComputesReturnsAndProfiles_AndKeepsTheJudgedOnes()
    {
        var profile = new CommunityProfile { Name = "C", LocalInterest = ConditionJudgement.Met };
        var checks = FavourableConditions.Check(profile, recentReturns: 6, threshold: 10, largestSharedProfile: 3).ToDictionary(c => c.Condition);
        Assert.Equal(ConditionJudgement.PartlyMet, checks[FavourableCondition.EnoughRecentReturnees].Judgement);
        Assert.Equal(ConditionJudgement.Met, checks[FavourableCondition.MatchingProfiles].Judgement);
        Assert.Equal(ConditionJudgement.Met, checks[FavourableCondition.LocalInterest].Judgement);
        Assert.Equal(ConditionSource.Judged, checks[FavourableCondition.ServicesPresent].Source);
    }
}
