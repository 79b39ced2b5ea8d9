using static Homeward.Web.Tests.Instruments.Shipped.CommonChoices;

namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>The returnee's family situation: the members of the household, separated children, income and tensions. Not scored.</summary>
public static class FamilySituation
{
    public const string FormId = "homeward_family_situation";

    public static readonly XlsForm Form = new("family-situation.xlsx", FormId, "1",
        new("Family situation", "Situation familiale", "الوضع العائلي"),
        "FamilySituation", null,
        [
            new("begin_repeat", "member", new("Household member", "Membre du ménage", "فرد من الأسرة"),
                new("Add each person who lives with the returnee.", "Ajoutez chaque personne qui vit avec le rapatrié.", "أضف كل شخص يعيش مع العائد.")),
            new("text", "member_name", new("First name", "Prénom", "الاسم الأول"), Required: "yes"),
            new("select_one relationship", "relationship", new("Relationship to the returnee", "Lien avec le rapatrié", "صلة القرابة بالعائد"), Required: "yes"),
            new("integer", "member_age", new("Age in years", "Âge en années", "العمر بالسنوات"), Required: "yes", Constraint: ". >= 0 and . <= 120",
                ConstraintMessage: new("Give an age from 0 to 120.", "Indiquez un âge de 0 à 120 ans.", "أدخل عمراً من 0 إلى 120.")),
            new("select_one yes_no", "member_in_school", new("Goes to school?", "Va à l'école ?", "يذهب إلى المدرسة؟"), Required: "yes",
                Relevant: "${member_age} >= 6 and ${member_age} <= 17"),
            new("select_one yes_no", "member_works", new("Works or earns an income?", "Travaille ou gagne un revenu ?", "يعمل أو يكسب دخلاً؟"), Required: "yes",
                Relevant: "${member_age} >= 15"),
            new("select_one yes_no", "member_needs_care", new("Has a disability or needs regular care?", "A un handicap ou besoin de soins réguliers ?", "لديه إعاقة أو يحتاج إلى رعاية منتظمة؟"), Required: "yes"),
            new("end_repeat", ""),

            new("select_one yes_no", "returned_with_family", new("Did family members return with the returnee?", "Des membres de la famille sont-ils rentrés avec le rapatrié ?", "هل عاد أفراد من العائلة مع العائد؟"), Required: "yes"),
            new("select_one yes_no", "children_apart", new("Do any of the returnee's children live apart from them?", "Certains enfants du rapatrié vivent-ils séparés de lui ?", "هل يعيش أيّ من أطفال العائد بعيداً عنه؟"), Required: "yes"),
            new("text", "children_apart_details", new("Where are they, and who cares for them?", "Où sont-ils et qui s'occupe d'eux ?", "أين هم، ومن يعتني بهم؟"), Required: "yes",
                Relevant: "${children_apart} = 'yes'"),
            new("select_one income", "main_income", new("Main source of the household's income", "Principale source de revenus du ménage", "المصدر الرئيسي لدخل الأسرة"), Required: "yes"),
            new("select_one yes_no_unsure", "family_tension", new("Is there tension in the family about the return?", "Y a-t-il des tensions dans la famille au sujet du retour ?", "هل يوجد توتر في العائلة بشأن العودة؟"), Required: "yes"),
            new("text", "findings", new("Summary of the family situation", "Résumé de la situation familiale", "ملخص الوضع العائلي"), Appearance: "multiline"),
        ],
        [
            .. YesNo(),
            .. YesNoUnsure(),
            new("relationship", "spouse", new("Spouse or partner", "Conjoint ou partenaire", "الزوج أو الشريك")),
            new("relationship", "child", new("Child", "Enfant", "ابن أو ابنة")),
            new("relationship", "parent", new("Parent", "Parent", "أحد الوالدين")),
            new("relationship", "sibling", new("Brother or sister", "Frère ou sœur", "أخ أو أخت")),
            new("relationship", "other_relative", new("Other relative", "Autre parent", "قريب آخر")),
            new("relationship", "other", new("Not related", "Sans lien de parenté", "لا تربطه قرابة")),
            new("income", "returnee", new("The returnee's work", "Le travail du rapatrié", "عمل العائد")),
            new("income", "other_member", new("Another member's work", "Le travail d'un autre membre", "عمل فرد آخر")),
            new("income", "remittances", new("Money sent by relatives", "Argent envoyé par des proches", "أموال يرسلها الأقارب")),
            new("income", "assistance", new("Assistance or social benefits", "Aide ou prestations sociales", "مساعدات أو إعانات اجتماعية")),
            new("income", "none", new("No regular income", "Aucun revenu régulier", "لا يوجد دخل منتظم")),
        ]);
}
