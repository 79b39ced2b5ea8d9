using Homeward.Domain.Plans;

namespace Homeward.Domain.Tests.Plans;

public class BudgetDecisionTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 10, 0, 0, DateTimeKind.Utc);
    private static BudgetLine Pending() => new() { Description = "Motorbike", EstimatedCost = 900, Approval = BudgetApproval.Pending };

    [Fact]
    public void Approve_PendingLine_IsApprovedAndPayable()
    {
        var line = Pending();
        BudgetDecision.Approve(line, PlanStatus.Agreed, "Moussa Sarr", Now);
        Assert.Equal(BudgetApproval.Approved, line.Approval);
        Assert.Equal("Moussa Sarr", line.ApprovedBy);
        Assert.Equal(Now, line.ApprovedAt);
        Assert.Equal(900, PlanRules.PayableAmount(line));
    }

    [Fact]
    public void Reject_WithoutReason_IsRefusedNamingTheReason_AndStaysPending()
    {
        var line = Pending();
        var ex = Assert.Throws<DomainRuleException>(() => BudgetDecision.Reject(line, PlanStatus.Draft, " ", "Moussa Sarr", Now));
        Assert.Equal("reason", ex.Field);
        Assert.Equal(BudgetApproval.Pending, line.Approval);
    }

    [Fact]
    public void Reject_WithReason_IsRejectedAndNotPayable()
    {
        var line = Pending();
        BudgetDecision.Reject(line, PlanStatus.Draft, "Too expensive for the local market", "Moussa Sarr", Now);
        Assert.Equal(BudgetApproval.Rejected, line.Approval);
        Assert.Equal(0, PlanRules.PayableAmount(line));
    }

    [Fact]
    public void Approve_LineNotWaiting_IsAConflict()
    {
        var line = new BudgetLine { Description = "Seeds", EstimatedCost = 100 };
        var ex = Assert.Throws<DomainRuleException>(() => BudgetDecision.Approve(line, PlanStatus.Agreed, "Moussa Sarr", Now));
        Assert.True(ex.IsConflict);
        Assert.Equal(BudgetApproval.NotRequired, line.Approval);
    }

    [Fact]
    public void Approve_LineOfSupersededVersion_IsAConflict()
    {
        var line = Pending();
        var ex = Assert.Throws<DomainRuleException>(() => BudgetDecision.Approve(line, PlanStatus.Superseded, "Moussa Sarr", Now));
        Assert.Equal("plan-superseded", ex.Code);
        Assert.Equal(BudgetApproval.Pending, line.Approval);
    }
}
