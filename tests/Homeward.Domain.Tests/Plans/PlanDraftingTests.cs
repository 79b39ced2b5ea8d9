using Homeward.Domain.Cases;
using Homeward.Domain.Plans;

namespace Homeward.Domain.Tests.Plans;

public class PlanDraftingTests
{
    private static BudgetLine Line(decimal cost, BudgetApproval approval = BudgetApproval.NotRequired, string description = "Sewing machine") =>
        new() { Description = description, EstimatedCost = cost, Approval = approval, ApprovedBy = approval is BudgetApproval.Approved or BudgetApproval.Rejected ? "Moussa" : null };

    [Theory]
    [InlineData(CaseStage.Planning)]
    [InlineData(CaseStage.Implementation)]
    [InlineData(CaseStage.Monitoring)]
    public void CheckStage_WhenPlanningOrLater_Allows(CaseStage stage) => PlanDrafting.CheckStage(stage);

    [Theory]
    [InlineData(CaseStage.Registered)]
    [InlineData(CaseStage.Assessment)]
    [InlineData(CaseStage.Closed)]
    public void CheckStage_BeforePlanningOrClosed_IsAConflict(CaseStage stage)
    {
        var ex = Assert.Throws<DomainRuleException>(() => PlanDrafting.CheckStage(stage));
        Assert.Equal("plan-stage", ex.Code);
        Assert.True(ex.IsConflict);
    }

    [Fact]
    public void CarryDecision_ApprovedLineAtSameOrLowerCost_StaysApproved()
    {
        var before = Line(800, BudgetApproval.Approved);
        var same = Line(800);
        var lower = Line(700);
        PlanDrafting.CarryDecision(same, before);
        PlanDrafting.CarryDecision(lower, before);
        Assert.Equal(BudgetApproval.Approved, same.Approval);
        Assert.Equal("Moussa", same.ApprovedBy);
        Assert.Equal(BudgetApproval.Approved, lower.Approval);
    }

    [Fact]
    public void CarryDecision_ApprovedLineAtHigherCost_NeedsANewDecision()
    {
        var line = Line(900);
        PlanDrafting.CarryDecision(line, Line(800, BudgetApproval.Approved));
        Assert.Equal(BudgetApproval.NotRequired, line.Approval);
        Assert.Null(line.ApprovedBy);
        PlanRules.ApplyBudgetRules(new ReintegrationPlan { BudgetLines = [line] }, 2000, 500, "EUR");
        Assert.Equal(BudgetApproval.Pending, line.Approval);
    }

    [Fact]
    public void CarryDecision_RejectedLine_StaysRejectedUnlessChanged()
    {
        var unchanged = Line(800);
        var cheaper = Line(600);
        var renamed = Line(800, description: "Used sewing machine");
        PlanDrafting.CarryDecision(unchanged, Line(800, BudgetApproval.Rejected));
        PlanDrafting.CarryDecision(cheaper, Line(800, BudgetApproval.Rejected));
        PlanDrafting.CarryDecision(renamed, Line(800, BudgetApproval.Rejected));
        Assert.Equal(BudgetApproval.Rejected, unchanged.Approval);
        Assert.Equal(BudgetApproval.NotRequired, cheaper.Approval);
        Assert.Equal(BudgetApproval.NotRequired, renamed.Approval);
    }

    [Fact]
    public void CarryDecision_PendingOrNewLine_IsDecidedAfresh()
    {
        var line = Line(800, BudgetApproval.Pending);
        PlanDrafting.CarryDecision(line, Line(800, BudgetApproval.Pending));
        Assert.Equal(BudgetApproval.NotRequired, line.Approval);
        var fresh = Line(100, BudgetApproval.Approved);
        PlanDrafting.CarryDecision(fresh, null);
        Assert.Equal(BudgetApproval.NotRequired, fresh.Approval);
    }

    [Fact]
    public void CheckSpending_LineBudgetedBelowWhatWasSpent_IsRefusedNamingTheCost()
    {
        var line = Line(100);
        var plan = new ReintegrationPlan { BudgetLines = [Line(50), line] };
        var ex = Assert.Throws<DomainRuleException>(() => PlanDrafting.CheckSpending(plan, new Dictionary<Guid, decimal> { [line.LineKey] = 150 }, new Dictionary<Guid, string>()));
        Assert.Equal("budgetLines[1].estimatedCost", ex.Field);
        Assert.False(ex.IsConflict);
    }

    [Fact]
    public void CheckSpending_DroppingALineWithSpending_IsRefused()
    {
        var key = Guid.NewGuid();
        var plan = new ReintegrationPlan { BudgetLines = [Line(50)] };
        var ex = Assert.Throws<DomainRuleException>(() => PlanDrafting.CheckSpending(plan, new Dictionary<Guid, decimal> { [key] = 10 }, new Dictionary<Guid, string> { [key] = "Tools" }));
        Assert.Equal("budgetLines", ex.Field);
        Assert.Contains("Tools", ex.Message);
    }

    [Fact]
    public void CheckSpending_LineKeptAtOrAboveSpending_Passes()
    {
        var line = Line(150);
        PlanDrafting.CheckSpending(new ReintegrationPlan { BudgetLines = [line] }, new Dictionary<Guid, decimal> { [line.LineKey] = 150 }, new Dictionary<Guid, string>());
    }
}
