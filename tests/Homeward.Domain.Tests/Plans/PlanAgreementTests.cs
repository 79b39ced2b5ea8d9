using Homeward.Domain.Plans;

namespace Homeward.Domain.Tests.Plans;

public class PlanAgreementTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static ReintegrationPlan Draft(int activities = 1, int version = 2) => new()
    {
        VersionNumber = version,
        Activities = Enumerable.Range(0, activities).Select(_ => new PlanActivity { Description = "Tailoring training", AssistanceType = AssistanceType.VocationalTraining }).ToList(),
    };

    [Fact]
    public void Agree_Draft_BecomesAgreed_AndTheVersionInForceIsSuperseded()
    {
        var inForce = new ReintegrationPlan { Status = PlanStatus.Agreed, VersionNumber = 1 };
        var draft = Draft();
        PlanAgreement.Agree(draft, inForce, Today, " Signed ", Today);
        Assert.Equal(PlanStatus.Agreed, draft.Status);
        Assert.Equal(Today, draft.AgreedOn);
        Assert.Equal("Signed", draft.AgreementMethod);
        Assert.Equal(PlanStatus.Superseded, inForce.Status);
    }

    [Fact]
    public void Agree_DateInTheFuture_IsRefusedNamingTheDate_AndNothingChanges()
    {
        var inForce = new ReintegrationPlan { Status = PlanStatus.Agreed };
        var draft = Draft();
        var ex = Assert.Throws<DomainRuleException>(() => PlanAgreement.Agree(draft, inForce, Today.AddDays(1), "Signed", Today));
        Assert.Equal("agreedOn", ex.Field);
        Assert.False(ex.IsConflict);
        Assert.Equal(PlanStatus.Draft, draft.Status);
        Assert.Equal(PlanStatus.Agreed, inForce.Status);
    }

    [Fact]
    public void Agree_WithoutActivity_IsAConflictNamingActivities()
    {
        var draft = Draft(activities: 0);
        var ex = Assert.Throws<DomainRuleException>(() => PlanAgreement.Agree(draft, null, Today, "Signed", Today));
        Assert.Equal("activities", ex.Field);
        Assert.True(ex.IsConflict);
        Assert.Equal(PlanStatus.Draft, draft.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Agree_WithoutMethod_IsRefusedNamingTheMethod(string? method)
    {
        var ex = Assert.Throws<DomainRuleException>(() => PlanAgreement.Agree(Draft(), null, Today, method, Today));
        Assert.Equal("method", ex.Field);
    }

    [Fact]
    public void Agree_WithoutDate_IsRefusedNamingTheDate()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PlanAgreement.Agree(Draft(), null, null, "Signed", Today));
        Assert.Equal("agreedOn", ex.Field);
    }

    [Fact]
    public void Agree_AlreadyAgreedVersion_IsAConflict()
    {
        var agreed = Draft();
        agreed.Status = PlanStatus.Agreed;
        var ex = Assert.Throws<DomainRuleException>(() => PlanAgreement.Agree(agreed, null, Today, "Signed", Today));
        Assert.True(ex.IsConflict);
    }
}
