using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Submissions;

namespace Homeward.Web.Features.Instruments;

/// <summary>
/// The field names through which an instrument speaks to the case: a row named 'flagged' (a calculate, usually)
/// whose value is yes/true/1 flags a potential vulnerability on the case; a question named 'findings' gives the
/// assessment record its findings (the assessor's judgement).
/// </summary>
public static class InstrumentConventions
{
    public const string Flagged = "flagged";
    public const string Findings = "findings";

    public static bool IsFlagged(AnswerSet values) =>
        values.Values.GetValueOrDefault(Flagged)?.Trim().ToLowerInvariant() is "yes" or "true" or "1";

    public static string? FindingsOf(Instrument instrument, AnswerSet values) =>
        instrument.Find(Findings) is { Repeat: null } && values.Values.GetValueOrDefault(Findings) is { Length: > 0 } text ? text.Trim() : null;
}
