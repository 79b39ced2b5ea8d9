namespace Homeward.Domain.Results;

/// <summary>
/// One computed indicator: what it measures, in which unit, which date puts an observation in a period, how
/// observations make a value, what it can be broken down by beyond the common disaggregations, and its parameters.
/// An indicator that counts something other than returnees' cases (projects, non-migrants, trainees) names the
/// disaggregations it has instead of the common ones. One that counts no people at all (projects) is not subject to
/// small-cell suppression: no one can be singled out by it.
/// </summary>
public sealed record IndicatorDefinition(
    IndicatorKind Kind,
    string Name,
    string Definition,
    string Unit,
    string PeriodBasis,
    Aggregation Aggregation,
    IReadOnlyList<Disaggregation> ExtraDisaggregations,
    IReadOnlyDictionary<string, string> ParameterDefaults,
    string HxlTag,
    IReadOnlyList<Disaggregation>? BaseDisaggregations = null,
    bool CountsPeople = true)
{
    public IEnumerable<Disaggregation> Disaggregations => (BaseDisaggregations ?? IndicatorLibrary.Common).Concat(ExtraDisaggregations);
}

/// <summary>
/// The library of computed indicators an M&amp;E officer picks from and parameterises. Every statistic counts only
/// returnees whose consent to anonymised statistics is in force, and is published under small-cell suppression.
/// </summary>
public static class IndicatorLibrary
{
    public static readonly IReadOnlyList<Disaggregation> Common =
    [
        Disaggregation.Sex, Disaggregation.AgeGroup, Disaggregation.Vulnerability, Disaggregation.Country,
        Disaggregation.Location, Disaggregation.ReturnType, Disaggregation.Office,
    ];

    /// <summary>Which RSS score: "composite" or the name of a dimension of the instrument (economic, social, psychosocial).</summary>
    public const string ScoreParameter = "score";
    /// <summary>Round 0 is the baseline, 1 the first follow-up round, and so on.</summary>
    public const string RoundParameter = "round";
    public const string FromRoundParameter = "fromRound";
    public const string ToRoundParameter = "toRound";
    public const string Composite = "composite";

    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(IndicatorKind.ReturneesRegistered, "Returnees registered", "Returnees whose case was registered in the period.",
            "people", "registration date", Aggregation.People, [], None, "#affected+returnees+registered"),
        new(IndicatorKind.PlansAgreed, "Cases with an agreed reintegration plan", "Cases whose first reintegration plan was agreed in the period.",
            "cases", "plan agreement date", Aggregation.People, [], None, "#affected+returnees+plan"),
        new(IndicatorKind.PlansAgreedWithinDeadline, "Plans agreed within the deadline",
            "Share of the plans agreed in the period that were agreed within the programme's deadline after return.",
            "%", "plan agreement date", Aggregation.Percentage, [], None, "#indicator+plan+pct"),
        new(IndicatorKind.MedianDaysReturnToPlan, "Median days from return to plan", "Median of the days between return and plan agreement, for plans agreed in the period.",
            "days", "plan agreement date", Aggregation.Median, [], None, "#indicator+plan+days"),
        new(IndicatorKind.AssistanceDeliveries, "Assistance deliveries", "Deliveries of cash or in-kind assistance made in the period.",
            "deliveries", "delivery date", Aggregation.Count, [Disaggregation.AssistanceForm, Disaggregation.AssistanceDimension], None, "#output+assistance+num"),
        new(IndicatorKind.AssistanceValue, "Value of assistance delivered", "Value of the assistance delivered in the period, in the programme's currency.",
            "currency", "delivery date", Aggregation.Sum, [Disaggregation.AssistanceForm, Disaggregation.AssistanceDimension], None, "#output+assistance+value"),
        new(IndicatorKind.BudgetExecution, "Budget execution", "Value delivered so far as a share of the budget of the plans in force, for plans agreed in the period.",
            "%", "plan agreement date", Aggregation.Percentage, [Disaggregation.AssistanceDimension], None, "#value+budget+pct"),
        new(IndicatorKind.FollowUpsDone, "Follow-ups done against due", "Share of the follow-up visits due in the period (up to today) that were done.",
            "%", "visit due date", Aggregation.Percentage, [], None, "#output+followup+pct"),
        new(IndicatorKind.CasesClosed, "Cases closed", "Cases closed in the period, by closure reason.",
            "cases", "closure date", Aggregation.People, [Disaggregation.ClosureReason], None, "#affected+returnees+closed"),
        new(IndicatorKind.RssMeanScore, "Mean sustainability score", "Mean RSS score (a dimension or the composite, 0 to 1) of the returnees surveyed in the given round.",
            "score", "survey date", Aggregation.Mean, [],
            new Dictionary<string, string> { [ScoreParameter] = Composite, [RoundParameter] = "0" }, "#indicator+rss+score"),
        new(IndicatorKind.RssChange, "Change in sustainability score", "Mean change of the RSS score between two rounds, over the same returnees.",
            "score change", "later survey date", Aggregation.Mean, [],
            new Dictionary<string, string> { [ScoreParameter] = Composite, [FromRoundParameter] = "0", [ToRoundParameter] = "1" }, "#indicator+rss+change"),
        new(IndicatorKind.RssCompositeImproved, "Returnees whose composite score improved",
            "Share of the returnees surveyed at least twice whose latest composite RSS score is above their baseline.",
            "%", "latest survey date", Aggregation.Percentage, [], None, "#indicator+rss+improved+pct"),
        new(IndicatorKind.ReferralsSent, "Referrals sent", "Referrals of returnees sent to a partner's service in the period.",
            "referrals", "date sent", Aggregation.Count, [], None, "#output+referrals+sent"),
        new(IndicatorKind.ReferralsAccepted, "Referrals accepted", "Referrals the partner accepted in the period.",
            "referrals", "date accepted", Aggregation.Count, [], None, "#output+referrals+accepted"),
        new(IndicatorKind.ReferralsCompleted, "Referrals completed", "Referrals recorded as completed in the period.",
            "referrals", "date completed", Aggregation.Count, [], None, "#output+referrals+completed"),
        new(IndicatorKind.MedianDaysReferralToFirstContact, "Median days from referral to first contact",
            "Median of the days between sending a referral and the partner's first contact with the returnee, for first contacts in the period.",
            "days", "first contact date", Aggregation.Median, [], None, "#indicator+referrals+days"),
        new(IndicatorKind.CommunityProjectsUnderWay, "Community projects under way",
            "Community projects running in the period: started on or before its end and not ended before its start (up to today); planned and cancelled projects are not counted.",
            "projects", "each month the project runs", Aggregation.People, [], None, "#activity+community+projects", [Disaggregation.Country, Disaggregation.Location],
            CountsPeople: false),
        new(IndicatorKind.CommunityProjectParticipants, "Community project participants",
            "People taking part in community projects: returnees who consent to statistics, counted once each, and non-migrant community members, counted per project.",
            "people", "date the returnee joined; project start date for non-migrants", Aggregation.People, [Disaggregation.ParticipantType], None,
            "#reached+community+participants", [Disaggregation.Sex, Disaggregation.AgeGroup, Disaggregation.Country, Disaggregation.Location]),
        new(IndicatorKind.ChildrenWithBestInterestsAssessment, "Children with a best-interests assessment",
            "Children (under 18 on the day of return) of the consenting cases whose best-interests assessment was done in the period, by the child's sex and age group.",
            "children", "assessment date", Aggregation.People, [], None, "#affected+children+bia"),
        new(IndicatorKind.ChildrenAssessedShare, "Share of children with a best-interests assessment",
            "Share of the children (under 18 on the day of return) of the consenting cases returned in the period who have had a best-interests assessment; each child needs one before the family plan is agreed.",
            "%", "return date", Aggregation.Percentage, [], None, "#indicator+children+bia+pct"),
        new(IndicatorKind.CapacityStrengtheningParticipants, "Capacity-strengthening participants",
            "People from partner institutions taking part in capacity-strengthening activities held in the period, counted per activity (sex is not recorded).",
            "people", "activity date", Aggregation.People, [], None, "#reached+capacity+participants",
            [Disaggregation.CapacityActivity, Disaggregation.StakeholderType]),
    ];

    public static IndicatorDefinition Get(IndicatorKind kind) => All.Single(d => d.Kind == kind);
}
