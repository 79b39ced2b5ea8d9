using Homeward.Domain.Assistance;

namespace Homeward.Domain.Tests.Assistance;

public class DeliveryRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static AssistanceDelivery Delivery(decimal amount = 100, int daysAgo = 0, DeliveryMethod method = DeliveryMethod.CashInHand, string? goods = null, string currency = "EUR") =>
        new() { Amount = amount, DeliveredOn = Today.AddDays(-daysAgo), Method = method, Goods = goods, Currency = currency, DeliveredBy = "Fatou" };

    [Fact]
    public void Check_ValidDelivery_Passes() => DeliveryRules.Check(Delivery(), "EUR", Today);

    [Fact]
    public void Check_DateInTheFuture_IsRefusedNamingTheDate()
    {
        var ex = Assert.Throws<DomainRuleException>(() => DeliveryRules.Check(Delivery(daysAgo: -1), "EUR", Today));
        Assert.Equal("deliveredOn", ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Check_AmountNotAboveZero_IsRefusedNamingTheAmount(decimal amount)
    {
        var ex = Assert.Throws<DomainRuleException>(() => DeliveryRules.Check(Delivery(amount), "EUR", Today));
        Assert.Equal("amount", ex.Field);
    }

    [Fact]
    public void Check_OtherCurrencyThanThePlan_IsRefusedNamingTheCurrency()
    {
        var ex = Assert.Throws<DomainRuleException>(() => DeliveryRules.Check(Delivery(currency: "USD"), "EUR", Today));
        Assert.Equal("currency", ex.Field);
    }

    [Fact]
    public void Check_InKindWithoutGoods_IsRefusedNamingTheGoods()
    {
        var ex = Assert.Throws<DomainRuleException>(() => DeliveryRules.Check(Delivery(method: DeliveryMethod.InKind), "EUR", Today));
        Assert.Equal("goods", ex.Field);
        DeliveryRules.Check(Delivery(method: DeliveryMethod.InKind, goods: "Sewing machine"), "EUR", Today);
    }
}
