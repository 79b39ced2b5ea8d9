using Homeward.Domain;
using Homeward.Domain.Cases;

namespace Homeward.Domain.Tests.Cases;

public class CaseLifecycleTests
{
    private static Case NewCase(CaseStage stage = CaseStage.Registered, int assessments = 0) =>
        new() { Reference = "HW-T-1", HostCountry = "Libya", Stage = stage, AssessmentCount = assessments };

    [Fact]
    public void MoveTo_Assessment_FromRegistered_Moves()
    {
        var c = NewCase();
        CaseLifecycle.MoveTo(c, CaseStage.Assessment, hasAgreedPlan: false);
        Assert.Equal(CaseStage.Assessment, c.Stage);
    }

    [Fact]
    public void MoveTo_Planning_WithoutAssessment_IsRefusedAndStageUnchanged()
    {
        var c = NewCase(CaseStage.Assessment);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.MoveTo(c, CaseStage.Planning, false));
        Assert.Equal("plan-needs-assessment", ex.Code);
        Assert.True(ex.IsConflict);
        Assert.Equal(CaseStage.Assessment, c.Stage);
    }

    [Fact]
    public void MoveTo_Implementation_WithoutAgreedPlan_IsRefused()
    {
        var c = NewCase(CaseStage.Planning, assessments: 1);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.MoveTo(c, CaseStage.Implementation, hasAgreedPlan: false));
        Assert.Equal("implementation-needs-agreed-plan", ex.Code);
        Assert.Equal(CaseStage.Planning, c.Stage);
    }

    [Theory]
    [InlineData(CaseStage.Registered, CaseStage.Planning)]
    [InlineData(CaseStage.Registered, CaseStage.Monitoring)]
    [InlineData(CaseStage.Assessment, CaseStage.Implementation)]
    [InlineData(CaseStage.Implementation, CaseStage.Registered)]
    public void MoveTo_SkippingOrGoingBackwards_IsAnIllegalTransition(CaseStage from, CaseStage to)
    {
        var c = NewCase(from, assessments: 3);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.MoveTo(c, to, hasAgreedPlan: true));
        Assert.Equal("illegal-transition", ex.Code);
        Assert.Contains(from.ToString(), ex.Message);
        Assert.Equal(from, c.Stage);
    }

    [Fact]
    public void MoveTo_Closed_IsRefused_BecauseClosureNeedsAReason()
    {
        var c = NewCase(CaseStage.Monitoring);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.MoveTo(c, CaseStage.Closed, true));
        Assert.Equal("closure-needs-reason", ex.Code);
    }

    [Fact]
    public void Close_WithoutReason_IsRefused()
    {
        var c = NewCase(CaseStage.Monitoring);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.Close(c, null, null, null, DateTime.UtcNow, false, true, null));
        Assert.Equal("reason", ex.Field);
        Assert.Equal(CaseStage.Monitoring, c.Stage);
    }

    [Fact]
    public void Close_ByCaseManager_WhenApprovalRequired_WaitsForSupervisor()
    {
        var c = NewCase(CaseStage.Monitoring);
        var closed = CaseLifecycle.Close(c, ClosureReason.SupportPeriodEnded, null, "Plan completed", DateTime.UtcNow, approvalRequired: true, actorIsSupervisor: false, Guid.NewGuid());
        Assert.False(closed);
        Assert.Equal(CaseStage.Monitoring, c.Stage);
        Assert.Equal(ClosureReason.SupportPeriodEnded, c.PendingClosureReason);

        CaseLifecycle.ApproveClosure(c, DateTime.UtcNow);
        Assert.Equal(CaseStage.Closed, c.Stage);
        Assert.Equal(ClosureReason.SupportPeriodEnded, c.ClosureReason);
        Assert.Null(c.PendingClosureReason);
    }

    [Fact]
    public void Close_ReturneeChoseToStop_NeedsTheSubReason()
    {
        var c = NewCase(CaseStage.Implementation);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.Close(c, ClosureReason.ReturneeChoseToStop, null, null, DateTime.UtcNow, false, true, null));
        Assert.Equal("optOutReason", ex.Field);
    }

    [Fact]
    public void OptOut_ClosesAtOnce_AtAnyStage_WithoutApproval()
    {
        var c = NewCase(CaseStage.Registered);
        c.NextFollowUpDueOn = new DateOnly(2027, 1, 1);
        CaseLifecycle.OptOut(c, OptOutReason.StigmaOrNegativeRepercussions, "Neighbours' reactions", DateTime.UtcNow);
        Assert.Equal(CaseStage.Closed, c.Stage);
        Assert.Null(c.NextFollowUpDueOn);
        Assert.Equal(ClosureReason.ReturneeChoseToStop, c.ClosureReason);
        Assert.Equal(OptOutReason.StigmaOrNegativeRepercussions, c.OptOutReason);
    }

    [Fact]
    public void Reopen_ReturnsToTheStageBeforeClosure_AndNeedsAReason()
    {
        var c = NewCase(CaseStage.Monitoring);
        CaseLifecycle.Close(c, ClosureReason.LeftTheArea, null, null, DateTime.UtcNow, false, true, null);
        Assert.Throws<DomainRuleException>(() => CaseLifecycle.Reopen(c, " "));
        Assert.Equal(CaseStage.Closed, c.Stage);

        CaseLifecycle.Reopen(c, "Came back to the district");
        Assert.Equal(CaseStage.Monitoring, c.Stage);
        Assert.Null(c.ClosureReason);
        Assert.Null(c.ClosedAt);
    }

    [Fact]
    public void Reopen_AnOpenCase_IsRefused()
    {
        var c = NewCase(CaseStage.Planning);
        var ex = Assert.Throws<DomainRuleException>(() => CaseLifecycle.Reopen(c, "why"));
        Assert.Equal("case-not-closed", ex.Code);
    }
}
