using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Writes rows as CSV or XLSX while they are read, so an export of any size holds one row in memory at a time.
/// Cells are text, numbers or empty. XLSX is written with the Open XML SDK's forward-only writer into a temporary
/// file (a zip package needs to seek), deleted on close, then copied to the response.
/// </summary>
public static class TabularFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task WriteCsvAsync(Stream body, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) await writer.WriteAsync(',');
                await writer.WriteAsync(Csv(row[i]));
            }
            await writer.WriteAsync("\r\n");
        }
        await writer.FlushAsync(ct);
    }

    public static async Task WriteXlsxAsync(Stream body, string sheetName, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        using (var document = SpreadsheetDocument.Create(file, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(sheet))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                await foreach (var row in rows.WithCancellation(ct))
                {
                    writer.WriteStartElement(new Row());
                    foreach (var value in row) writer.WriteElement(Cell(value));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            using (var writer = OpenXmlWriter.Create(workbook))
            {
                writer.WriteStartElement(new Workbook());
                writer.WriteStartElement(new Sheets());
                writer.WriteElement(new Sheet { Name = sheetName, SheetId = 1, Id = workbook.GetIdOfPart(sheet) });
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
        }
        file.Position = 0;
        await file.CopyToAsync(body, ct);
    }

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        double d => new Cell { DataType = CellValues.Number, CellValue = new CellValue(d) },
        int i => new Cell { DataType = CellValues.Number, CellValue = new CellValue(i) },
        decimal m => new Cell { DataType = CellValues.Number, CellValue = new CellValue(m) },
        _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""))) },
    };

    // Characters XML cannot carry are dropped rather than failing the whole file.
    private static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());

    private static string Csv(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        // A cell starting like a formula is quoted with an apostrophe so spreadsheets do not run it.
        if (value is string && text.Length > 0 && "=+-@\t\r".Contains(text[0]) && !(text.Length > 1 && text[0] == '-' && char.IsDigit(text[1]))) text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
