using Homeward.Domain.Cases;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Caseload;

/// <summary>A checked caseload request: which cases to list and where the page starts.</summary>
public sealed record CaseloadFilter(
    CaseStage? Stage,
    bool OverdueFollowUp,
    bool LatePlan,
    bool Vulnerable,
    Guid? LocationId,
    Guid? CaseManagerId,
    bool Mine,
    string? Q,
    CaseloadCursor? After,
    int Limit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const int MaxQueryLength = 100;

    /// <summary>Checks every parameter; returns null and fills <paramref name="errors"/> when any is wrong.</summary>
    public static CaseloadFilter? Parse(CaseloadRequest r, FieldErrors errors, IStringLocalizer L)
    {
        CaseStage? stage = null;
        if (!string.IsNullOrWhiteSpace(r.Stage))
        {
            // Names only: Enum.TryParse would also accept numbers such as "7".
            if (Enum.GetNames<CaseStage>().FirstOrDefault(n => n.Equals(r.Stage.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name)
                stage = Enum.Parse<CaseStage>(name);
            else
                errors.Add("stage", L["Unknown stage. Use one of: {0}.", string.Join(", ", Enum.GetNames<CaseStage>())].Value);
        }

        var overdue = Flag(r.OverdueFollowUp, "overdueFollowUp", errors, L);
        var latePlan = Flag(r.LatePlan, "latePlan", errors, L);
        var vulnerable = Flag(r.Vulnerable, "vulnerable", errors, L);
        var mine = Flag(r.Mine, "mine", errors, L);
        var location = Id(r.LocationId, "locationId", errors, L);
        var caseManager = Id(r.CaseManagerId, "caseManagerId", errors, L);

        var q = string.IsNullOrWhiteSpace(r.Q) ? null : r.Q.Trim();
        errors.When(q is { Length: > MaxQueryLength }, "q", L["Search for at most {0} characters.", MaxQueryLength].Value);

        CaseloadCursor? after = null;
        if (!string.IsNullOrWhiteSpace(r.After) && !CaseloadCursor.TryDecode(r.After.Trim(), out after))
            errors.Add("after", L["This page link is not valid any more. Start again from the first page."].Value);

        var limit = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(r.Limit)
            && (!int.TryParse(r.Limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            errors.Add("limit", L["The page size must be a whole number from 1 to {0}.", MaxLimit].Value);

        return errors.Any ? null : new CaseloadFilter(stage, overdue, latePlan, vulnerable, location, caseManager, mine, q, after, limit);
    }

    private static bool Flag(string? value, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (string.IsNullOrWhiteSpace(value)) return false;
        if (bool.TryParse(value.Trim(), out var flag)) return flag;
        errors.Add(field, L["Use true or false."].Value);
        return false;
    }

    private static Guid? Id(string? value, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (Guid.TryParse(value.Trim(), out var id)) return id;
        errors.Add(field, L["This is not a valid identifier."].Value);
        return null;
    }
}
