namespace Homeward.Domain.Cases;

/// <summary>The grounds for closing a case, from the handbook.</summary>
public enum ClosureReason
{
    SupportPeriodEnded,
    NoLongerMeetsCriteria,
    ReturneeChoseToStop,
    LeftTheArea,
    Died,
    ReMigrated,
    AggressiveOrThreateningBehaviour,
    FundingEnded,
    SecurityOrContext,
}

/// <summary>Why a returnee chose to stop: recorded with <see cref="ClosureReason.ReturneeChoseToStop"/>.</summary>
public enum OptOutReason
{
    NoLongerWantsHelp,
    BarrierToAccess,
    AssistanceNoLongerSuitable,
    StigmaOrNegativeRepercussions,
    CostsOutweighBenefits,
    Other,
}
