using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Homeward.Web.Features.Monitoring;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>Workbooks longer than one worksheet continue on further sheets, each with the header rows, and still open.</summary>
public sealed class TabularFileTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RowsBeyondASheet_ContinueOnTheNext_EachStartingWithTheHeaderRows()
    {
        var sheets = await WriteAsync(rows: 10, rowsPerSheet: 5);

        Assert.Equal(["Follow-ups", "Follow-ups 2", "Follow-ups 3", "Follow-ups 4"], sheets.Select(s => s.Name));
        Assert.All(sheets, s => Assert.Equal(["visit", "#meta+visit"], s.Rows.Take(2).Select(r => r[0])));
        Assert.All(sheets, s => Assert.True(s.Rows.Count <= 5));
        // Every data row once, in order, the header rows excluded.
        Assert.Equal(Enumerable.Range(1, 10).Select(n => n.ToString()), sheets.SelectMany(s => s.Rows.Skip(2)).Select(r => r[1]));
    }

    [Fact]
    public async Task RowsThatFitOneSheet_StayOnOne()
    {
        var sheets = await WriteAsync(rows: 3, rowsPerSheet: 5);
        var only = Assert.Single(sheets);
        Assert.Equal(5, only.Rows.Count);
    }

    [Fact]
    public async Task NoDataRows_GiveOneSheetWithTheHeaderRows()
    {
        var only = Assert.Single(await WriteAsync(rows: 0, rowsPerSheet: 5));
        Assert.Equal(2, only.Rows.Count);
    }

    [Fact]
    public async Task ASheetThatCannotHoldMoreThanItsHeader_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => WriteAsync(rows: 1, rowsPerSheet: 2));
    }

    private sealed record Sheet(string Name, List<List<string>> Rows);

    private static async Task<List<Sheet>> WriteAsync(int rows, int rowsPerSheet)
    {
        using var body = new MemoryStream();
        await TabularFile.WriteXlsxAsync(body, "Follow-ups", Table(rows), Ct, headerRows: 2, rowsPerSheet: rowsPerSheet);
        body.Position = 0;
        using var document = SpreadsheetDocument.Open(body, false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>()
            .Select(s => new Sheet(s.Name!.Value!, ((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList()).ToList()))
            .ToList();
    }

    private static async IAsyncEnumerable<object?[]> Table(int rows)
    {
        yield return ["visit", "number"];
        yield return ["#meta+visit", "#meta+number"];
        for (var n = 1; n <= rows; n++)
        {
            await Task.Yield();
            yield return [$"visit {n}", n];
        }
    }
}
