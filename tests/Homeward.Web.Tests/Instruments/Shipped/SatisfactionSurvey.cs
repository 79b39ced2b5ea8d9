using static Homeward.Web.Tests.Instruments.Shipped.CommonChoices;

namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>
/// The satisfaction survey after assistance: seven items on a 5-point scale. Scored in one dimension with equal
/// weights, so the score is the mean of the items answered (very satisfied = 1 … very dissatisfied = 0); assistance
/// not received is not scored.
/// </summary>
public static class SatisfactionSurvey
{
    public const string FormId = "homeward_satisfaction";

    private static Q Item(string list, string name, T label) =>
        new($"select_one {list}", name, label, Required: "yes", Dimension: "satisfaction", Weight: "1", CompositeWeight: "1");

    private static IEnumerable<C> Scale(string list, bool notReceived) =>
    [
        new(list, "very_satisfied", new("Very satisfied", "Très satisfait", "راضٍ جداً"), "1"),
        new(list, "satisfied", new("Satisfied", "Satisfait", "راضٍ"), "0.75"),
        new(list, "neutral", new("Neither satisfied nor dissatisfied", "Ni satisfait ni insatisfait", "لا راضٍ ولا غير راضٍ"), "0.5"),
        new(list, "dissatisfied", new("Dissatisfied", "Insatisfait", "غير راضٍ"), "0.25"),
        new(list, "very_dissatisfied", new("Very dissatisfied", "Très insatisfait", "غير راضٍ إطلاقاً"), "0"),
        .. notReceived ? [new C(list, "not_received", new("I did not receive this assistance", "Je n'ai pas reçu cette aide", "لم أتلقَّ هذه المساعدة"))] : Array.Empty<C>(),
        new(list, "refused", Refused),
    ];

    public static readonly XlsForm Form = new("satisfaction-survey.xlsx", FormId, "1",
        new("Satisfaction survey", "Enquête de satisfaction", "استبيان الرضا"),
        "Other",
        new("Equal weights: the score is the mean of the items answered (very satisfied = 1, very dissatisfied = 0).",
            "Pondérations égales : le score est la moyenne des éléments renseignés (très satisfait = 1, très insatisfait = 0).",
            "أوزان متساوية: الدرجة هي متوسط البنود التي تمت الإجابة عنها (راضٍ جداً = 1، غير راضٍ إطلاقاً = 0)."),
        [
            new("note", "intro", new(
                "Your answers help us improve the assistance. They do not change the support you receive.",
                "Vos réponses nous aident à améliorer l'aide. Elles ne changent pas le soutien que vous recevez.",
                "تساعدنا إجاباتك على تحسين المساعدة، ولا تغيّر الدعم الذي تتلقاه.")),
            Item("satisfaction", "return_assistance", new("How satisfied are you with the assistance you received for your return?",
                "Dans quelle mesure êtes-vous satisfait de l'aide reçue pour votre retour ?", "ما مدى رضاك عن المساعدة التي تلقيتها من أجل عودتك؟")),
            Item("satisfaction", "counselling", new("How satisfied are you with the counselling you received?",
                "Dans quelle mesure êtes-vous satisfait des conseils reçus ?", "ما مدى رضاك عن الإرشاد الذي تلقيته؟")),
            Item("satisfaction_received", "economic_assistance", new("How satisfied are you with the economic assistance?",
                "Dans quelle mesure êtes-vous satisfait de l'aide économique ?", "ما مدى رضاك عن المساعدة الاقتصادية؟")),
            Item("satisfaction_received", "social_assistance", new("How satisfied are you with the social assistance (housing, health, education, documents)?",
                "Dans quelle mesure êtes-vous satisfait de l'aide sociale (logement, santé, éducation, documents) ?",
                "ما مدى رضاك عن المساعدة الاجتماعية (السكن، الصحة، التعليم، الوثائق)؟")),
            Item("satisfaction_received", "community_assistance", new("How satisfied are you with the activities in your community?",
                "Dans quelle mesure êtes-vous satisfait des activités dans votre communauté ?", "ما مدى رضاك عن الأنشطة في مجتمعك؟")),
            Item("satisfaction", "overall", new("Overall, how satisfied are you with the reintegration assistance?",
                "Dans l'ensemble, dans quelle mesure êtes-vous satisfait de l'aide à la réintégration ?", "بشكل عام، ما مدى رضاك عن مساعدة إعادة الإدماج؟")),
            Item("expectations", "met_expectations", new("How well did the assistance match your expectations?",
                "Dans quelle mesure l'aide a-t-elle répondu à vos attentes ?", "إلى أي مدى جاءت المساعدة متوافقة مع توقعاتك؟")),
            new("text", "comments", new("Anything else you would like to tell us?", "Souhaitez-vous nous dire autre chose ?", "هل هناك أي شيء آخر تودّ إخبارنا به؟"), Appearance: "multiline"),
        ],
        [
            .. Scale("satisfaction", notReceived: false),
            .. Scale("satisfaction_received", notReceived: true),
            new("expectations", "completely", new("Completely", "Complètement", "تماماً"), "1"),
            new("expectations", "mostly", new("Mostly", "En grande partie", "إلى حد كبير"), "0.75"),
            new("expectations", "partly", new("Partly", "En partie", "جزئياً"), "0.5"),
            new("expectations", "a_little", new("A little", "Un peu", "قليلاً"), "0.25"),
            new("expectations", "not_at_all", new("Not at all", "Pas du tout", "لا على الإطلاق"), "0"),
            new("expectations", "refused", Refused),
        ]);
}
