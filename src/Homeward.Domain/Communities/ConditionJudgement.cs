namespace Homeward.Domain.Communities;

/// <summary>How staff judged a favourable condition after the participatory sessions.</summary>
public enum ConditionJudgement
{
    NotAssessed,
    Met,
    PartlyMet,
    NotMet,
}
