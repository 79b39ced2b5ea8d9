using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Domain.Instruments;

namespace Homeward.Web.Features.Instruments;

/// <summary>One worksheet as read: its rows after the header, numbered as the spreadsheet shows them, and where each column is.</summary>
public sealed record Worksheet(string Name, IReadOnlyList<SheetRow> Rows, IReadOnlyDictionary<string, string> ColumnLetters)
{
    /// <summary>"C7" for the column headed <paramref name="column"/> at row 7, or null when the sheet has no such column.</summary>
    public string? CellOf(string column, int row) =>
        ColumnLetters.TryGetValue(column, out var letters) && row > 0 ? $"{letters}{row}" : null;
}

/// <summary>
/// Reads the worksheets of an .xlsx file: cell text by column header, the header being the first row that has any
/// text. Tells a file that is not an Excel workbook apart by its content (a zip package with a workbook part),
/// whatever its name says.
/// </summary>
public static class XlsxWorkbook
{
    // The text of a 5 MB package cannot expand into more than this per part: a guard against zip bombs.
    private const long MaxCharactersInPart = 100_000_000;

    /// <summary>The worksheets by name (compared without regard to case), or null when the bytes are not an .xlsx workbook.</summary>
    public static IReadOnlyDictionary<string, Worksheet>? Read(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) return null;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            if (document.WorkbookPart is not { Workbook.Sheets: { } sheets } workbook) return null;
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
            var result = new Dictionary<string, Worksheet>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id || result.ContainsKey(name)) continue;
                if (workbook.GetPartById(id) is WorksheetPart part) result[name] = ReadSheet(name, part, strings);
            }
            return result;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException
                                       or InvalidOperationException or ArgumentException or FormatException)
        {
            return null;
        }
    }

    private static Worksheet ReadSheet(string name, WorksheetPart part, List<string> strings)
    {
        var cellsByRow = new List<(int Number, Dictionary<string, string> ByLetters)>();
        var next = 1;
        foreach (var row in part.Worksheet?.Descendants<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : next;
            next = number + 1;
            var byLetters = new Dictionary<string, string>(StringComparer.Ordinal);
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnNumber(reference) : column + 1;
                var text = TextOf(cell, strings);
                if (text.Length > 0) byLetters[ColumnLetters(column)] = text;
            }
            cellsByRow.Add((number, byLetters));
        }
        var header = cellsByRow.FirstOrDefault(r => r.ByLetters.Values.Any(v => v.Trim().Length > 0));
        if (header.ByLetters is null) return new Worksheet(name, [], new Dictionary<string, string>());

        var headers = header.ByLetters.Where(h => h.Value.Trim().Length > 0).ToDictionary(h => h.Key, h => h.Value.Trim());
        var letters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (letter, column) in headers) letters.TryAdd(column, letter);
        var rows = cellsByRow.Where(r => r.Number > header.Number)
            .Select(r => new SheetRow(r.Number, headers
                .Where(h => letters[h.Value] == h.Key)
                .ToDictionary(h => h.Value, h => r.ByLetters.GetValueOrDefault(h.Key))))
            .ToList();
        return new Worksheet(name, rows, letters);
    }

    private static string TextOf(Cell cell, List<string> strings)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return cell.InlineString is { } inline ? TextOf(inline) : "";
        var value = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
        if (type == CellValues.Boolean) return value == "1" ? "true" : "false";
        if (type == CellValues.String || type == CellValues.Error) return value;
        // A number: written back the shortest way that reads as the same number ("0.75", "2024031501").
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : value;
    }

    /// <summary>The text of a shared or inline string: its plain text, or its rich-text runs joined (phonetic hints left out).</summary>
    private static string TextOf(DocumentFormat.OpenXml.OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>"C7" → 3.</summary>
    private static int ColumnNumber(string reference)
    {
        var number = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter)) number = number * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        return number;
    }

    /// <summary>3 → "C", 28 → "AB".</summary>
    public static string ColumnLetters(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26) letters = (char)('A' + (number - 1) % 26) + letters;
        return letters;
    }
}
