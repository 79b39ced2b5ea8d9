using System.Globalization;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Plans;

/// <summary>Dates and amounts as the reader's language writes them.</summary>
public static class Display
{
    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    public static string Money(decimal amount, string currency) => PlanMessages.Money(amount, currency);

    /// <summary>Bootstrap badge colours for an approval state; the state is always written out too.</summary>
    public static string ApprovalBadge(BudgetApproval approval) => approval switch
    {
        BudgetApproval.Pending => "badge text-wrap text-start text-bg-warning",
        BudgetApproval.Approved => "badge text-wrap text-start text-bg-success",
        BudgetApproval.Rejected => "badge text-wrap text-start text-bg-danger",
        _ => "badge text-wrap text-start text-bg-light border",
    };
}
