using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Assistance;

/// <summary>
/// Records cash or in-kind assistance delivered against a budget line of the agreed plan. Spending never goes above
/// what the line allows; the case's version guards that check against two deliveries recorded at the same moment.
/// </summary>
[Infrastructure.ScopedService]
public sealed class RecordDelivery(HomewardDbContext db, CaseTimeline timeline, PlanMessages messages, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<DeliveryView>> RunAsync(Guid caseId, DeliveryInput input, ProofUpload? proof, CancellationToken ct = default)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return Outcome<DeliveryView>.NotFound();
        var errors = Validate(input);
        if (errors.Any) return Outcome<DeliveryView>.Invalid(errors);

        var plan = await db.Plans.AsNoTracking().WithRows().FirstOrDefaultAsync(p => p.CaseId == caseId && p.Status == PlanStatus.Agreed, ct);
        var line = plan?.BudgetLines.FirstOrDefault(l => input.BudgetLineId is { } id ? l.Id == id : l.LineKey == input.LineKey);
        if (plan is not null && line is null)
            return Outcome<DeliveryView>.Invalid(new FieldErrors().Add(input.BudgetLineId is null ? "lineKey" : "budgetLineId", L["This budget line is not part of the agreed plan."]));
        var spent = line is null ? 0 : (await db.SpentByLineKeyAsync(caseId, ct)).GetValueOrDefault(line.LineKey);
        var delivery = new AssistanceDelivery
        {
            CaseId = caseId,
            BudgetLineKey = line?.LineKey ?? Guid.Empty,
            DeliveredOn = input.DeliveredOn!.Value,
            Amount = input.Amount!.Value,
            Currency = Clean(input.Currency)?.ToUpperInvariant() ?? plan?.Currency ?? "",
            Goods = Clean(input.Goods),
            Method = input.Method!.Value,
            Supplier = Clean(input.Supplier),
            DeliveredBy = Clean(input.DeliveredBy)!,
        };
        try
        {
            PlanDrafting.CheckStage(c.Stage);
            if (plan is null || line is null)
                throw new DomainRuleException("no-agreed-plan", "Assistance is delivered against the agreed plan, and this case has none yet.", "budgetLineId", isConflict: true);
            DeliveryRules.Check(delivery, plan.Currency, PlanQueries.Today);
            if (proof is not null)
            {
                delivery.ProofContentType = ProofFiles.Check(proof.FileName, proof.Content);
                delivery.ProofFileName = ShortName(proof.FileName);
                delivery.Proof = proof.Content;
            }
            PlanRules.CheckPayment(line, spent, delivery.Amount);
        }
        catch (DomainRuleException ex)
        {
            var remaining = line is null ? 0 : PlanRules.PayableAmount(line) - spent;
            return Outcome<DeliveryView>.Refused(ex, messages.For(ex, new MessageContext(plan?.Currency ?? "", Stage: c.Stage, Remaining: remaining)));
        }

        db.AssistanceDeliveries.Add(delivery);
        // Moves the case's version on, so a delivery checked against the same spending at the same time is refused.
        db.Entry(c).Property(x => x.Version).IsModified = true;
        timeline.Add(caseId, CaseEventKind.AssistanceDelivered,
            $"{delivery.Amount:0.00} {delivery.Currency} delivered on {delivery.DeliveredOn:yyyy-MM-dd} against '{line.Description}' ({delivery.Method}).");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<DeliveryView>.Stale();
        }
        return Outcome<DeliveryView>.Done(new DeliveryView(delivery.Id, delivery.BudgetLineKey, line.Description, delivery.DeliveredOn, delivery.Amount,
            delivery.Currency, delivery.Goods, delivery.Method, delivery.Supplier, delivery.DeliveredBy, delivery.ProofFileName, delivery.RecordedAt));
    }

    private FieldErrors Validate(DeliveryInput input)
    {
        var errors = new FieldErrors()
            .When(input.BudgetLineId is null && input.LineKey is null, "budgetLineId", L["Choose the budget line."])
            .When(input.DeliveredOn is null, "deliveredOn", L["Enter the date of delivery."])
            .When(input.Amount is null, "amount", L["Enter the amount."])
            .When(input.Amount is { } amount && decimal.Round(amount, 2) != amount, "amount", L["Use at most two decimals."])
            .When(input.Method is null, "method", L["Choose how the assistance was delivered."])
            .When(string.IsNullOrWhiteSpace(input.DeliveredBy), "deliveredBy", L["Say who delivered the assistance."]);
        foreach (var (field, value, max) in new[] { ("goods", input.Goods, 500), ("supplier", input.Supplier, 200), ("deliveredBy", input.DeliveredBy, 200) })
            errors.When(value?.Length > max, field, L["Keep this to {0} characters or fewer.", max]);
        return errors;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The file's own name, without any folder a browser may send, short enough to store.</summary>
    private static string ShortName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.Length <= 200 ? name : name[^200..];
    }
}
