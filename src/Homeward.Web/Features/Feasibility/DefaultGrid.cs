using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Feasibility;
using Homeward.Domain.Plans;
using Homeward.Domain.ServiceMap;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Feasibility;

/// <summary>
/// The handbook's feasibility grid, shipped as a programme's starting point: loaded at start when the programme has
/// no grid yet, then the programme's to edit.
/// </summary>
public static class DefaultGrid
{
    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HomewardDbContext>();
        if (await db.FeasibilityApproaches.AnyAsync(ct)) return;
        db.FeasibilityApproaches.AddRange(Rows());
        await db.SaveChangesAsync(ct);
    }

    private static FeasibilityCriterion Manual(CriterionLevel level, string text) => new() { Level = level, Text = text, Rule = CriterionRule.Manual };

    private static FeasibilityCriterion Service(ServiceType type, string text) =>
        new() { Level = CriterionLevel.Structural, Text = text, Rule = CriterionRule.ServiceWithCapacity, ServiceType = type };

    private static FeasibilityCriterion SkillsAssessed() => new()
    {
        Level = CriterionLevel.Individual, Text = "Skills and capacities assessed", Rule = CriterionRule.AssessmentRecorded, AssessmentKind = AssessmentKind.SkillsAndCapacities,
    };

    private static FeasibilityCriterion NoProtectionRisk() =>
        new() { Level = CriterionLevel.Individual, Text = "No protection risk identified", Rule = CriterionRule.NoVulnerabilityFlag };

    public static IReadOnlyList<FeasibilityApproach> Rows()
    {
        var rows = new List<FeasibilityApproach>
        {
            new() { Dimension = Dimension.Economic, Name = "Cash assistance", AssistanceType = AssistanceType.Cash,
                UsefulFor = "High non-productive debt; acute vulnerabilities",
                Criteria = [NoProtectionRisk(), Manual(CriterionLevel.Community, "Others in the community receive cash without tension"),
                    Manual(CriterionLevel.Structural, "Safe cash delivery infrastructure")] },
            new() { Dimension = Dimension.Economic, Name = "In-kind assistance", AssistanceType = AssistanceType.IncomeGeneratingActivity,
                UsefulFor = "Remote location; risk that cash is diverted",
                Criteria = [Manual(CriterionLevel.Individual, "Interest in the goods offered"), Manual(CriterionLevel.Structural, "Reliable suppliers")] },
            new() { Dimension = Dimension.Economic, Name = "Job placement", AssistanceType = AssistanceType.JobPlacement,
                UsefulFor = "No income-generating activity; skills matching local demand",
                Criteria = [SkillsAssessed(), Manual(CriterionLevel.Community, "Employers are hiring"), Service(ServiceType.JobPlacement, "A job placement service with free places")] },
            new() { Dimension = Dimension.Economic, Name = "Business development support", AssistanceType = AssistanceType.IndividualMicroBusiness,
                UsefulFor = "No income-generating activity; entrepreneurial interest",
                Criteria = [SkillsAssessed(), Manual(CriterionLevel.Individual, "Interest in running a business"),
                    Service(ServiceType.BusinessDevelopment, "A business development service with free places")] },
            new() { Dimension = Dimension.Economic, Name = "Start-up grant", AssistanceType = AssistanceType.IndividualMicroBusiness,
                UsefulFor = "A viable business plan without capital",
                Criteria = [NoProtectionRisk(), Manual(CriterionLevel.Individual, "A viable business plan"), Manual(CriterionLevel.Structural, "Reliable suppliers")] },
            new() { Dimension = Dimension.Economic, Name = "Vocational training", AssistanceType = AssistanceType.VocationalTraining,
                UsefulFor = "No marketable skills; interest in a trade",
                Criteria = [SkillsAssessed(), Manual(CriterionLevel.Individual, "Interest in the trade"),
                    Service(ServiceType.VocationalTraining, "A training centre with free places")] },
            new() { Dimension = Dimension.Economic, Name = "Scholarships", AssistanceType = AssistanceType.Education,
                UsefulFor = "Interrupted education",
                Criteria = [Manual(CriterionLevel.Individual, "Wishes to resume education"), Service(ServiceType.Education, "An education provider with free places")] },
            new() { Dimension = Dimension.Economic, Name = "Financial management training", AssistanceType = AssistanceType.SkillsDevelopment,
                UsefulFor = "High non-productive debt",
                Criteria = [Service(ServiceType.FinancialServices, "A financial services provider with free places")] },
            new() { Dimension = Dimension.Economic, Name = "Micro-savings", AssistanceType = AssistanceType.IncomeGeneratingActivity,
                UsefulFor = "Irregular income",
                Criteria = [Manual(CriterionLevel.Individual, "Some regular income"), Service(ServiceType.FinancialServices, "A financial services provider with free places")] },
            new() { Dimension = Dimension.Economic, Name = "Self-help groups", AssistanceType = AssistanceType.CollectiveProject,
                UsefulFor = "Many returnees with similar profiles in one place",
                Criteria = [Manual(CriterionLevel.Community, "Returnees with similar profiles nearby"), Manual(CriterionLevel.Community, "Low tension between returnees and non-returnees")] },
            new() { Dimension = Dimension.Economic, Name = "Savings and credit associations", AssistanceType = AssistanceType.CollectiveProject,
                UsefulFor = "No access to formal credit",
                Criteria = [Manual(CriterionLevel.Community, "An association active in the community")] },
            new() { Dimension = Dimension.Economic, Name = "Monetising productive assets", AssistanceType = AssistanceType.IncomeGeneratingActivity,
                UsefulFor = "Owns land, livestock or tools not in use",
                Criteria = [Manual(CriterionLevel.Individual, "Owns productive assets")] },
            new() { Dimension = Dimension.Social, Name = "Medical care", AssistanceType = AssistanceType.MedicalCare,
                UsefulFor = "Health needs of the returnee or family",
                Criteria = [Service(ServiceType.Health, "A health service with free places")] },
            new() { Dimension = Dimension.Social, Name = "Legal aid and documentation", AssistanceType = AssistanceType.Documentation,
                UsefulFor = "Missing identity or civil documents",
                Criteria = [Service(ServiceType.LegalAid, "A legal aid service with free places")] },
            new() { Dimension = Dimension.Psychosocial, Name = "Psychosocial counselling", AssistanceType = AssistanceType.Counselling,
                UsefulFor = "Signs of distress; acute vulnerabilities",
                Criteria = [Manual(CriterionLevel.Individual, "Wishes psychological support"),
                    Service(ServiceType.MentalHealthAndPsychosocialSupport, "A psychosocial support service with free places")] },
        };
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].SortOrder = i;
            for (var j = 0; j < rows[i].Criteria.Count; j++) rows[i].Criteria[j].SortOrder = j;
        }
        return rows;
    }
}
