namespace Homeward.Domain.Children;

/// <summary>What a child's participation, activity and follow-up finding must say before they are recorded.</summary>
public static class ChildRules
{
    public static void CheckIsChild(bool isChild, string name)
    {
        if (!isChild)
            throw new DomainRuleException("not-a-child", $"{name} is 18 or older: child records are kept for children only.", "personId", isConflict: true);
    }

    public static void CheckParticipation(ChildParticipation p, DateOnly today)
    {
        CheckDay(p.HeardOn, today, "heardOn");
        if (p.Heard)
        {
            if (p.Method is null) throw new DomainRuleException("participation-method", "Say how the child was heard.", "method");
            Require(p.Language, 100, "participation-language", "Say in which language the child was heard.", "language");
            Require(p.ChildViews, 4000, "participation-views", "Write what the child said they want.", "childViews");
            Limit(p.AdultPresent, 200, "adultPresent");
        }
        else
        {
            Require(p.NotHeardReason, 1000, "participation-not-heard", "Say why the child was not heard.", "notHeardReason");
        }
    }

    public static void CheckActivity(ChildActivity a)
    {
        if (!Enum.IsDefined(a.Area)) throw new DomainRuleException("activity-area", "Choose what the activity is about.", "area");
        Require(a.Description, 500, "activity-description", "Describe the activity.", "description");
        Limit(a.ResponsibleParty, 200, "responsibleParty");
    }

    public static void CheckFinding(ChildFollowUpFinding f, DateOnly today)
    {
        CheckDay(f.SeenOn, today, "seenOn");
        if (f.InSchool is null && string.IsNullOrWhiteSpace(f.Findings))
            throw new DomainRuleException("finding-empty", "Say whether the child is in school or write what the follow-up found.", "findings");
        Limit(f.Findings, 4000, "findings");
    }

    internal static void CheckDay(DateOnly day, DateOnly today, string field)
    {
        if (day == default) throw new DomainRuleException("date-missing", "Enter the date.", field);
        if (day > today) throw new DomainRuleException("date-future", "The date cannot be in the future.", field);
    }

    internal static void Require(string? text, int max, string code, string message, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainRuleException(code, message, field);
        Limit(text, max, field);
    }

    internal static void Limit(string? text, int max, string field)
    {
        if (text?.Trim().Length > max) throw new DomainRuleException("too-long", $"Keep this to {max} characters or fewer.", field);
    }
}
