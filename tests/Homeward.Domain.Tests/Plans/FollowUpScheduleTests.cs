using Homeward.Domain.FollowUps;

namespace Homeward.Domain.Tests.Plans;

public class FollowUpScheduleTests
{
    [Fact]
    public void For_SchedulesTheProgrammeMonthsAfterReturn_SkippingThoseBeforeAgreement()
    {
        var returned = new DateOnly(2026, 1, 10);
        var visits = FollowUpSchedule.For(Guid.NewGuid(), returned, [1, 3, 6, 9, 12, 18], agreedOn: new DateOnly(2026, 3, 1));
        Assert.Equal([3, 6, 9, 12, 18], visits.Select(v => v.MonthsAfterReturn));
        Assert.Equal(new DateOnly(2026, 4, 10), visits[0].DueOn);
    }
}
