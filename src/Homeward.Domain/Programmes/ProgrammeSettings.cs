namespace Homeward.Domain.Programmes;

/// <summary>Settings a programme chooses; the handbook publishes no fixed values for them.</summary>
public class ProgrammeSettings
{
    public int Id { get; set; } = 1;
    public string ProgrammeName { get; set; } = "Reintegration programme";
    /// <summary>Days after return within which the reintegration plan should be agreed.</summary>
    public int PlanDeadlineDays { get; set; } = 30;
    public string Currency { get; set; } = "EUR";
    /// <summary>The most a case's reintegration plan budget may total.</summary>
    public decimal PerCaseCeiling { get; set; } = 2000m;
    /// <summary>Budget lines above this amount need a supervisor's approval before they can be paid.</summary>
    public decimal ApprovalLimit { get; set; } = 500m;
    public bool ClosureRequiresApproval { get; set; } = true;
    /// <summary>Months after return at which follow-up visits are due, comma separated.</summary>
    public string FollowUpMonths { get; set; } = "1,3,6,9,12,18";
    /// <summary>Months after a case is closed before its people's identifiers are removed.</summary>
    public int RetentionMonthsAfterClosure { get; set; } = 60;
    /// <summary>How long break-glass access to a case outside one's scope lasts.</summary>
    public int BreakGlassMinutes { get; set; } = 120;
    /// <summary>Roles whose members must sign in with a second factor (an authenticator app), comma separated.</summary>
    public string TwoFactorRoles { get; set; } = "";

    public IReadOnlyList<string> TwoFactorRoleList =>
        TwoFactorRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    /// <summary>Statistics hide any cell counting fewer people than this (small-cell suppression).</summary>
    public int SmallCellThreshold { get; set; } = Results.SmallCellSuppression.DefaultThreshold;
    /// <summary>Returns to one community within the chosen period from which it is proposed for profiling.</summary>
    public int HighReturnThreshold { get; set; } = 10;
    /// <summary>Months back that count as "recent" returns when checking a community's favourable conditions.</summary>
    public int RecentReturnMonths { get; set; } = 6;

    public IReadOnlyList<int> FollowUpMonthList =>
        FollowUpMonths.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
}
