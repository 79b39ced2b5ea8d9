using Homeward.Domain.Plans;

namespace Homeward.Domain.Tests.Plans;

public class PlanRulesTests
{
    private static ReintegrationPlan Plan(params decimal[] costs) =>
        new() { BudgetLines = costs.Select(c => new BudgetLine { Description = "Item", EstimatedCost = c }).ToList() };

    [Fact]
    public void ApplyBudgetRules_LineAboveApprovalLimit_IsPending_OthersNotRequired()
    {
        var plan = Plan(500, 500.01m);
        PlanRules.ApplyBudgetRules(plan, 2000, 500, "EUR");
        Assert.Equal(BudgetApproval.NotRequired, plan.BudgetLines[0].Approval);
        Assert.Equal(BudgetApproval.Pending, plan.BudgetLines[1].Approval);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void ApplyBudgetRules_ZeroOrNegativeCost_IsRefusedNamingTheLine(decimal cost)
    {
        var ex = Assert.Throws<DomainRuleException>(() => PlanRules.ApplyBudgetRules(Plan(100, cost), 2000, 500, "EUR"));
        Assert.Equal("budgetLines[1].estimatedCost", ex.Field);
    }

    [Fact]
    public void ApplyBudgetRules_TotalAboveCeiling_IsRefusedNamingBudgetLines()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PlanRules.ApplyBudgetRules(Plan(1500, 501), 2000, 500, "EUR"));
        Assert.Equal("budgetLines", ex.Field);
        PlanRules.ApplyBudgetRules(Plan(1500, 500), 2000, 500, "EUR");
    }

    [Fact]
    public void ApplyBudgetRules_OtherCurrency_IsRefusedNamingTheCurrency()
    {
        var plan = Plan(100);
        plan.BudgetLines[0].Currency = "XOF";
        var ex = Assert.Throws<DomainRuleException>(() => PlanRules.ApplyBudgetRules(plan, 2000, 500, "EUR"));
        Assert.Equal("budgetLines[0].currency", ex.Field);
    }

    [Fact]
    public void CheckPayment_UpToTheApprovedAmount_Passes_AndAboveIsAConflict()
    {
        var line = new BudgetLine { Description = "Tools", EstimatedCost = 300 };
        PlanRules.CheckPayment(line, 200, 100);
        var ex = Assert.Throws<DomainRuleException>(() => PlanRules.CheckPayment(line, 200, 100.01m));
        Assert.Equal("line-overspent", ex.Code);
        Assert.True(ex.IsConflict);
    }

    [Theory]
    [InlineData(BudgetApproval.Pending, "line-needs-approval")]
    [InlineData(BudgetApproval.Rejected, "line-rejected")]
    public void CheckPayment_OnLineNotApproved_IsAConflict(BudgetApproval approval, string code)
    {
        var line = new BudgetLine { Description = "Motorbike", EstimatedCost = 900, Approval = approval };
        var ex = Assert.Throws<DomainRuleException>(() => PlanRules.CheckPayment(line, 0, 10));
        Assert.Equal(code, ex.Code);
        Assert.True(ex.IsConflict);
    }

    [Fact]
    public void DimensionOf_FollowsTheHandbookGroups()
    {
        Assert.Equal(Dimension.Immediate, AssistanceTypes.DimensionOf(AssistanceType.Cash));
        Assert.Equal(Dimension.Economic, AssistanceTypes.DimensionOf(AssistanceType.VocationalTraining));
        Assert.Equal(Dimension.Social, AssistanceTypes.DimensionOf(AssistanceType.Housing));
        Assert.Equal(Dimension.Psychosocial, AssistanceTypes.DimensionOf(AssistanceType.Counselling));
    }

    [Fact]
    public void PlanDeadline_IsLate_OnlyAfterTheDeadlineWithoutAgreement()
    {
        var returned = new DateOnly(2026, 1, 1);
        Assert.Equal(new DateOnly(2026, 1, 31), PlanDeadline.DueOn(returned, 30));
        Assert.False(PlanDeadline.IsLate(returned, null, 30, new DateOnly(2026, 1, 31)));
        Assert.True(PlanDeadline.IsLate(returned, null, 30, new DateOnly(2026, 2, 1)));
        Assert.False(PlanDeadline.IsLate(returned, new DateOnly(2026, 2, 10), 30, new DateOnly(2026, 3, 1)));
    }
}
