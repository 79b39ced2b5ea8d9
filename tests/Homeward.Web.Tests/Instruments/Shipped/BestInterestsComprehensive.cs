using static Homeward.Web.Tests.Instruments.Shipped.BestInterestsChoices;
using static Homeward.Web.Tests.Instruments.Shipped.CommonChoices;

namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>
/// The comprehensive Best Interests Assessment: safety and care, family relationships, health and education, identity
/// documents, psychosocial well-being, the views of the parents or carers, and the assessor's view of return.
/// </summary>
public static class BestInterestsComprehensive
{
    public const string FormId = "homeward_bia_comprehensive";

    public static readonly XlsForm Form = new("best-interests-assessment-comprehensive.xlsx", FormId, "1",
        new("Best interests assessment (comprehensive form)", "Évaluation de l'intérêt supérieur (formulaire complet)", "تقييم المصلحة الفضلى (النموذج الشامل)"),
        "BestInterests", null,
        [
            new("note", "intro", new(
                "Hear the child in a language they understand, with an adult they trust when they wish. Give the child's views due weight for their age and maturity.",
                "Écoutez l'enfant dans une langue qu'il comprend, avec un adulte de confiance s'il le souhaite. Accordez à son opinion le poids que justifient son âge et sa maturité.",
                "استمع إلى الطفل بلغة يفهمها، وبحضور شخص بالغ يثق به إن رغب في ذلك. أعطِ آراء الطفل الوزن الذي يستحقه عمره ونضجه.")),
            .. SafetyAndCare(),
            new("begin_group", "family", new("Family relationships", "Relations familiales", "العلاقات الأسرية")),
            new("select_one relationship_quality", "family_relationships", new("How are the child's relationships with the family?", "Comment sont les relations de l'enfant avec sa famille ?", "كيف هي علاقات الطفل بأسرته؟"), Required: "yes"),
            new("select_one yes_no_unsure", "violence_risk", new("Is there a risk of violence, abuse or neglect at home?", "Existe-t-il un risque de violence, de maltraitance ou de négligence au foyer ?", "هل يوجد خطر عنف أو إساءة أو إهمال في المنزل؟"), Required: "yes"),
            new("select_one yes_no", "separated_from_parents", new("Is the child separated from a parent?", "L'enfant est-il séparé d'un parent ?", "هل الطفل منفصل عن أحد والديه؟"), Required: "yes"),
            new("text", "parents_views", new("What the parents or carers think is best for the child", "Ce que les parents ou les personnes qui s'en occupent pensent être le mieux pour l'enfant", "ما يراه الوالدان أو مقدّمو الرعاية الأفضل للطفل"), Appearance: "multiline"),
            new("end_group", ""),
            new("begin_group", "identity", new("Birth registration and documents", "Enregistrement des naissances et documents", "تسجيل الولادة والوثائق")),
            new("select_one yes_no_unsure", "birth_registered", new("Is the child's birth registered?", "La naissance de l'enfant est-elle enregistrée ?", "هل ولادة الطفل مسجّلة؟"), Required: "yes"),
            new("select_one yes_no", "identity_document", new("Does the child have an identity document?", "L'enfant a-t-il une pièce d'identité ?", "هل لدى الطفل وثيقة هوية؟"), Required: "yes"),
            new("end_group", ""),
            new("begin_group", "wellbeing", new("Psychosocial well-being", "Bien-être psychosocial", "الرفاه النفسي والاجتماعي")),
            new("select_one wellbeing", "psychosocial_wellbeing", new("How is the child coping?", "Comment l'enfant fait-il face ?", "كيف يتأقلم الطفل؟"), Required: "yes"),
            new("select_one yes_no_unsure", "community_acceptance", new("Is the child accepted by peers and the community?", "L'enfant est-il accepté par ses pairs et la communauté ?", "هل يتقبّل الأقران والمجتمع الطفل؟"), Required: "yes"),
            new("end_group", ""),
            new("text", "options_considered", new("Options considered for the child, with their risks and benefits", "Options envisagées pour l'enfant, avec leurs risques et avantages", "الخيارات المدروسة للطفل، مع مخاطرها وفوائدها"), Required: "yes", Appearance: "multiline"),
            new("select_one yes_no", "determination_needed", new("Is a best interests determination needed?", "Une détermination de l'intérêt supérieur est-elle nécessaire ?", "هل يلزم تحديد المصلحة الفضلى؟"),
                new("For an unaccompanied or separated child's durable solution, some temporary care decisions, or separation from parents against their will.",
                    "Pour la solution durable d'un enfant non accompagné ou séparé, certaines décisions de prise en charge temporaire, ou une séparation d'avec ses parents contre leur gré.",
                    "لإيجاد حل دائم لطفل غير مصحوب أو منفصل عن ذويه، أو لبعض قرارات الرعاية المؤقتة، أو للفصل عن الوالدين رغماً عنهم."),
                Required: "yes"),
            ReturnInBestInterests(),
            Findings(),
        ],
        [
            .. YesNo(), .. YesNoUnsure(), .. CareArrangement(), .. ReturnFinding(),
            new("relationship_quality", "good", new("Close and supportive", "Proches et bienveillantes", "وثيقة وداعمة")),
            new("relationship_quality", "strained", new("Strained", "Tendues", "متوترة")),
            new("relationship_quality", "broken", new("Broken or absent", "Rompues ou absentes", "مقطوعة أو غائبة")),
            new("wellbeing", "well", new("Coping well", "Fait bien face", "يتأقلم جيداً")),
            new("wellbeing", "some_concerns", new("Some concerns", "Quelques inquiétudes", "بعض المخاوف")),
            new("wellbeing", "serious_concerns", new("Serious concerns: refer", "Inquiétudes sérieuses : orienter", "مخاوف جدية: تلزم الإحالة")),
        ]);
}
