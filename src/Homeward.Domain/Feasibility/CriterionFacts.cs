namespace Homeward.Domain.Feasibility;

/// <summary>What is known about one returnee that automatic criteria read.</summary>
public sealed record CriterionFacts(
    bool Vulnerable,
    IReadOnlySet<ServiceMap.ServiceType> ServiceTypesWithCapacity,
    IReadOnlySet<Assessments.AssessmentKind> AssessmentsRecorded,
    IReadOnlyDictionary<Guid, bool> Ticks,
    IReadOnlyList<LabourMarket.LabourMarketAssessment> LabourMarket);

/// <summary>
/// Whether one criterion holds, and why: <see cref="Reason"/> is an English sentence that may name <see cref="ReasonArgument"/>
/// as {0}, so the interface can translate it.
/// </summary>
public sealed record CriterionResult(FeasibilityCriterion Criterion, bool Holds, string Reason, string? ReasonArgument);

/// <summary>Evaluates the criteria of the feasibility grid for one returnee.</summary>
public static class CriterionEvaluator
{
    public static CriterionResult Evaluate(FeasibilityCriterion c, CriterionFacts facts)
    {
        var (holds, reason, argument) = c.Rule switch
        {
            CriterionRule.VulnerabilityFlag => facts.Vulnerable
                ? (true, "The case carries a vulnerability flag.", null)
                : (false, "The case carries no vulnerability flag.", (string?)null),
            CriterionRule.NoVulnerabilityFlag => facts.Vulnerable
                ? (false, "The case carries a vulnerability flag.", null)
                : (true, "The case carries no vulnerability flag.", null),
            CriterionRule.ServiceWithCapacity => c.ServiceType is { } type && facts.ServiceTypesWithCapacity.Contains(type)
                ? (true, "A service of this type with a free place serves the returnee's place: {0}.", $"ServiceType.{type}")
                : (false, "No service of this type with a free place serves the returnee's place: {0}.", $"ServiceType.{c.ServiceType}"),
            CriterionRule.AssessmentRecorded => c.AssessmentKind is { } kind && facts.AssessmentsRecorded.Contains(kind)
                ? (true, "This assessment is recorded: {0}.", $"AssessmentKind.{kind}")
                : (false, "This assessment is not recorded yet: {0}.", $"AssessmentKind.{c.AssessmentKind}"),
            CriterionRule.LabourMarketDemand => facts.LabourMarket.Count == 0
                ? (false, "No labour market assessment covers the returnee's place.", null)
                : c.Skill is { Length: > 0 } skill && facts.LabourMarket.Any(m => m.InDemand(skill))
                    ? (true, "The labour market assessment of the returnee's place names this skill in demand: {0}.", c.Skill)
                    : (false, "The labour market assessment of the returnee's place does not name this skill in demand: {0}.", c.Skill),
            _ => facts.Ticks.TryGetValue(c.Id, out var ticked)
                ? (ticked, ticked ? "Checked by the case manager: it holds." : "Checked by the case manager: it does not hold.", null)
                : (false, "Not checked yet by the case manager.", null),
        };
        return new CriterionResult(c, holds, reason, argument);
    }

    /// <summary>An approach is feasible when every one of its criteria holds.</summary>
    public static bool Feasible(IEnumerable<CriterionResult> results) => results.All(r => r.Holds);
}
