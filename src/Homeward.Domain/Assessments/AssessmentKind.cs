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
    Other,
}
