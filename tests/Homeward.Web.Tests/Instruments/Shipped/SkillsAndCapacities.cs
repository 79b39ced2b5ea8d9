using static Homeward.Web.Tests.Instruments.Shipped.CommonChoices;

namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>The returnee's skills and capacities: education, trades, work experience, languages and certificates. Not scored.</summary>
public static class SkillsAndCapacities
{
    public const string FormId = "homeward_skills_capacities";

    public static readonly XlsForm Form = new("skills-and-capacities.xlsx", FormId, "1",
        new("Skills and capacities", "Compétences et capacités", "المهارات والقدرات"),
        "SkillsAndCapacities", null,
        [
            new("select_one education", "education_level", new("Highest level of education completed", "Plus haut niveau d'études achevé", "أعلى مستوى تعليمي مكتمل"), Required: "yes"),
            new("select_one yes_no", "literate", new("Can the returnee read and write?", "Le rapatrié sait-il lire et écrire ?", "هل يستطيع العائد القراءة والكتابة؟"), Required: "yes"),

            new("begin_repeat", "language", new("Language spoken", "Langue parlée", "لغة يتحدثها")),
            new("text", "language_name", new("Language", "Langue", "اللغة"), Required: "yes"),
            new("select_one proficiency", "language_level", new("Level", "Niveau", "المستوى"), Required: "yes"),
            new("end_repeat", ""),

            new("select_multiple trades", "trades", new("Trades and skills", "Métiers et savoir-faire", "الحِرف والمهارات"),
                Required: "yes", Constraint: NoneAlone, ConstraintMessage: NoneExclusive),
            new("text", "trades_other", new("Which other trade or skill?", "Quel autre métier ou savoir-faire ?", "ما الحرفة أو المهارة الأخرى؟"), Required: "yes",
                Relevant: "selected(${trades}, 'other')"),

            new("begin_repeat", "job", new("Work experience", "Expérience professionnelle", "خبرة عملية")),
            new("text", "job_title", new("Job or activity", "Emploi ou activité", "الوظيفة أو النشاط"), Required: "yes"),
            new("text", "job_country", new("Country", "Pays", "البلد")),
            new("integer", "job_years", new("Years of experience", "Années d'expérience", "سنوات الخبرة"), Constraint: ". >= 0 and . <= 60",
                ConstraintMessage: new("Give a number of years from 0 to 60.", "Indiquez un nombre d'années de 0 à 60.", "أدخل عدد سنوات من 0 إلى 60.")),
            new("end_repeat", ""),

            new("begin_repeat", "certificate", new("Certificate or diploma", "Certificat ou diplôme", "شهادة أو دبلوم")),
            new("text", "certificate_name", new("Certificate or diploma", "Certificat ou diplôme", "الشهادة أو الدبلوم"), Required: "yes"),
            new("select_one yes_no", "certificate_held", new("Does the returnee have the document with them?", "Le rapatrié a-t-il le document avec lui ?", "هل الوثيقة بحوزة العائد؟"), Required: "yes"),
            new("end_repeat", ""),

            new("select_one yes_no", "wants_training", new("Would the returnee like vocational training?", "Le rapatrié souhaite-t-il une formation professionnelle ?", "هل يرغب العائد في تدريب مهني؟"), Required: "yes"),
            new("text", "training_interest", new("In which field?", "Dans quel domaine ?", "في أي مجال؟"), Relevant: "${wants_training} = 'yes'"),
            new("text", "livelihood_goal", new("Work or business the returnee would like to pursue", "Travail ou activité que le rapatrié souhaite entreprendre", "العمل أو المشروع الذي يرغب العائد في ممارسته"), Appearance: "multiline"),
            new("text", "findings", new("Summary of skills and capacities", "Résumé des compétences et capacités", "ملخص المهارات والقدرات"), Appearance: "multiline"),
        ],
        [
            .. YesNo(),
            new("education", "none", new("None", "Aucun", "لا شيء")),
            new("education", "primary", new("Primary", "Primaire", "ابتدائي")),
            new("education", "lower_secondary", new("Lower secondary", "Secondaire inférieur", "إعدادي")),
            new("education", "upper_secondary", new("Upper secondary", "Secondaire supérieur", "ثانوي")),
            new("education", "vocational", new("Vocational training", "Formation professionnelle", "تدريب مهني")),
            new("education", "university", new("University", "Université", "جامعي")),
            new("proficiency", "basic", new("Basic", "Notions", "مبتدئ")),
            new("proficiency", "conversational", new("Conversational", "Courant à l'oral", "محادثة")),
            new("proficiency", "fluent", new("Fluent", "Couramment", "بطلاقة")),
            new("proficiency", "native", new("Mother tongue", "Langue maternelle", "اللغة الأم")),
            new("trades", "agriculture", new("Farming", "Agriculture", "الزراعة")),
            new("trades", "livestock", new("Livestock", "Élevage", "تربية المواشي")),
            new("trades", "construction", new("Construction", "Construction", "البناء")),
            new("trades", "tailoring", new("Tailoring", "Couture", "الخياطة")),
            new("trades", "hairdressing", new("Hairdressing", "Coiffure", "تصفيف الشعر")),
            new("trades", "mechanics", new("Mechanics", "Mécanique", "الميكانيك")),
            new("trades", "electrical", new("Electrical work", "Électricité", "الكهرباء")),
            new("trades", "cooking", new("Cooking", "Cuisine", "الطبخ")),
            new("trades", "retail", new("Trade and retail", "Commerce", "التجارة")),
            new("trades", "driving", new("Driving", "Conduite", "القيادة")),
            new("trades", "ict", new("Computers and phones", "Informatique et téléphones", "الحاسوب والهواتف")),
            new("trades", "other", new("Other", "Autre", "أخرى")),
            new("trades", "none", NoneOfThese),
        ]);
}
