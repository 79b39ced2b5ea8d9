namespace Homeward.Domain.Plans;

/// <summary>
/// One version of a returnee's reintegration plan, drafted with them on the handbook's template. A revision of an
/// agreed plan is a new version; the earlier one is kept as <see cref="PlanStatus.Superseded"/>.
/// </summary>
public class ReintegrationPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public int VersionNumber { get; set; } = 1;
    public PlanStatus Status { get; set; } = PlanStatus.Draft;
    public string? EconomicSummary { get; set; }
    public string? SocialSummary { get; set; }
    public string? PsychosocialSummary { get; set; }
    public string? Goals { get; set; }
    public DateOnly? PlannedEndOfAssistance { get; set; }
    public DateOnly? AgreedOn { get; set; }
    /// <summary>How the returnee agreed: signed, thumbprint, verbal with witness…</summary>
    public string? AgreementMethod { get; set; }
    public string Currency { get; set; } = "EUR";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public string? CreatedBy { get; set; }
    /// <summary>Optimistic concurrency: two people editing the same plan cannot overwrite each other.</summary>
    public int Revision { get; set; }

    public List<PlanActivity> Activities { get; set; } = [];
    public List<BudgetLine> BudgetLines { get; set; } = [];

    public decimal Total => BudgetLines.Sum(l => l.EstimatedCost);
}

/// <summary>An activity of the plan: what support, in which dimension, whether a referral is needed, who and by when.</summary>
public class PlanActivity
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    public AssistanceType AssistanceType { get; set; }
    public Dimension Dimension { get; set; }
    public required string Description { get; set; }
    public bool ReferralRequired { get; set; }
    public string? ResponsibleParty { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;
}

/// <summary>Goods, equipment or a service to buy with the reintegration grant.</summary>
public class BudgetLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlanId { get; set; }
    /// <summary>Stays the same across plan versions, so deliveries keep counting against the line after a revision.</summary>
    public Guid LineKey { get; set; } = Guid.CreateVersion7();
    public required string Description { get; set; }
    public Dimension Dimension { get; set; }
    public decimal EstimatedCost { get; set; }
    public string Currency { get; set; } = "EUR";
    public BudgetApproval Approval { get; set; } = BudgetApproval.NotRequired;
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
}
