using System.Globalization;
using System.Text;
using System.Xml;
using System.IO.Compression;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Writes rows as CSV or XLSX while they are read, so an export of any size holds one row in memory at a time.
/// Cells are text, numbers or empty. XLSX is written part by part into a zip in a temporary file (deleted on close),
/// then copied to the response.
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

    /// <summary>The rows a worksheet can hold (Excel's limit).</summary>
    public const int SheetRowLimit = 1_048_576;

    /// <summary>
    /// Writes the rows as a workbook. Rows beyond what one worksheet holds continue on the next ("Cases 2", "Cases 3"…),
    /// each starting with the first <paramref name="headerRows"/> rows again, so every sheet reads on its own.
    /// </summary>
    public static async Task WriteXlsxAsync(Stream body, string sheetName, IAsyncEnumerable<object?[]> rows, CancellationToken ct,
        int headerRows = 2, int rowsPerSheet = SheetRowLimit)
    {
        if (rowsPerSheet <= headerRows) throw new ArgumentOutOfRangeException(nameof(rowsPerSheet), "A sheet must hold more than its header rows.");
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        // A zip in create mode compresses each part as it is written; the Open XML SDK's package would hold the whole
        // sheet in memory until it is closed (System.IO.Packaging updates zip entries in memory).
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            var header = new List<object?[]>();
            var sheets = 0;
            SheetWriter? sheet = null;
            await foreach (var row in rows.WithCancellation(ct))
            {
                if (header.Count < headerRows) header.Add(row);
                else if (sheet!.Rows == rowsPerSheet)
                {
                    await sheet.DisposeAsync();
                    sheet = await SheetWriter.StartAsync(zip, ++sheets);
                    foreach (var again in header) await sheet.WriteAsync(again);
                }
                sheet ??= await SheetWriter.StartAsync(zip, ++sheets);
                await sheet.WriteAsync(row);
            }
            sheet ??= await SheetWriter.StartAsync(zip, ++sheets);
            await sheet.DisposeAsync();
            var names = Enumerable.Range(1, sheets).Select(n => n == 1 ? sheetName : $"{sheetName} {n}").ToList();
            Part(zip, "[Content_Types].xml", ContentTypes(sheets));
            Part(zip, "_rels/.rels", PackageRelationships);
            Part(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships(sheets));
            Part(zip, "xl/workbook.xml", Workbook(names));
        }
        file.Position = 0;
        await file.CopyToAsync(body, ct);
    }

    /// <summary>One worksheet part being written, row by row.</summary>
    private sealed class SheetWriter : IAsyncDisposable
    {
        private readonly Stream _part;
        private readonly XmlWriter _xml;

        private SheetWriter(Stream part, XmlWriter xml) => (_part, _xml) = (part, xml);

        public int Rows { get; private set; }

        public static async Task<SheetWriter> StartAsync(ZipArchive zip, int number)
        {
            var part = zip.CreateEntry($"xl/worksheets/sheet{number}.xml", CompressionLevel.Optimal).Open();
            var xml = XmlWriter.Create(part, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
            await xml.WriteStartDocumentAsync(true);
            await xml.WriteStartElementAsync(null, "worksheet", SpreadsheetNs);
            await xml.WriteStartElementAsync(null, "sheetData", SpreadsheetNs);
            return new SheetWriter(part, xml);
        }

        public async Task WriteAsync(object?[] row)
        {
            await _xml.WriteStartElementAsync(null, "row", SpreadsheetNs);
            foreach (var value in row) await CellAsync(_xml, value);
            await _xml.WriteEndElementAsync();
            Rows++;
        }

        public async ValueTask DisposeAsync()
        {
            await _xml.WriteEndElementAsync();
            await _xml.WriteEndElementAsync();
            await _xml.WriteEndDocumentAsync();
            await _xml.DisposeAsync();
            await _part.DisposeAsync();
        }
    }

    private const string SpreadsheetNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static string ContentTypes(int sheets) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{string.Concat(Enumerable.Range(1, sheets).Select(n => $"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))}</Types>
        """;

    private const string PackageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """;

    private static string WorkbookRelationships(int sheets) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{string.Concat(Enumerable.Range(1, sheets).Select(n => $"<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"))}</Relationships>
        """;

    private static string Workbook(IReadOnlyList<string> sheetNames) => $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="{SpreadsheetNs}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{string.Concat(sheetNames.Select((name, i) => $"<sheet name=\"{XmlText(name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))}</sheets></workbook>
        """;

    private static string XmlText(string text) => System.Security.SecurityElement.Escape(Clean(text));

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(content.Trim()));
    }

    /// <summary>A number as a number cell, anything else as an inline string, null as an empty cell.</summary>
    private static async Task CellAsync(XmlWriter xml, object? value)
    {
        await xml.WriteStartElementAsync(null, "c", SpreadsheetNs);
        switch (value)
        {
            case null:
                break;
            case double d:
                await xml.WriteElementStringAsync(null, "v", SpreadsheetNs, d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case int or decimal:
                await xml.WriteElementStringAsync(null, "v", SpreadsheetNs, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                await xml.WriteAttributeStringAsync(null, "t", null, "inlineStr");
                await xml.WriteStartElementAsync(null, "is", SpreadsheetNs);
                await xml.WriteStartElementAsync(null, "t", SpreadsheetNs);
                await xml.WriteAttributeStringAsync("xml", "space", null, "preserve");
                await xml.WriteStringAsync(Clean(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                await xml.WriteEndElementAsync();
                await xml.WriteEndElementAsync();
                break;
        }
        await xml.WriteEndElementAsync();
    }

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
