using System.Globalization;
using System.Text.Json;
using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.Instruments.Submissions;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Instruments;

/// <summary>A fault in a submissions file: the row as a spreadsheet numbers it (the header is row 1), the column header when one is at fault.</summary>
public sealed record SubmissionImportError(int Row, string? Column, string Message);

/// <summary>Why a whole file was refused before any row was read.</summary>
public enum SubmissionFileProblem { None, Empty, TooLarge, NotCsvOrXlsx, NoHeader, NoDataRows, BestInterests }

/// <summary>Submissions imported for one version of an instrument.</summary>
public sealed record SubmissionImportCount(Guid InstrumentId, string FormId, string Version, string Title, int Submissions);

public sealed record SubmissionImportResult(int Imported, int Cases, IReadOnlyList<SubmissionImportCount> Instruments);

/// <summary>What importing a file gave: the counts imported, or why nothing was (the instrument unknown, the file refused, or rows at fault).</summary>
public sealed record SubmissionImportOutcome(
    bool InstrumentFound, SubmissionFileProblem FileProblem = SubmissionFileProblem.None, IReadOnlyList<SubmissionImportError>? Errors = null,
    int ErrorCount = 0, SubmissionImportResult? Result = null)
{
    /// <summary>The faults listed at most; <see cref="ErrorCount"/> says how many there were in all.</summary>
    public const int MaxErrorsListed = 200;

    public IReadOnlyList<SubmissionImportError> ListedErrors => Errors ?? [];

    /// <summary>The file-level refusal in English, for API answers.</summary>
    public static string Describe(SubmissionFileProblem problem) => problem switch
    {
        SubmissionFileProblem.Empty => "The file is empty.",
        SubmissionFileProblem.TooLarge => $"The file is larger than {SubmissionImport.MaxFileBytes / (1024 * 1024)} MB.",
        SubmissionFileProblem.NotCsvOrXlsx => "The file is neither a CSV file (UTF-8 text) nor an Excel workbook (.xlsx).",
        SubmissionFileProblem.NoHeader => "The file has no header row: the first row names the columns (case_reference, answered_on, then the questions).",
        SubmissionFileProblem.NoDataRows => "The file has a header row but no submissions under it.",
        SubmissionFileProblem.BestInterests => "Best-interests assessments are recorded one by one from the child's page, with the child's participation.",
        _ => "",
    };
}

/// <summary>
/// Imports a round of submissions collected offline (a KoboToolbox or ODK export): one row per submission, the case by its
/// reference, then one column per question by its XLSForm name. Each row is checked and scored exactly as a single submission
/// (<see cref="SubmissionChecker"/>, <see cref="SubmissionRecords"/>). All or nothing: any fault in any row and nothing is saved.
/// Cases are looked up through the scoped <c>db.Cases</c>, so a reference outside the caller's scope reads as unknown.
/// The records go straight to their tables (<see cref="BulkRows"/>), without change tracking or per-record audit lines, in one transaction; the audit log gets one
/// line naming the import (instrument, file, rows, cases) and each case one timeline entry.
/// </summary>
[ScopedService]
public sealed class SubmissionImport(HomewardDbContext db, InstrumentCatalog catalog, CaseTimeline timeline, CurrentUser user)
{
    public const long MaxFileBytes = 50 * 1024 * 1024;
    public const string CaseReferenceColumn = "case_reference";
    public const string AnsweredOnColumn = "answered_on";
    public const string PersonIdColumn = "person_id";

    private const int LookupChunk = 500;

    /// <summary>A case as the import needs it.</summary>
    private sealed record ImportedCase(Guid Id, string Reference, CaseStage Stage, Guid PrincipalPersonId, Guid? HouseholdId, Guid? CaseManagerId);

    /// <summary>A row that passed every check, with what it will store.</summary>
    private sealed record GoodRow(ImportedCase Case, SubmissionRecords Records);

    public async Task<SubmissionImportOutcome> ImportAsync(Guid instrumentId, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        var loaded = await catalog.LoadAsync(instrumentId, ct);
        if (loaded is null) return new(false);
        if (bytes.Length == 0) return new(true, SubmissionFileProblem.Empty);
        if (bytes.Length > MaxFileBytes) return new(true, SubmissionFileProblem.TooLarge);
        if (loaded.Summary.Kind == AssessmentKind.BestInterests) return new(true, SubmissionFileProblem.BestInterests);
        var file = SubmissionFile.Read(bytes);
        if (file is null) return new(true, SubmissionFileProblem.NotCsvOrXlsx);
        if (file.Headers.Count == 0) return new(true, SubmissionFileProblem.NoHeader);

        var errors = new List<SubmissionImportError>();
        var columns = Columns(loaded.Instrument, file.Headers, errors);
        if (errors.Count > 0) return Refused(errors);
        if (file.Rows.Count == 0) return new(true, SubmissionFileProblem.NoDataRows);

        var cases = await CasesAsync(file.Rows.Select(r => r.Cells[columns.Reference]).Where(r => r.Length > 0), ct);
        var people = columns.Person is { } p ? await HouseholdsAsync(file.Rows.Select(r => r.Cells[p]), ct) : [];
        var good = Check(loaded, file, columns, cases, people, errors);
        if (errors.Count > 0) return Refused(errors);

        await SaveAsync(loaded, fileName, file, good, ct);
        return new(true, Result: new SubmissionImportResult(good.Length, good.Select(g => g.Case.Id).Distinct().Count(),
            [new(loaded.Summary.Id, loaded.Summary.FormId, loaded.Summary.Version, loaded.Summary.Title, good.Length)]));
    }

    private static SubmissionImportOutcome Refused(List<SubmissionImportError> errors) =>
        new(true, Errors: errors.OrderBy(e => e.Row).Take(SubmissionImportOutcome.MaxErrorsListed).ToList(), ErrorCount: errors.Count);

    /// <summary>Where each column is: the case reference, the date, the person, and each question ("group/name" as Kobo writes it with groups is the question 'name').</summary>
    private sealed record ColumnMap(int Reference, int AnsweredOn, int? Person, IReadOnlyList<(int Index, Question Question)> Questions);

    private static ColumnMap Columns(Instrument instrument, IReadOnlyList<string> headers, List<SubmissionImportError> errors)
    {
        int? reference = null, answeredOn = null, person = null;
        var questions = new List<(int, Question)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            if (header.Length == 0) continue;
            var name = header.Contains('/') ? header[(header.LastIndexOf('/') + 1)..] : header;
            if (!seen.Add(name)) errors.Add(new(1, header, $"The column '{header}' appears more than once."));
            else if (name == CaseReferenceColumn) reference = i;
            else if (name == AnsweredOnColumn) answeredOn = i;
            else if (name == PersonIdColumn) person = i;
            else if (instrument.Find(name) is { } q && (q.TakesAnswer || q.Type == QuestionType.Calculate))
            {
                if (q.Repeat is not null) errors.Add(new(1, header, $"'{name}' is asked in the repeat '{q.Repeat.Name}': a file of one row per submission cannot answer it."));
                else questions.Add((i, q));
            }
            else errors.Add(new(1, header, $"'{header}' is not a question of this instrument (nor {CaseReferenceColumn}, {AnsweredOnColumn} or {PersonIdColumn})."));
        }
        if (reference is null) errors.Add(new(1, CaseReferenceColumn, $"The file has no '{CaseReferenceColumn}' column: each row names its case by reference."));
        if (answeredOn is null) errors.Add(new(1, AnsweredOnColumn, $"The file has no '{AnsweredOnColumn}' column: each row gives the day it was answered (yyyy-mm-dd)."));
        return new ColumnMap(reference ?? -1, answeredOn ?? -1, person, questions);
    }

    /// <summary>The visible cases among the references, in one query per chunk of references.</summary>
    private async Task<Dictionary<string, ImportedCase>> CasesAsync(IEnumerable<string> references, CancellationToken ct)
    {
        var found = new Dictionary<string, ImportedCase>(StringComparer.Ordinal);
        foreach (var chunk in references.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var list = await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Reference))
                .Select(c => new ImportedCase(c.Id, c.Reference, c.Stage, c.PrincipalPersonId, c.HouseholdId, c.CaseManagerId))
                .ToListAsync(ct);
            foreach (var c in list) found[c.Reference] = c;
        }
        return found;
    }

    /// <summary>The household of each person named in the file (null for a person in none).</summary>
    private async Task<Dictionary<Guid, Guid?>> HouseholdsAsync(IEnumerable<string> personIds, CancellationToken ct)
    {
        var ids = personIds.Select(p => Guid.TryParse(p, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct();
        var found = new Dictionary<Guid, Guid?>();
        foreach (var chunk in ids.Chunk(LookupChunk))
            foreach (var p in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.HouseholdId }).ToListAsync(ct))
                found[p.Id] = p.HouseholdId;
        return found;
    }

    /// <summary>Checks every row (in parallel: checking and scoring only read the instrument) and builds what the good ones store.</summary>
    private GoodRow[] Check(LoadedInstrument loaded, SubmissionFile file, ColumnMap columns, Dictionary<string, ImportedCase> cases,
        Dictionary<Guid, Guid?> people, List<SubmissionImportError> errors)
    {
        var language = InstrumentLanguage.ForCurrentCulture(loaded.Instrument);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var xlsx = file.Format == "xlsx";
        var (userId, userName) = (user.Id, user.Name);
        var good = new GoodRow[file.Rows.Count];
        var rowErrors = new List<SubmissionImportError>[file.Rows.Count];
        Parallel.For(0, file.Rows.Count, i =>
        {
            var row = file.Rows[i];
            var found = new List<SubmissionImportError>();
            void Fault(string column, string message) => found.Add(new(row.Number, column, message));

            var reference = row.Cells[columns.Reference];
            var c = reference.Length == 0 ? null : cases.GetValueOrDefault(reference);
            if (reference.Length == 0) Fault(CaseReferenceColumn, "Give the case reference.");
            else if (c is null) Fault(CaseReferenceColumn, $"No case with the reference '{reference}' is visible to you.");
            else if (c.Stage == CaseStage.Closed) Fault(CaseReferenceColumn, $"The case {reference} is closed: reopen it to record an assessment.");

            var on = Date(row.Cells[columns.AnsweredOn], xlsx);
            if (on is null) Fault(AnsweredOnColumn, $"'{row.Cells[columns.AnsweredOn]}' is not a date in the form yyyy-mm-dd.");
            else if (on > today) Fault(AnsweredOnColumn, "The assessment date cannot be in the future.");

            Guid? personId = null;
            if (columns.Person is { } p && row.Cells[p] is { Length: > 0 } given)
            {
                if (!Guid.TryParse(given, out var id)) Fault(PersonIdColumn, $"'{given}' is not a person id.");
                else if (c is not null && id != c.PrincipalPersonId && (c.HouseholdId is null || !people.TryGetValue(id, out var h) || h != c.HouseholdId))
                    Fault(PersonIdColumn, "That person is not a member of this case's household.");
                else personId = id;
            }

            var answers = new Dictionary<string, string?>(columns.Questions.Count, StringComparer.Ordinal);
            foreach (var (index, question) in columns.Questions)
            {
                var value = index < row.Cells.Length ? row.Cells[index] : "";
                if (value.Length == 0) continue;
                answers[question.Name] = xlsx && question.Type == QuestionType.Date && Date(value, true) is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value;
            }
            var check = SubmissionChecker.Check(loaded.Instrument, new AnswerSet(answers), on ?? today, language);
            foreach (var e in check.Errors) Fault(e.Field, e.Message);

            if (found.Count > 0) rowErrors[i] = found;
            else good[i] = new GoodRow(c!, SubmissionRecords.Build(loaded, check, on!.Value, c!.Id, personId ?? c.PrincipalPersonId, userId, userName));
        });
        foreach (var list in rowErrors) if (list is not null) errors.AddRange(list);
        return errors.Count > 0 ? [] : good;
    }

    /// <summary>yyyy-mm-dd; in a workbook also a date cell, which reads as its serial number.</summary>
    private static DateOnly? Date(string text, bool xlsx)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (xlsx && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        return null;
    }

    private async Task SaveAsync(LoadedInstrument loaded, string fileName, SubmissionFile file, GoodRow[] rows, CancellationToken ct)
    {
        var summary = loaded.Summary;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Written straight to their tables: the import is audited as one line below, not a line per record.
        var records = rows.Select(r => r.Records).ToList();
        foreach (var score in records.Select(r => r.Score).OfType<SubmissionScore>())
            foreach (var dimension in score.Dimensions) dimension.SubmissionScoreId = score.Id;
        await BulkRows.InsertAsync(db, records.Select(r => r.Record).ToList(), ct);
        await BulkRows.InsertAsync(db, records.Select(r => r.Submission).ToList(), ct);
        await BulkRows.InsertAsync(db, records.Select(r => r.Score).OfType<SubmissionScore>().ToList(), ct);
        await BulkRows.InsertAsync(db, records.Select(r => r.Score).OfType<SubmissionScore>().SelectMany(s => s.Dimensions).ToList(), ct);
        foreach (var row in rows)
            if (row.Records.TaskFor(summary, row.Case.Reference, row.Case.CaseManagerId) is { } task) db.Notifications.Add(task);

        var byCase = rows.GroupBy(r => r.Case.Id).Select(g => (Id: g.Key, Count: g.Count(), Flagged: g.Any(r => r.Records.Flagged))).ToList();
        // Each case counts its new assessments and moves to its next version (an edit open on it is now stale), one statement per count.
        foreach (var group in byCase.GroupBy(c => c.Count))
            foreach (var chunk in group.Select(c => c.Id).Chunk(LookupChunk))
                await db.Cases.Where(c => chunk.Contains(c.Id))
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.AssessmentCount, c => c.AssessmentCount + group.Key).SetProperty(c => c.Version, c => c.Version + 1), ct);
        foreach (var chunk in byCase.Where(c => c.Flagged).Select(c => c.Id).Chunk(LookupChunk))
            await db.Cases.Where(c => chunk.Contains(c.Id)).ExecuteUpdateAsync(s => s.SetProperty(c => c.VulnerabilityFlag, true), ct);

        foreach (var (caseId, count, flagged) in byCase)
            timeline.Add(caseId, CaseEventKind.AssessmentRecorded,
                $"{summary.Title} (version {summary.Version}) round imported: {count} submission(s){(flagged ? ", potential vulnerability flagged" : "")}.");
        db.RecordAccess("Import", "InstrumentSubmission", summary.Id.ToString(), JsonSerializer.Serialize(new
        {
            instrument = $"{summary.FormId} version {summary.Version}", file = Path.GetFileName(fileName.Replace('\\', '/')), format = file.Format,
            rows = rows.Length, cases = byCase.Count, firstSubmission = rows[0].Records.Submission.Id, lastSubmission = rows[^1].Records.Submission.Id,
        }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
