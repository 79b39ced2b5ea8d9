namespace Homeward.Domain.Instruments;

/// <summary>
/// Builds an <see cref="Instrument"/> from the rows of an XLSForm's survey, choices and settings sheets, and
/// reports every fault in the definition with its sheet, row and column. Reading the workbook itself is the
/// importer's job; this takes its rows as dictionaries from column header to cell text.
/// </summary>
public static class InstrumentBuilder
{
    /// <summary>Rows numbered as a spreadsheet shows them: the header is row 1, the first row after it row 2.</summary>
    public static InstrumentBuildResult Build(IEnumerable<IReadOnlyDictionary<string, string?>> survey,
        IEnumerable<IReadOnlyDictionary<string, string?>> choices, IReadOnlyDictionary<string, string?>? settings = null) =>
        Build(SheetRow.FromDictionaries(survey), SheetRow.FromDictionaries(choices), settings);

    public static InstrumentBuildResult Build(IReadOnlyList<SheetRow> survey, IReadOnlyList<SheetRow> choices,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var settingsRow = new SheetRow(2, settings ?? new Dictionary<string, string?>());
        var instrumentSettings = new InstrumentSettings(
            Title: Optional(settingsRow["form_title"]),
            FormId: Optional(settingsRow["form_id"]),
            Version: Optional(settingsRow["version"]),
            DefaultLanguage: Optional(settingsRow["default_language"]));

        var errors = new List<DefinitionError>();
        var languages = new SortedSet<string>(StringComparer.Ordinal);
        var lists = ChoiceSheetReader.Read(choices, instrumentSettings.DefaultLanguage, languages, errors);
        var rows = SurveySheetReader.Read(survey, lists, instrumentSettings.DefaultLanguage, languages, errors);
        ExpressionBinder.Bind(rows, errors);
        var questions = rows.Select(r => r.Question).ToList();
        DependencyCycles.Check(questions, errors);

        if (errors.Count > 0)
        {
            var ordered = errors.OrderBy(e => e.Sheet == "survey" ? 0 : 1).ThenBy(e => e.Row).ToList();
            return new InstrumentBuildResult(null, ordered);
        }
        return new InstrumentBuildResult(new Instrument(instrumentSettings, questions, lists, languages.ToList()), []);
    }

    private static string? Optional(string cell) => cell.Length > 0 ? cell : null;
}
