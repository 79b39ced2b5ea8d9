using Homeward.Domain.Assistance;

namespace Homeward.Web.Features.Assistance;

/// <summary>Assistance delivered against a budget line of the agreed plan, named by its id or its key.</summary>
public sealed class DeliveryInput
{
    public Guid? BudgetLineId { get; init; }
    public Guid? LineKey { get; init; }
    public DateOnly? DeliveredOn { get; init; }
    public decimal? Amount { get; init; }
    /// <summary>Defaults to the plan's currency; any other is refused.</summary>
    public string? Currency { get; init; }
    /// <summary>For assistance in kind: what was handed over.</summary>
    public string? Goods { get; init; }
    public DeliveryMethod? Method { get; init; }
    public string? Supplier { get; init; }
    public string? DeliveredBy { get; init; }
}

/// <summary>A receipt or delivery note as uploaded (at most the first 5 MB and one byte are read).</summary>
public sealed record ProofUpload(string FileName, byte[] Content)
{
    public static async Task<ProofUpload> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var content = new byte[Math.Min(file.Length, ProofFiles.MaxBytes + 1L)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(content, ct);
        return new ProofUpload(file.FileName, content);
    }
}
