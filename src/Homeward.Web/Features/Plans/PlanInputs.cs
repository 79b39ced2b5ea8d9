using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Plans;

/// <summary>The body of PUT /cases/{id}/plan: the whole draft, with the revision it was edited from.</summary>
public sealed class PlanInput
{
    /// <summary>The current version's revision as last read; null when the case has no plan yet.</summary>
    public int? Revision { get; init; }
    public string? EconomicSummary { get; init; }
    public string? SocialSummary { get; init; }
    public string? PsychosocialSummary { get; init; }
    public string? Goals { get; init; }
    public DateOnly? PlannedEndOfAssistance { get; init; }
    public List<ActivityInput>? Activities { get; init; }
    public List<BudgetLineInput>? BudgetLines { get; init; }
}

public sealed class ActivityInput
{
    public AssistanceType? AssistanceType { get; init; }
    public string? Description { get; init; }
    public bool ReferralRequired { get; init; }
    public string? ResponsibleParty { get; init; }
    public DateOnly? DueOn { get; init; }
    public ActivityStatus? Status { get; init; }
}

public sealed class BudgetLineInput
{
    /// <summary>The line's key from an earlier version, to keep counting what was delivered against it; null for a new line.</summary>
    public Guid? LineKey { get; init; }
    public string? Description { get; init; }
    public Dimension? Dimension { get; init; }
    public decimal? EstimatedCost { get; init; }
    /// <summary>Defaults to the plan's currency.</summary>
    public string? Currency { get; init; }
}

/// <summary>The returnee's agreement to the current draft.</summary>
public sealed class AgreementInput
{
    public DateOnly? AgreedOn { get; init; }
    /// <summary>How they agreed: Signed, Thumbprint, VerbalWithWitness, or the programme's own words.</summary>
    public string? Method { get; init; }
    /// <summary>When given, the draft's revision as read: agreeing a draft changed since is refused as a stale edit.</summary>
    public int? Revision { get; init; }
}

public sealed class RejectionInput
{
    public string? Reason { get; init; }
}

/// <summary>The ways of agreeing a plan the pages offer; the API accepts any short text.</summary>
public static class AgreementMethods
{
    public static readonly string[] All = ["Signed", "Thumbprint", "VerbalWithWitness"];
}
