using System.Buffers;
using System.Text;

namespace Homeward.Web.Features.Instruments;

/// <summary>One data row of a submissions file: its number as a spreadsheet shows it (the header is row 1), and its cells in the order of the headers.</summary>
public sealed record SubmissionFileRow(int Number, string[] Cells);

/// <summary>
/// A file of submissions as read: the trimmed header of each column and the rows that have any text. "csv" or "xlsx".
/// </summary>
public sealed record SubmissionFile(string Format, IReadOnlyList<string> Headers, IReadOnlyList<SubmissionFileRow> Rows)
{
    /// <summary>
    /// Reads an .xlsx workbook (its first sheet) or a UTF-8 CSV, told apart by content whatever the file is called:
    /// null when the bytes are neither. A CSV's separator is a comma or, as KoboToolbox exports by default, a semicolon.
    /// </summary>
    public static SubmissionFile? Read(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 'P' && bytes[1] == 'K')
            return XlsxWorkbook.Read(bytes) is { Count: > 0 } sheets ? FromSheet(sheets.Values.First()) : null;
        return ReadCsv(bytes);
    }

    private static SubmissionFile FromSheet(Worksheet sheet)
    {
        var headers = sheet.ColumnLetters.OrderBy(c => c.Value.Length).ThenBy(c => c.Value, StringComparer.Ordinal).Select(c => c.Key).ToList();
        var rows = sheet.Rows.Where(r => !r.IsBlank)
            .Select(r => new SubmissionFileRow(r.Number, headers.Select(h => r[h]).ToArray()))
            .ToList();
        return new SubmissionFile("xlsx", headers, rows);
    }

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, ' ').Select(c => (char)c).Where(c => c is not ('\r' or '\n' or '\t'))]);

    private static SubmissionFile? ReadCsv(byte[] bytes)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        // Text files have no control characters but line ends and tabs: anything else is some other kind of file.
        if (text.AsSpan().ContainsAny(ControlCharacters)) return null;
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var records = Records(text, Separator(text)).ToList();
        var headerIndex = records.FindIndex(r => r.Cells.Any(c => c.Length > 0));
        if (headerIndex < 0) return new SubmissionFile("csv", [], []);
        var headers = records[headerIndex].Cells.Select(c => c.Trim()).ToList();
        var rows = new List<SubmissionFileRow>(records.Count - headerIndex);
        foreach (var (number, cells) in records.Skip(headerIndex + 1))
        {
            var trimmed = new string[Math.Max(headers.Count, cells.Count)];
            var blank = true;
            for (var i = 0; i < trimmed.Length; i++)
            {
                trimmed[i] = i < cells.Count ? cells[i].Trim() : "";
                blank &= trimmed[i].Length == 0;
            }
            if (!blank) rows.Add(new SubmissionFileRow(number, trimmed));
        }
        return new SubmissionFile("csv", headers, rows);
    }

    /// <summary>The separator of the header line: a semicolon when it has more of them than commas.</summary>
    private static char Separator(string text)
    {
        var end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }

    /// <summary>RFC 4180 records: quoted fields may hold separators, line ends and doubled quotes. Numbered from 1.</summary>
    private static IEnumerable<(int Number, List<string> Cells)> Records(string text, char separator)
    {
        var number = 0;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c != '"') cell.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"' && cell.Length == 0) quoted = true;
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                cells.Add(cell.ToString());
                cell.Clear();
                yield return (++number, cells);
                cells = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            yield return (++number, cells);
        }
    }
}
