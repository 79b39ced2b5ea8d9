using static Homeward.Web.Tests.Instruments.Shipped.BestInterestsChoices;
using static Homeward.Web.Tests.Instruments.Shipped.CommonChoices;

namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>The short Best Interests Assessment for urgent cases: safety, care, health, school, the urgent actions and the assessor's view of return.</summary>
public static class BestInterestsShort
{
    public const string FormId = "homeward_bia_short";

    public static readonly XlsForm Form = new("best-interests-assessment-short.xlsx", FormId, "1",
        new("Best interests assessment (short form)", "Évaluation de l'intérêt supérieur (formulaire court)", "تقييم المصلحة الفضلى (النموذج المختصر)"),
        "BestInterests", null,
        [
            new("note", "intro", new(
                "For urgent cases. Hear the child first, in a language they understand, and record their participation with the assessment. Complete the comprehensive form as soon as the situation allows.",
                "Pour les cas urgents. Écoutez d'abord l'enfant, dans une langue qu'il comprend, et enregistrez sa participation avec l'évaluation. Remplissez le formulaire complet dès que la situation le permet.",
                "للحالات العاجلة. استمع إلى الطفل أولاً بلغة يفهمها، وسجّل مشاركته مع التقييم. أكمل النموذج الشامل حالما يسمح الوضع بذلك.")),
            .. SafetyAndCare(),
            new("text", "urgent_actions", new("Urgent actions needed", "Actions urgentes nécessaires", "الإجراءات العاجلة اللازمة"), Required: "yes", Appearance: "multiline"),
            ReturnInBestInterests(),
            Findings(),
        ],
        [.. YesNo(), .. YesNoUnsure(), .. CareArrangement(), .. ReturnFinding()]);
}
