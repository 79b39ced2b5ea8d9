using System.Text.Json;
using Homeward.Domain.Assessments;
using Homeward.Domain.Instruments;

namespace Homeward.Web.Features.Instruments;

/// <summary>
/// An instrument's sheets as rows (survey, choices, and the one row of settings), as read from a workbook or from
/// storage, and what Homeward reads from its settings besides the XLSForm ones: homeward_kind (which assessment of
/// the case-management cycle it records) and weights_note (what its scoring weights are).
/// </summary>
public sealed class InstrumentDefinition(IReadOnlyList<SheetRow> survey, IReadOnlyList<SheetRow> choices, SheetRow settings)
{
    public const string SurveySheet = "survey";
    public const string ChoicesSheet = "choices";
    public const string SettingsSheet = "settings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<SheetRow> Survey { get; } = survey;
    public IReadOnlyList<SheetRow> Choices { get; } = choices;
    public SheetRow Settings { get; } = settings;

    public string FormId => Settings["form_id"];
    public string Version => Settings["version"];
    public string Title => Settings["form_title"] is { Length: > 0 } title ? title : FormId;
    /// <summary>The title in one of the instrument's languages (a 'form_title::French' settings column), else the title.</summary>
    public string TitleIn(string? language) =>
        language is not null && Settings[$"form_title::{language}"] is { Length: > 0 } translated ? translated : Title;

    public string? WeightsNote => Settings["weights_note"] is { Length: > 0 } note ? note : null;

    /// <summary>The weights note in one of the instrument's languages (a 'weights_note::French' settings column), else the note.</summary>
    public string? WeightsNoteIn(string? language) =>
        language is not null && Settings[$"weights_note::{language}"] is { Length: > 0 } translated ? translated : WeightsNote;

    /// <summary>The kind named by homeward_kind (Other when the column is empty), or null when it names none.</summary>
    public AssessmentKind? Kind => Settings["homeward_kind"] is { Length: > 0 } kind
        ? Enum.TryParse<AssessmentKind>(kind, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(kind, out _) ? parsed : null
        : AssessmentKind.Other;

    public InstrumentBuildResult Build() =>
        InstrumentBuilder.Build(Survey, Choices, Settings.Columns.ToDictionary(c => c, c => (string?)Settings[c], StringComparer.OrdinalIgnoreCase));

    /// <summary>The text of the survey's 'appearance' column for a row ('multiline' asks for a larger text box).</summary>
    public string AppearanceOf(Question question) => Survey.FirstOrDefault(r => r.Number == question.Row)?["appearance"] ?? "";

    // Stored as JSON: [{ "row": 2, "cells": { "type": "text", "name": "..." } }, ...]
    private sealed record StoredRow(int Row, Dictionary<string, string?> Cells);

    public static string ToJson(IEnumerable<SheetRow> rows) =>
        JsonSerializer.Serialize(rows.Select(r => new StoredRow(r.Number, r.Columns.ToDictionary(c => c, c => (string?)r[c]))), Json);

    public static IReadOnlyList<SheetRow> RowsFromJson(string json) =>
        (JsonSerializer.Deserialize<List<StoredRow>>(json, Json) ?? []).Select(r => new SheetRow(r.Row, r.Cells)).ToList();

    public static InstrumentDefinition FromJson(string survey, string choices, string settings) =>
        new(RowsFromJson(survey), RowsFromJson(choices), RowsFromJson(settings).FirstOrDefault() ?? EmptySettings);

    private static readonly SheetRow EmptySettings = new(2, new Dictionary<string, string?>());

    /// <summary>The definition in a workbook's sheets; a missing choices or settings sheet reads as empty.</summary>
    public static InstrumentDefinition FromWorkbook(IReadOnlyDictionary<string, Worksheet> sheets) => new(
        sheets.GetValueOrDefault(SurveySheet)?.Rows ?? [],
        sheets.GetValueOrDefault(ChoicesSheet)?.Rows ?? [],
        sheets.GetValueOrDefault(SettingsSheet)?.Rows.FirstOrDefault(r => !r.IsBlank) ?? EmptySettings);
}
