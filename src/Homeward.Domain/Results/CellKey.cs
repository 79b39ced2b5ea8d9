namespace Homeward.Domain.Results;

/// <summary>
/// Where a cell sits in a statistical table: one category per dimension, or null for the total over that dimension.
/// Two keys with the same parts are the same cell.
/// </summary>
public sealed class CellKey(IReadOnlyList<string?> parts) : IEquatable<CellKey>
{
    public IReadOnlyList<string?> Parts { get; } = parts.ToArray();

    public static CellKey Of(params string?[] parts) => new(parts);

    public CellKey With(int dimension, string? category)
    {
        var parts = Parts.ToArray();
        parts[dimension] = category;
        return new CellKey(parts);
    }

    public bool IsTotalAt(int dimension) => Parts[dimension] is null;

    public bool Equals(CellKey? other) => other is not null && Parts.SequenceEqual(other.Parts);
    public override bool Equals(object? obj) => Equals(obj as CellKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in Parts) hash.Add(part);
        return hash.ToHashCode();
    }

    public override string ToString() => string.Join(" · ", Parts.Select(p => p ?? "Total"));
}
