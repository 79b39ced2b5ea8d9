namespace Homeward.Domain.Assessments;

/// <summary>
/// Which assessments hold sensitive answers (health, protection, violence, family situation, a child's best interests):
/// their instruments' answers are read only with the sensitive data permission. Skills, sustainability and other
/// surveys are not.
/// </summary>
public static class SensitiveAssessments
{
    public static bool Includes(AssessmentKind kind) => kind is AssessmentKind.RapidVulnerabilityScreening or AssessmentKind.FullVulnerabilityScreening
        or AssessmentKind.Risk or AssessmentKind.FamilySituation or AssessmentKind.BestInterests;
}
