using Homeward.Domain.Structural;

namespace Homeward.Domain.Tests.Communities;

public sealed class EngagementTests
{
    [Theory]
    [InlineData(Rating.High, Rating.High, EngagementPriority.ManageClosely)]
    [InlineData(Rating.High, Rating.Medium, EngagementPriority.ManageClosely)]
    [InlineData(Rating.High, Rating.Low, EngagementPriority.Communicate)]
    [InlineData(Rating.Medium, Rating.High, EngagementPriority.Communicate)]
    [InlineData(Rating.Low, Rating.High, EngagementPriority.Communicate)]
    [InlineData(Rating.Medium, Rating.Low, EngagementPriority.Communicate)]
    [InlineData(Rating.Low, Rating.Medium, EngagementPriority.Inform)]
    [InlineData(Rating.Low, Rating.Low, EngagementPriority.Inform)]
    public void Priority_FollowsInfluenceAndInterest(Rating influence, Rating interest, EngagementPriority expected) =>
        Assert.Equal(expected, Engagement.PriorityOf(influence, interest));
}
