using Homeward.Domain.Plans;

namespace Homeward.Domain.ServiceMap;

/// <summary>The handbook's categories of services found in a service mapping.</summary>
public enum ServiceType
{
    JobPlacement,
    VocationalTraining,
    BusinessDevelopment,
    FinancialServices,
    Health,
    MentalHealthAndPsychosocialSupport,
    Housing,
    Education,
    LegalAid,
    Documentation,
    SocialProtection,
    ChildProtection,
    FoodAndWater,
}

public static class ServiceTypes
{
    /// <summary>The dimension of reintegration a type of service usually works on, the default for a new service.</summary>
    public static Dimension DimensionOf(ServiceType type) => type switch
    {
        ServiceType.JobPlacement or ServiceType.VocationalTraining or ServiceType.BusinessDevelopment or ServiceType.FinancialServices => Dimension.Economic,
        ServiceType.MentalHealthAndPsychosocialSupport => Dimension.Psychosocial,
        _ => Dimension.Social,
    };

    /// <summary>The type of service that can deliver a plan activity of this type of assistance, if any.</summary>
    public static ServiceType? For(AssistanceType assistance) => assistance switch
    {
        AssistanceType.JobPlacement or AssistanceType.CashForWork => ServiceType.JobPlacement,
        AssistanceType.VocationalTraining or AssistanceType.SkillsDevelopment => ServiceType.VocationalTraining,
        AssistanceType.IncomeGeneratingActivity or AssistanceType.IndividualMicroBusiness or AssistanceType.CollectiveProject
            or AssistanceType.CommunityProject => ServiceType.BusinessDevelopment,
        AssistanceType.Cash => ServiceType.FinancialServices,
        AssistanceType.Medical or AssistanceType.MedicalCare => ServiceType.Health,
        AssistanceType.Counselling or AssistanceType.ClinicalReferral or AssistanceType.IndividualAndFamilyActivities
            or AssistanceType.CommunityActivities => ServiceType.MentalHealthAndPsychosocialSupport,
        AssistanceType.Housing or AssistanceType.Accommodation => ServiceType.Housing,
        AssistanceType.Education => ServiceType.Education,
        AssistanceType.LegalServices => ServiceType.LegalAid,
        AssistanceType.Documentation => ServiceType.Documentation,
        AssistanceType.SocialProtection or AssistanceType.SpecialSecurityMeasures => ServiceType.SocialProtection,
        AssistanceType.Childcare => ServiceType.ChildProtection,
        AssistanceType.FoodAndWater or AssistanceType.BasicNeeds => ServiceType.FoodAndWater,
        _ => null,
    };
}
