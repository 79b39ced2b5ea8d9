namespace Homeward.Domain.Plans;

/// <summary>The handbook's types of assistance, grouped by dimension (see <see cref="AssistanceTypes.DimensionOf"/>).</summary>
public enum AssistanceType
{
    // Immediate assistance on arrival
    Cash, BasicNeeds, Accommodation, Medical, OtherImmediate,
    // Economic
    IncomeGeneratingActivity, IndividualMicroBusiness, CollectiveProject, CommunityProject, JobPlacement, VocationalTraining, CashForWork,
    // Social
    Housing, MedicalCare, Education, SkillsDevelopment, LegalServices, SocialProtection, Childcare, SpecialSecurityMeasures, Documentation, FoodAndWater,
    // Psychosocial
    IndividualAndFamilyActivities, CommunityActivities, Counselling, ClinicalReferral,
}

public static class AssistanceTypes
{
    public static Dimension DimensionOf(AssistanceType type) => type switch
    {
        <= AssistanceType.OtherImmediate => Dimension.Immediate,
        <= AssistanceType.CashForWork => Dimension.Economic,
        <= AssistanceType.FoodAndWater => Dimension.Social,
        _ => Dimension.Psychosocial,
    };

    public static IEnumerable<AssistanceType> In(Dimension dimension) =>
        Enum.GetValues<AssistanceType>().Where(t => DimensionOf(t) == dimension);
}
