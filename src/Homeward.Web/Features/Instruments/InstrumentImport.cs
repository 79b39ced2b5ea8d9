using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Stored;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Instruments;

/// <summary>A fault in an imported workbook: sheet, row and column header, the cell ("C7") where the column exists.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string? Cell, string Code, string Message);

public enum ImportStatus { Imported, NotAWorkbook, TooLarge, Refused, Duplicate }

public sealed record ImportOutcome(ImportStatus Status, InstrumentSummary? Instrument = null, IReadOnlyList<ImportError>? Errors = null)
{
    public IReadOnlyList<ImportError> AllErrors => Errors ?? [];
}

/// <summary>
/// Imports a version of an instrument from an XLSForm workbook: refused whole, with every fault listed, when the
/// definition has any; refused when that form id and version are already stored (a version never changes once
/// submissions may use it). Keeps the file as uploaded and its rows as read.
/// </summary>
[ScopedService]
public sealed class InstrumentImport(HomewardDbContext db, CurrentUser user)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public async Task<ImportOutcome> ImportAsync(string fileName, byte[] file, bool shipped = false, CancellationToken ct = default)
    {
        if (file.Length > MaxFileBytes) return new(ImportStatus.TooLarge);
        if (XlsxWorkbook.Read(file) is not { } sheets) return new(ImportStatus.NotAWorkbook);

        var definition = InstrumentDefinition.FromWorkbook(sheets);
        var errors = Check(sheets, definition);
        if (errors.Count > 0) return new(ImportStatus.Refused, Errors: errors);
        if (await db.Instruments.AnyAsync(i => i.FormId == definition.FormId && i.Version == definition.Version, ct))
            return new(ImportStatus.Duplicate);

        var stored = new StoredInstrument
        {
            FormId = definition.FormId, Version = definition.Version, Title = definition.Title, Kind = definition.Kind!.Value,
            WeightsNote = definition.WeightsNote, FileName = SafeFileName(fileName), File = file,
            SurveyJson = InstrumentDefinition.ToJson(definition.Survey), ChoicesJson = InstrumentDefinition.ToJson(definition.Choices),
            SettingsJson = InstrumentDefinition.ToJson([definition.Settings]), ImportedBy = shipped ? "Homeward" : user.Name, Shipped = shipped,
        };
        db.Instruments.Add(stored);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Imported at the same moment by someone else (or another instance loading the shipped instruments)?
            db.Entry(stored).State = EntityState.Detached;
            if (await db.Instruments.AnyAsync(i => i.FormId == stored.FormId && i.Version == stored.Version, ct)) return new(ImportStatus.Duplicate);
            throw;
        }
        return new(ImportStatus.Imported, new InstrumentSummary(stored.Id, stored.FormId, stored.Version, stored.Title, stored.Kind,
            stored.WeightsNote, stored.ImportedAt, stored.ImportedBy, stored.Shipped));
    }

    /// <summary>Every fault: a missing survey sheet, the definition's own, and Homeward's settings.</summary>
    private static List<ImportError> Check(IReadOnlyDictionary<string, Worksheet> sheets, InstrumentDefinition definition)
    {
        var errors = new List<ImportError>();
        if (!sheets.ContainsKey(InstrumentDefinition.SurveySheet))
            errors.Add(new(InstrumentDefinition.SurveySheet, 1, "type", null, "missing_sheet", "The workbook has no sheet named 'survey'."));
        else if (definition.Survey.All(r => r.IsBlank))
            errors.Add(new(InstrumentDefinition.SurveySheet, 2, "type", null, "empty_survey", "The survey sheet has no rows."));

        var built = definition.Build();
        errors.AddRange(built.Errors.Select(e => WithCell(sheets, e)));

        var settingsRow = definition.Settings.Number;
        void Setting(string column, string code, string message) =>
            errors.Add(WithCell(sheets, new DefinitionError(InstrumentDefinition.SettingsSheet, settingsRow, column, code, message)));
        if (definition.FormId.Length == 0) Setting("form_id", "missing_setting", "The settings sheet gives no form_id: it names the instrument across its versions.");
        else if (definition.FormId.Length > 100) Setting("form_id", "invalid_setting", "The form_id is longer than 100 characters.");
        if (definition.Version.Length == 0) Setting("version", "missing_setting", "The settings sheet gives no version: each import of a form needs its own.");
        else if (definition.Version.Length > 50) Setting("version", "invalid_setting", "The version is longer than 50 characters.");
        if (definition.Title.Length > 300) Setting("form_title", "invalid_setting", "The form_title is longer than 300 characters.");
        if (definition.WeightsNote?.Length > 1000) Setting("weights_note", "invalid_setting", "The weights_note is longer than 1000 characters.");
        if (definition.Kind is null)
            Setting("homeward_kind", "invalid_setting",
                $"'{definition.Settings["homeward_kind"]}' is not a kind of assessment; use one of: {string.Join(", ", Enum.GetNames<AssessmentKind>())}.");

        var order = new[] { InstrumentDefinition.SurveySheet, InstrumentDefinition.ChoicesSheet, InstrumentDefinition.SettingsSheet };
        return errors.OrderBy(e => Array.IndexOf(order, e.Sheet)).ThenBy(e => e.Row).ToList();
    }

    private static ImportError WithCell(IReadOnlyDictionary<string, Worksheet> sheets, DefinitionError e) =>
        new(e.Sheet, e.Row, e.Column, sheets.GetValueOrDefault(e.Sheet)?.CellOf(e.Column, e.Row), e.Code, e.Message);

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return file.Length is > 0 and <= 260 ? file : "instrument.xlsx";
    }
}
