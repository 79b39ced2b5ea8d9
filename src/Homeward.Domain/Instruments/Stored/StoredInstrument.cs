using Homeward.Domain.Assessments;

namespace Homeward.Domain.Instruments.Stored;

/// <summary>
/// One imported version of an instrument (an XLSForm): the workbook as uploaded and its rows as read, enough to
/// rebuild the <see cref="Instrument"/> at any time. Never changed once stored: a new version is a new record, so
/// past submissions keep the definition they were answered and scored with.
/// </summary>
public class StoredInstrument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    /// <summary>The settings sheet's form_id; with <see cref="Version"/>, unique.</summary>
    public required string FormId { get; set; }
    public required string Version { get; set; }
    public required string Title { get; set; }
    /// <summary>Which assessment of the case-management cycle a submission records (settings column homeward_kind).</summary>
    public AssessmentKind Kind { get; set; }
    /// <summary>What the weights are (settings column weights_note), shown wherever scores are.</summary>
    public string? WeightsNote { get; set; }
    public required string FileName { get; set; }
    /// <summary>The .xlsx exactly as imported.</summary>
    public required byte[] File { get; set; }
    /// <summary>The survey, choices and settings sheets as read: rows with their spreadsheet numbers and cells by column.</summary>
    public required string SurveyJson { get; set; }
    public required string ChoicesJson { get; set; }
    public required string SettingsJson { get; set; }
    public DateTime ImportedAt { get; set; } = DateTime.UtcNow;
    public required string ImportedBy { get; set; }
    /// <summary>Shipped with Homeward and loaded at first start, rather than imported by someone.</summary>
    public bool Shipped { get; set; }
}
