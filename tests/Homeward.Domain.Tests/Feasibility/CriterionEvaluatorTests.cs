using Homeward.Domain.Assessments;
using Homeward.Domain.Feasibility;
using Homeward.Domain.LabourMarket;
using Homeward.Domain.ServiceMap;

namespace Homeward.Domain.Tests.Feasibility;

public class CriterionEvaluatorTests
{
    private static readonly LabourMarketAssessment Dakar = new() { Source = "Survey", Sectors = "Garments", SkillsInDemand = "Tailoring, masonry" };

    private static CriterionFacts Facts(bool vulnerable = false, LabourMarketAssessment[]? market = null, Dictionary<Guid, bool>? ticks = null) =>
        new(vulnerable, new HashSet<ServiceType> { ServiceType.VocationalTraining }, new HashSet<AssessmentKind> { AssessmentKind.SkillsAndCapacities },
            ticks ?? [], market ?? []);

    [Theory]
    [InlineData("tailoring", true)]
    [InlineData("Masonry", true)]
    [InlineData("plumbing", false)]
    public void LabourMarketDemand_HoldsWhenTheSkillIsNamedInDemand(string skill, bool holds)
    {
        var c = new FeasibilityCriterion { Text = "Employers need the trade", Rule = CriterionRule.LabourMarketDemand, Skill = skill };
        Assert.Equal(holds, CriterionEvaluator.Evaluate(c, Facts(market: [Dakar])).Holds);
        Assert.False(CriterionEvaluator.Evaluate(c, Facts()).Holds);
        Assert.Equal("No labour market assessment covers the returnee's place.", CriterionEvaluator.Evaluate(c, Facts()).Reason);
    }

    [Fact]
    public void AutomaticRules_ReadTheCase_AndManualOnesTheTick()
    {
        var service = new FeasibilityCriterion { Text = "Centre", Rule = CriterionRule.ServiceWithCapacity, ServiceType = ServiceType.VocationalTraining };
        var health = new FeasibilityCriterion { Text = "Clinic", Rule = CriterionRule.ServiceWithCapacity, ServiceType = ServiceType.Health };
        var noRisk = new FeasibilityCriterion { Text = "No risk", Rule = CriterionRule.NoVulnerabilityFlag };
        var interest = new FeasibilityCriterion { Text = "Interest", Rule = CriterionRule.Manual };
        Assert.True(CriterionEvaluator.Evaluate(service, Facts()).Holds);
        Assert.False(CriterionEvaluator.Evaluate(health, Facts()).Holds);
        Assert.True(CriterionEvaluator.Evaluate(noRisk, Facts()).Holds);
        Assert.False(CriterionEvaluator.Evaluate(noRisk, Facts(vulnerable: true)).Holds);
        Assert.False(CriterionEvaluator.Evaluate(interest, Facts()).Holds);
        Assert.True(CriterionEvaluator.Evaluate(interest, Facts(ticks: new() { [interest.Id] = true })).Holds);
        Assert.False(CriterionEvaluator.Feasible([CriterionEvaluator.Evaluate(service, Facts()), CriterionEvaluator.Evaluate(interest, Facts())]));
    }
}
