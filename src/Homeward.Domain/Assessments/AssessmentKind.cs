namespace Homeward.Domain.Assessments;

/// <summary>The assessments the handbook names for the case-management cycle.</summary>
public enum AssessmentKind
{
    RapidVulnerabilityScreening,
    FullVulnerabilityScreening,
    Risk,
    FamilySituation,
    SkillsAndCapacities,
    SustainabilityBaseline,
    /// <summary>A child's Best Interests Assessment, recorded from the child's view with their participation.</summary>
    BestInterests,
    Other,
}
