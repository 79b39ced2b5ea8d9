namespace Homeward.Domain.DataProtection;

public enum CorrectionStatus { Open, Applied, Refused }

/// <summary>
/// A returnee's request to have their data corrected (right to rectification): who asked and when, what is wrong, the
/// correction asked for, and the decision — applied (saying what was changed) or refused (saying why) — by whom and when.
/// </summary>
public class CorrectionRequest
{
    public const int MaxText = 2000, MaxName = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PersonId { get; set; }
    /// <summary>Who asked: the returnee, or someone on their behalf, as the recorder wrote it.</summary>
    public required string RequestedBy { get; set; }
    public DateOnly RequestedOn { get; set; }
    public required string WhatIsWrong { get; set; }
    public required string RequestedCorrection { get; set; }
    public Guid? RecordedById { get; set; }
    public required string RecordedByName { get; set; }
    public DateTime RecordedAt { get; set; }
    public CorrectionStatus Status { get; set; } = CorrectionStatus.Open;
    /// <summary>What was changed (applied) or why not (refused).</summary>
    public string? Decision { get; set; }
    public Guid? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTime? DecidedAt { get; set; }
}
