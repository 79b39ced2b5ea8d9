namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>Rows and choice lists both best-interests assessment forms use.</summary>
internal static class BestInterestsChoices
{
    public const string ReturnQuestion = "return_in_best_interests";

    public static Q ReturnInBestInterests() =>
        new("select_one return_finding", ReturnQuestion,
            new("Are return and reintegration in this child's best interests?", "Le retour et la réintégration sont-ils dans l'intérêt supérieur de cet enfant ?",
                "هل العودة وإعادة الإدماج في مصلحة هذا الطفل الفضلى؟"),
            new("A forced return is never recorded as being in the child's best interests.",
                "Un retour forcé n'est jamais enregistré comme étant dans l'intérêt supérieur de l'enfant.",
                "لا تُسجَّل العودة القسرية أبداً على أنها في مصلحة الطفل الفضلى."),
            Required: "yes");

    public static Q Findings() =>
        new("text", "findings", new("Summary and recommendation", "Synthèse et recommandation", "الخلاصة والتوصية"),
            new("What is in the child's best interests, and why; the actions recommended.",
                "Ce qui est dans l'intérêt supérieur de l'enfant et pourquoi ; les actions recommandées.",
                "ما هو في مصلحة الطفل الفضلى ولماذا؛ والإجراءات الموصى بها."),
            Required: "yes", Appearance: "multiline");

    public static IEnumerable<C> ReturnFinding() =>
    [
        new("return_finding", "in_best_interests", new("Yes, in the child's best interests", "Oui, dans l'intérêt supérieur de l'enfant", "نعم، في مصلحة الطفل الفضلى")),
        new("return_finding", "not_in_best_interests", new("No, not in the child's best interests", "Non, pas dans l'intérêt supérieur de l'enfant", "لا، ليست في مصلحة الطفل الفضلى")),
        new("return_finding", "not_determined", new("Not determined yet", "Pas encore déterminé", "لم يُحدَّد بعد")),
    ];

    public static IEnumerable<C> CareArrangement() =>
    [
        new("care", "parents", new("With one or both parents", "Avec un ou deux parents", "مع أحد الوالدين أو كليهما")),
        new("care", "relatives", new("With relatives", "Avec des proches", "مع أقارب")),
        new("care", "foster", new("Foster or kinship care", "Famille d'accueil", "رعاية بديلة أو لدى الأقارب")),
        new("care", "institution", new("Residential care or institution", "Institution ou foyer", "مؤسسة أو دار رعاية")),
        new("care", "alone", new("Alone or with other children", "Seul ou avec d'autres enfants", "بمفرده أو مع أطفال آخرين")),
        new("care", "other", new("Other", "Autre", "غير ذلك")),
    ];

    public static IEnumerable<Q> SafetyAndCare() =>
    [
        new("begin_group", "safety", new("Safety and care", "Sécurité et prise en charge", "السلامة والرعاية")),
        new("select_one yes_no_unsure", "immediate_danger", new("Is the child in immediate danger?", "L'enfant est-il en danger immédiat ?", "هل الطفل في خطر مباشر؟"), Required: "yes"),
        new("text", "danger_details", new("What danger, and what was done at once?", "Quel danger, et qu'a-t-on fait immédiatement ?", "ما الخطر، وما الذي تم فعله على الفور؟"),
            Required: "yes", Relevant: "${immediate_danger} = 'yes'", Appearance: "multiline"),
        new("select_one care", "care_arrangement", new("Who cares for the child now?", "Qui s'occupe de l'enfant actuellement ?", "من يرعى الطفل حالياً؟"), Required: "yes"),
        new("select_one yes_no_unsure", "care_adequate", new("Does this care meet the child's needs?", "Cette prise en charge répond-elle aux besoins de l'enfant ?", "هل تلبي هذه الرعاية احتياجات الطفل؟"), Required: "yes"),
        new("end_group", ""),
        new("begin_group", "health_education", new("Health and education", "Santé et éducation", "الصحة والتعليم")),
        new("select_one yes_no", "health_needs", new("Does the child have health needs that call for care?", "L'enfant a-t-il des besoins de santé qui demandent des soins ?", "هل لدى الطفل احتياجات صحية تستدعي الرعاية؟"), Required: "yes"),
        new("text", "health_details", new("Which health needs?", "Quels besoins de santé ?", "ما هي الاحتياجات الصحية؟"), Required: "yes", Relevant: "${health_needs} = 'yes'"),
        new("select_one yes_no", "in_school", new("Is the child in school or learning?", "L'enfant est-il scolarisé ou en apprentissage ?", "هل الطفل ملتحق بالمدرسة أو يتعلّم؟"), Required: "yes"),
        new("end_group", ""),
    ];
}
