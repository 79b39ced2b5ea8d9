using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Homeward.Web.Tests.Instruments;

/// <summary>Writes .xlsx workbooks for tests and for the shipped instruments: each sheet a header row, then its rows.</summary>
public static class Xlsx
{
    public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows);

    public static Sheet Table(string name, string[] header, params string?[][] rows) => new(name, [header, .. rows]);

    /// <summary>Cells that read as numbers are written as numbers, the rest as inline text; empty cells are left out.</summary>
    public static byte[] Workbook(params Sheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheet.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < sheet.Rows[r].Count; c++)
                    {
                        if (sheet.Rows[r][c] is not { Length: > 0 } text) continue;
                        row.AppendChild(Cell($"{Letters(c + 1)}{r + 1}", text));
                    }
                    data.AppendChild(row);
                }
                part.Worksheet = new Worksheet(data);
                list.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name });
            }
        }
        return stream.ToArray();
    }

    private static Cell Cell(string reference, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number.ToString(CultureInfo.InvariantCulture) == text
            ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(text) }
            : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static string Letters(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26) letters = (char)('A' + (number - 1) % 26) + letters;
        return letters;
    }
}
