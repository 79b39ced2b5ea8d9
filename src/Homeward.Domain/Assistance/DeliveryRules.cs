namespace Homeward.Domain.Assistance;

/// <summary>What a record of assistance delivered must hold before it is checked against its budget line.</summary>
public static class DeliveryRules
{
    public static void Check(AssistanceDelivery delivery, string planCurrency, DateOnly today)
    {
        if (delivery.DeliveredOn > today)
            throw new DomainRuleException("delivery-date-future", "The delivery date cannot be in the future.", "deliveredOn");
        if (delivery.Amount <= 0)
            throw new DomainRuleException("delivery-amount", "The amount delivered must be more than zero.", "amount");
        if (!string.Equals(delivery.Currency, planCurrency, StringComparison.OrdinalIgnoreCase))
            throw new DomainRuleException("delivery-currency", $"The plan is budgeted in {planCurrency}, not {delivery.Currency}.", "currency");
        if (delivery.Method == DeliveryMethod.InKind && string.IsNullOrWhiteSpace(delivery.Goods))
            throw new DomainRuleException("delivery-goods", "For assistance in kind, describe the goods handed over.", "goods");
    }
}
