namespace Homeward.Domain.Communities;

public enum ConditionSource { Computed, Judged }

public enum FavourableCondition
{
    EnoughRecentReturnees,
    MatchingProfiles,
    LocalInterest,
    MotivatedReturnees,
    BasicInfrastructure,
    ServicesPresent,
    StabilityAndOpportunity,
    ActiveCivilSociety,
}

/// <param name="Evidence">For a computed condition, the count it rests on.</param>
public sealed record ConditionCheck(FavourableCondition Condition, ConditionSource Source, ConditionJudgement Judgement, int? Evidence);

/// <summary>
/// The handbook's favourable conditions for community-based projects: many returnees in one place in a short time,
/// with profiles in common, plus conditions staff judge in the participatory sessions.
/// </summary>
public static class FavourableConditions
{
    /// <summary>Recent returnees sharing one planned economic activity type for their profiles to count as matching.</summary>
    public const int MatchingProfileMinimum = 3;

    /// <param name="recentReturns">Returns to the community within the programme's recent period.</param>
    /// <param name="largestSharedProfile">The most recent returnees planning the same type of economic activity.</param>
    /// <remarks>Services present is judged until a service map exists to count them from.</remarks>
    public static IReadOnlyList<ConditionCheck> Check(CommunityProfile profile, int recentReturns, int threshold, int largestSharedProfile)
    {
        static ConditionJudgement Computed(bool met, bool partly) => met ? ConditionJudgement.Met : partly ? ConditionJudgement.PartlyMet : ConditionJudgement.NotMet;
        return
        [
            new(FavourableCondition.EnoughRecentReturnees, ConditionSource.Computed, Computed(recentReturns >= threshold, recentReturns * 2 >= threshold && recentReturns > 0), recentReturns),
            new(FavourableCondition.MatchingProfiles, ConditionSource.Computed, Computed(largestSharedProfile >= MatchingProfileMinimum, largestSharedProfile == MatchingProfileMinimum - 1), largestSharedProfile),
            new(FavourableCondition.LocalInterest, ConditionSource.Judged, profile.LocalInterest, null),
            new(FavourableCondition.MotivatedReturnees, ConditionSource.Judged, profile.MotivatedReturnees, null),
            new(FavourableCondition.BasicInfrastructure, ConditionSource.Judged, profile.BasicInfrastructure, null),
            new(FavourableCondition.ServicesPresent, ConditionSource.Judged, profile.ServicesPresent, null),
            new(FavourableCondition.StabilityAndOpportunity, ConditionSource.Judged, profile.StabilityAndOpportunity, null),
            new(FavourableCondition.ActiveCivilSociety, ConditionSource.Judged, profile.ActiveCivilSociety, null),
        ];
    }
}
