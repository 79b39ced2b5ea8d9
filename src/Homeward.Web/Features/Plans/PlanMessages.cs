using System.Globalization;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Plans;

/// <summary>What a use case knows when it explains a refusal: the figures some messages quote.</summary>
public sealed record MessageContext(string Currency = "", decimal Total = 0, decimal Ceiling = 0, CaseStage? Stage = null, decimal Remaining = 0,
    IReadOnlyList<string>? Children = null);

/// <summary>The domain's refusals in the reader's language, for the pages and the API alike.</summary>
[Infrastructure.ScopedService]
public sealed class PlanMessages(IStringLocalizer<SharedResource> L)
{
    public static string Money(decimal amount, string currency) => $"{amount.ToString("N2", CultureInfo.CurrentCulture)} {currency}";

    public string For(DomainRuleException ex, MessageContext? context = null)
    {
        var c = context ?? new MessageContext();
        return ex.Code switch
        {
            "plan-stage" => L["A plan can be worked on only while the case is in Planning, Implementation or Monitoring; this case is in {0}.", L[$"Stage.{c.Stage}"]],
            "plan-missing" => L["There is no draft plan to agree yet: draft the plan first."],
            "plan-not-draft" => L["This version is already agreed: revise the plan to make a new draft."],
            "plan-without-activity" => L["The plan has no activity: add at least one before the returnee agrees it."],
            "agreement-date" => L["Enter the date the returnee agreed the plan."],
            "agreement-date-future" => L["The agreement date cannot be in the future."],
            "agreement-method" => L["Say how the returnee agreed the plan."],
            "budget-amount" => L["The estimated cost must be more than zero."],
            "budget-currency" => L["The programme budgets in {0}.", c.Currency],
            "budget-over-ceiling" => L["The budget totals {0}, above the programme's ceiling of {1} per case.", Money(c.Total, c.Currency), Money(c.Ceiling, c.Currency)],
            "budget-below-spent" => L["Assistance was already delivered against this line: the estimated cost cannot be lower than what was spent."],
            "budget-line-spent" => L["A budget line with assistance delivered against it cannot be removed from the plan."],
            "plan-superseded" => L["This budget line belongs to a superseded version of the plan."],
            "line-not-pending" => L["This budget line does not wait for approval."],
            "rejection-reason" => L["Give the reason for rejecting the budget line."],
            "no-agreed-plan" => L["Assistance is delivered against the agreed plan, and this case has none yet."],
            "delivery-date-future" => L["The delivery date cannot be in the future."],
            "delivery-amount" => L["The amount must be more than zero."],
            "delivery-currency" => L["The plan is budgeted in {0}.", c.Currency],
            "delivery-goods" => L["For assistance in kind, describe the goods handed over."],
            "line-needs-approval" => L["This budget line waits for a supervisor's approval: nothing can be paid against it yet."],
            "line-rejected" => L["This budget line was not approved: nothing can be paid against it."],
            "line-overspent" => L["This is more than what is left on the budget line ({0}).", Money(c.Remaining, c.Currency)],
            "proof-empty" => L["The proof file is empty."],
            "proof-too-large" => L["The proof file is larger than 5 MB."],
            "proof-type" => L["The proof must be a PDF, JPEG or PNG file. Its content was checked, not its name."],
            "children-without-bia" => L["Each child needs at least a short best-interests assessment before the family plan is agreed, or a supervisor's reason why not: {0}.", string.Join(", ", c.Children ?? [])],
            _ => ex.Message,
        };
    }
}
