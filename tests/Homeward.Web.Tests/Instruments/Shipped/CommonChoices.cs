namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>Choice lists several shipped instruments use.</summary>
internal static class CommonChoices
{
    public static readonly T Yes = new("Yes", "Oui", "نعم");
    public static readonly T No = new("No", "Non", "لا");
    public static readonly T NotSure = new("Not sure", "Pas sûr", "غير متأكد");
    public static readonly T DontKnow = new("Don't know", "Ne sait pas", "لا أعرف");
    public static readonly T Refused = new("Prefers not to answer", "Préfère ne pas répondre", "يفضل عدم الإجابة");
    public static readonly T NoneOfThese = new("None of these", "Aucun de ceux-ci", "لا شيء مما سبق");
    public static readonly T NoneExclusive = new("'None of these' cannot be combined with another answer.",
        "« Aucun de ceux-ci » ne peut pas être combiné avec une autre réponse.", "لا يمكن الجمع بين «لا شيء مما سبق» وإجابة أخرى.");

    /// <summary>For a select_multiple whose list has a 'none' choice.</summary>
    public const string NoneAlone = "not(selected(., 'none') and count-selected(.) > 1)";

    public static IEnumerable<C> YesNo(string list = "yes_no") => [new(list, "yes", Yes), new(list, "no", No)];

    public static IEnumerable<C> YesNoUnsure(string list = "yes_no_unsure") => [new(list, "yes", Yes), new(list, "no", No), new(list, "not_sure", NotSure)];

    /// <summary>The referral flags of the vulnerability screenings; any of them flags a potential vulnerability on the case.</summary>
    public static IEnumerable<C> ReferralFlags(string list = "referral_flags") =>
    [
        new(list, "health_need", new("Urgent health need", "Besoin de santé urgent", "حاجة صحية عاجلة")),
        new(list, "trafficking", new("Indicators of trafficking", "Indices de traite des personnes", "مؤشرات على الاتجار بالبشر")),
        new(list, "uasc", new("Unaccompanied or separated child", "Enfant non accompagné ou séparé", "طفل غير مصحوب أو منفصل عن ذويه")),
        new(list, "gbv", new("Risk of gender-based violence", "Risque de violence basée sur le genre", "خطر العنف القائم على النوع الاجتماعي")),
        new(list, "disability", new("Disability needing support", "Handicap nécessitant un soutien", "إعاقة تحتاج إلى دعم")),
        new(list, "mental_distress", new("Signs of severe mental distress", "Signes de détresse psychologique grave", "علامات ضيق نفسي شديد")),
        new(list, "none", NoneOfThese),
    ];

    /// <summary>The referral flags question and the 'flagged' calculate Homeward reads to flag the case.</summary>
    public static IEnumerable<Q> ReferralFlagRows() =>
    [
        new("begin_group", "referral", new("Referral flags", "Signaux d'orientation", "مؤشرات الإحالة")),
        new("select_multiple referral_flags", "referral_flags",
            new("Which of these apply to the returnee?", "Lesquels de ces éléments s'appliquent au rapatrié ?", "أيّ مما يلي ينطبق على العائد؟"),
            new("Any of them calls for a referral and a full assessment as soon as possible.",
                "Chacun d'eux appelle une orientation et une évaluation complète dès que possible.",
                "أيّ منها يستدعي إحالة وتقييماً شاملاً في أقرب وقت ممكن."),
            Required: "yes", Constraint: NoneAlone, ConstraintMessage: NoneExclusive),
        new("calculate", "flagged", Calculation: "if(count-selected(${referral_flags}) > 0 and not(selected(${referral_flags}, 'none')), 'yes', 'no')"),
        new("end_group", ""),
    ];
}
