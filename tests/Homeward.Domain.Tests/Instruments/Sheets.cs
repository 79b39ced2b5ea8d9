using Homeward.Domain.Instruments;

namespace Homeward.Domain.Tests.Instruments;

/// <summary>Worksheets written as in the spreadsheet: a header, then rows (row 2 onwards).</summary>
internal static class Sheets
{
    public static List<IReadOnlyDictionary<string, string?>> Table(string[] header, params string[][] rows) =>
        rows.Select(row => (IReadOnlyDictionary<string, string?>)header
            .Select((column, i) => (column, value: i < row.Length ? row[i] : null))
            .ToDictionary(c => c.column, c => c.value)).ToList();

    public static readonly List<IReadOnlyDictionary<string, string?>> NoChoices = [];

    public static Instrument Build(List<IReadOnlyDictionary<string, string?>> survey,
        List<IReadOnlyDictionary<string, string?>>? choices = null, Dictionary<string, string?>? settings = null)
    {
        var result = InstrumentBuilder.Build(survey, choices ?? NoChoices, settings);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Instrument!;
    }

    /// <summary>Builds a definition expected to fail and returns its single error.</summary>
    public static DefinitionError SingleError(List<IReadOnlyDictionary<string, string?>> survey,
        List<IReadOnlyDictionary<string, string?>>? choices = null)
    {
        var result = InstrumentBuilder.Build(survey, choices ?? NoChoices);
        Assert.Null(result.Instrument);
        return Assert.Single(result.Errors);
    }
}
