using Homeward.Domain.Assistance;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Assistance;

/// <summary>GET /cases/{id}/assistance: what was delivered, and the agreed budget against it per case, line and dimension.</summary>
public sealed record AssistanceOverview(
    Guid CaseId, string CaseReference, string ReturneeName, string Currency, int? AgreedVersionNumber,
    SpendingTotals Totals, IReadOnlyList<LineSpending> Lines, IReadOnlyList<DimensionSpending> Dimensions, IReadOnlyList<DeliveryView> Deliveries);

/// <summary>Planned: the estimated cost. Approved: what may be paid (nothing while waiting for approval). Remaining: approved minus spent.</summary>
public sealed record SpendingTotals(decimal Planned, decimal Approved, decimal Spent, decimal Remaining);

public sealed record LineSpending(Guid BudgetLineId, Guid LineKey, string Description, Dimension Dimension, BudgetApproval Approval,
    decimal Planned, decimal Approved, decimal Spent, decimal Remaining);

public sealed record DimensionSpending(Dimension Dimension, decimal Planned, decimal Approved, decimal Spent, decimal Remaining);

public sealed record DeliveryView(Guid Id, Guid BudgetLineKey, string? BudgetLineDescription, DateOnly DeliveredOn, decimal Amount, string Currency,
    string? Goods, DeliveryMethod Method, string? Supplier, string DeliveredBy, string? ProofFileName, DateTime RecordedAt);
