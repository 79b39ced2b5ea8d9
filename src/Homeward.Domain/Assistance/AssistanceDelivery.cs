namespace Homeward.Domain.Assistance;

public enum DeliveryMethod
{
    CashInHand,
    MobileMoney,
    BankTransfer,
    Voucher,
    InKind,
}

/// <summary>Cash or in-kind assistance delivered against a budget line of the agreed plan.</summary>
public class AssistanceDelivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    /// <summary>The budget line's stable key (<see cref="Plans.BudgetLine.LineKey"/>).</summary>
    public Guid BudgetLineKey { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    /// <summary>For in-kind deliveries: what was handed over.</summary>
    public string? Goods { get; set; }
    public DeliveryMethod Method { get; set; }
    public string? Supplier { get; set; }
    public required string DeliveredBy { get; set; }
    public string? ProofFileName { get; set; }
    public string? ProofContentType { get; set; }
    public byte[]? Proof { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}
