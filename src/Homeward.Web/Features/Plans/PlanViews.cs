using Homeward.Domain.Cases;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Plans;

/// <summary>GET /cases/{id}/plan: the current version with its revision token and totals, and the list of versions.</summary>
public sealed record PlanOverview(
    Guid CaseId, string CaseReference, string ReturneeName, CaseStage Stage, DateOnly ReturnDate,
    DateOnly PlanDueOn, bool IsLate, DateOnly? PlanAgreedOn, bool CanDraft, PlanLimits Limits,
    PlanVersionView? Current, int? AgreedVersionNumber, IReadOnlyList<PlanVersionSummary> Versions);

public sealed record PlanLimits(string Currency, decimal PerCaseCeiling, decimal ApprovalLimit);

public sealed record PlanVersionView(
    Guid Id, int VersionNumber, PlanStatus Status, int Revision,
    string? EconomicSummary, string? SocialSummary, string? PsychosocialSummary, string? Goals,
    DateOnly? PlannedEndOfAssistance, DateOnly? AgreedOn, string? AgreementMethod, string Currency,
    DateTime CreatedAt, string? CreatedBy, decimal Total, decimal PendingApprovalTotal,
    IReadOnlyList<DimensionTotal> TotalsByDimension, IReadOnlyList<ActivityView> Activities, IReadOnlyList<BudgetLineView> BudgetLines)
{
    public static PlanVersionView From(ReintegrationPlan p) => new(
        p.Id, p.VersionNumber, p.Status, p.Revision, p.EconomicSummary, p.SocialSummary, p.PsychosocialSummary, p.Goals,
        p.PlannedEndOfAssistance, p.AgreedOn, p.AgreementMethod, p.Currency, p.CreatedAt, p.CreatedBy, p.Total,
        p.BudgetLines.Where(l => l.Approval == BudgetApproval.Pending).Sum(l => l.EstimatedCost),
        Enum.GetValues<Dimension>().Select(d => new DimensionTotal(d, p.BudgetLines.Where(l => l.Dimension == d).Sum(l => l.EstimatedCost))).ToList(),
        p.Activities.OrderBy(a => a.Id).Select(a => new ActivityView(a.Id, a.AssistanceType, a.Dimension, a.Description, a.ReferralRequired, a.ResponsibleParty, a.DueOn, a.Status)).ToList(),
        p.BudgetLines.OrderBy(l => l.Id).Select(BudgetLineView.From).ToList());
}

public sealed record DimensionTotal(Dimension Dimension, decimal Total);

public sealed record ActivityView(Guid Id, AssistanceType AssistanceType, Dimension Dimension, string Description, bool ReferralRequired,
    string? ResponsibleParty, DateOnly? DueOn, ActivityStatus Status);

public sealed record BudgetLineView(Guid Id, Guid LineKey, string Description, Dimension Dimension, decimal EstimatedCost, string Currency,
    BudgetApproval Approval, string? DecidedBy, DateTime? DecidedAt)
{
    public static BudgetLineView From(BudgetLine l) =>
        new(l.Id, l.LineKey, l.Description, l.Dimension, l.EstimatedCost, l.Currency, l.Approval, l.ApprovedBy, l.ApprovedAt);
}

public sealed record PlanVersionSummary(int VersionNumber, PlanStatus Status, DateOnly? AgreedOn, DateTime CreatedAt, string? CreatedBy, decimal Total);
