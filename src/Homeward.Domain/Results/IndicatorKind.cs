namespace Homeward.Domain.Results;

/// <summary>The indicators Homeward computes from its own data (see <see cref="IndicatorLibrary"/>).</summary>
public enum IndicatorKind
{
    ReturneesRegistered,
    PlansAgreed,
    PlansAgreedWithinDeadline,
    MedianDaysReturnToPlan,
    AssistanceDeliveries,
    AssistanceValue,
    BudgetExecution,
    FollowUpsDone,
    CasesClosed,
    RssMeanScore,
    RssChange,
    RssCompositeImproved,
    ReferralsSent,
    ReferralsAccepted,
    ReferralsCompleted,
    MedianDaysReferralToFirstContact,
    CommunityProjectsUnderWay,
    CommunityProjectParticipants,
    ChildrenWithBestInterestsAssessment,
    ChildrenAssessedShare,
    CapacityStrengtheningParticipants,
}

/// <summary>How the values of a group of observations make one number.</summary>
public enum Aggregation
{
    /// <summary>Distinct people counted (returnees, children, participants), or distinct projects for a count of projects.</summary>
    People,
    /// <summary>Records (deliveries, visits…).</summary>
    Count,
    Sum,
    Mean,
    Median,
    /// <summary>Sum of numerators over sum of denominators, as a percentage.</summary>
    Percentage,
}
