using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.FollowUps;
using Homeward.Domain.Plans;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Cases;

/// <summary>
/// A timeline entry's summary as the reader should see it. Entries are stored as English sentences, some naming a
/// stage, a closure reason or an assessment kind by its code ("Closed: SupportPeriodEnded."). The sentences written by
/// the case workflow are shown in the reader's language with the labels of those codes; any other sentence is shown
/// as stored, with a remaining code turned into plain words ("in person" for InPerson).
/// </summary>
public static partial class TimelineText
{
    public static string Render(string summary, IStringLocalizer L)
    {
        foreach (var (pattern, localize) in Sentences)
        {
            var match = pattern.Match(summary);
            if (match.Success && localize(match.Groups, L) is { } text) return text;
        }
        return PlainWords(summary);
    }

    /// <summary>A code such as "SupportPeriodEnded" becomes "support period ended"; other words, and names, are left alone.</summary>
    public static string PlainWords(string text) =>
        Code().Replace(text, m => Codes.Contains(m.Value) ? Split().Replace(m.Value, " $1").ToLowerInvariant() : m.Value);

    private static readonly HashSet<string> Codes =
    [
        .. Enum.GetNames<CaseStage>(), .. Enum.GetNames<ClosureReason>(), .. Enum.GetNames<OptOutReason>(), .. Enum.GetNames<ReturnType>(),
        .. Enum.GetNames<AssessmentKind>(), .. Enum.GetNames<ConsentPurpose>(), .. Enum.GetNames<DeliveryMethod>(), .. Enum.GetNames<FollowUpMode>(),
        .. Enum.GetNames<AssistanceType>(), .. Enum.GetNames<Dimension>(), .. Enum.GetNames<PlanStatus>(), .. Enum.GetNames<BudgetApproval>(),
    ];

    private delegate string? Localize(GroupCollection g, IStringLocalizer L);

    private static readonly (Regex Pattern, Localize Localize)[] Sentences =
    [
        (new(@"^Moved from (\w+) to (\w+)\.$"), (g, L) => Stage(g[1], L) is { } from && Stage(g[2], L) is { } to ? L["Moved from {0} to {1}.", from, to].Value : null),
        (new(@"^Moved to (\w+)\.$"), (g, L) => Stage(g[1], L) is { } to ? L["Moved to {0}.", to].Value : null),
        (new(@"^Closed: (\w+)(?:, (\w+))?\.$"), (g, L) => Reason(g[1], g[2], L) is { } r ? L["Closed: {0}.", r].Value : null),
        (new(@"^Closure requested \((\w+)(?:, (\w+))?\); waiting for a supervisor's approval\.$"),
            (g, L) => Reason(g[1], g[2], L) is { } r ? L["Closure requested ({0}); waiting for a supervisor's approval.", r].Value : null),
        (new(@"^Closure approved \((\w+)\); case closed\.$"), (g, L) => Reason(g[1], null, L) is { } r ? L["Closure approved ({0}); the case is closed.", r].Value : null),
        (new(@"^Closure not approved: (.*)$", RegexOptions.Singleline), (g, L) => L["Closure not approved: {0}", g[1].Value].Value),
        (new(@"^The returnee chose to stop \((\w*)\); case closed\.$"), (g, L) => g[1].Value.Length == 0
            ? L["The returnee chose to stop; the case is closed."].Value
            : Label<OptOutReason>(g[1], "OptOutReason", L) is { } why ? L["The returnee chose to stop ({0}); the case is closed.", why].Value : null),
        (new(@"^Reopened at (\w+): (.*)$", RegexOptions.Singleline), (g, L) => Stage(g[1], L) is { } at ? L["Reopened at {0}: {1}", at, g[2].Value].Value : null),
        (new(@"^(\w+) recorded(: potential vulnerability flagged)?\.$"), (g, L) => Label<AssessmentKind>(g[1], "AssessmentKind", L) is { } kind
            ? g[2].Success ? L["{0} recorded: potential vulnerability flagged.", kind].Value : L["{0} recorded.", kind].Value
            : null),
        (new(@"^Counselling session of (\d{4}-\d{2}-\d{2}) recorded\.$"), (g, L) =>
            DateOnly.TryParseExact(g[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
                ? L["Counselling session of {0} recorded.", on.ToString("d", CultureInfo.CurrentCulture)].Value : null),
    ];

    private static string? Stage(Group code, IStringLocalizer L) => Label<CaseStage>(code, "Stage", L);

    private static string? Reason(Group reason, Group? optOut, IStringLocalizer L)
    {
        if (Label<ClosureReason>(reason, "ClosureReason", L) is not { } text) return null;
        return optOut is { Success: true } && Label<OptOutReason>(optOut, "OptOutReason", L) is { } why ? $"{text} — {why}" : text;
    }

    private static string? Label<TEnum>(Group code, string prefix, IStringLocalizer L) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(code.Value, out var value) && Enum.IsDefined(value) ? L[$"{prefix}.{value}"].Value : null;

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?<!^)([A-Z])")]
    private static partial Regex Split();
}
