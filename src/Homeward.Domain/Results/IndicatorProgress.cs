namespace Homeward.Domain.Results;

public enum ProgressStatus
{
    NoData,
    NoTarget,
    Achieved,
    OnTrack,
    OffTrack,
}

/// <summary>Actual against target: achieved at or beyond the target, on track within a fifth of it, off track otherwise.</summary>
public static class IndicatorProgress
{
    public const decimal OnTrackShare = 0.8m;

    public static ProgressStatus StatusOf(decimal? actual, decimal? target, bool higherIsBetter)
    {
        if (actual is null) return ProgressStatus.NoData;
        if (target is null) return ProgressStatus.NoTarget;
        if (higherIsBetter)
            return actual >= target ? ProgressStatus.Achieved : actual >= target * OnTrackShare ? ProgressStatus.OnTrack : ProgressStatus.OffTrack;
        return actual <= target ? ProgressStatus.Achieved : actual * OnTrackShare <= target ? ProgressStatus.OnTrack : ProgressStatus.OffTrack;
    }
}
