namespace Homeward.Domain.Instruments;

/// <summary>
/// One row of a worksheet: its number as the spreadsheet shows it (the header is row 1) and its cells by column
/// header. Column headers are matched without regard to case; a '::language' suffix keeps its spelling.
/// </summary>
public sealed class SheetRow
{
    private readonly Dictionary<string, string> _cells;

    public SheetRow(int number, IReadOnlyDictionary<string, string?> cells)
    {
        Number = number;
        _cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, value) in cells) _cells[column.Trim()] = value?.Trim() ?? "";
    }

    public int Number { get; }

    public IEnumerable<string> Columns => _cells.Keys;

    public bool IsBlank => _cells.Values.All(v => v.Length == 0);

    /// <summary>The trimmed cell, or '' when the column is absent or empty.</summary>
    public string this[string column] => _cells.GetValueOrDefault(column, "");

    /// <summary>Numbers plain rows as a spreadsheet would: the first row after the header is row 2.</summary>
    public static IReadOnlyList<SheetRow> FromDictionaries(IEnumerable<IReadOnlyDictionary<string, string?>> rows) =>
        rows.Select((cells, index) => new SheetRow(index + 2, cells)).ToList();
}
