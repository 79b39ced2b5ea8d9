namespace Homeward.Web.Tests.Instruments.Shipped;

/// <summary>A text in English, French and Arabic.</summary>
public sealed record T(string En, string Fr, string Ar);

/// <summary>A survey row. Scored rows name their dimension, indicator and weights.</summary>
public sealed record Q(string Type, string Name, T? Label = null, T? Hint = null, string? Required = null, string? Relevant = null,
    string? Constraint = null, T? ConstraintMessage = null, string? Calculation = null, string? Appearance = null,
    string? Dimension = null, string? Indicator = null, string? Weight = null, string? CompositeWeight = null);

/// <summary>A choice; a null score leaves it unscored ("don't know", "refused").</summary>
public sealed record C(string List, string Name, T Label, string? Score = null);

/// <summary>An XLSForm definition written in code, turned into its three sheets.</summary>
public sealed record XlsForm(string FileName, string FormId, string Version, T Title, string Kind, T? WeightsNote,
    IReadOnlyList<Q> Survey, IReadOnlyList<C> Choices)
{
    private static readonly string[] SurveyColumns =
    [
        "type", "name", "label", "label::French", "label::Arabic", "hint", "hint::French", "hint::Arabic", "required", "relevant",
        "constraint", "constraint_message", "constraint_message::French", "constraint_message::Arabic", "calculation", "appearance",
        "dimension", "indicator", "weight", "composite_weight",
    ];

    public Xlsx.Sheet[] Sheets()
    {
        var survey = Survey.Select(q => new[]
        {
            q.Type, q.Name, q.Label?.En, q.Label?.Fr, q.Label?.Ar, q.Hint?.En, q.Hint?.Fr, q.Hint?.Ar, q.Required, q.Relevant, q.Constraint,
            q.ConstraintMessage?.En, q.ConstraintMessage?.Fr, q.ConstraintMessage?.Ar, q.Calculation, q.Appearance, q.Dimension, q.Indicator,
            q.Weight, q.CompositeWeight,
        }).ToList();
        // Only the columns some row uses.
        var used = Enumerable.Range(0, SurveyColumns.Length).Where(c => c < 2 || survey.Any(r => r[c] is { Length: > 0 })).ToList();
        var hasScores = Choices.Any(c => c.Score is not null);
        string[] choiceHeader = hasScores
            ? ["list_name", "name", "label", "label::French", "label::Arabic", "score"]
            : ["list_name", "name", "label", "label::French", "label::Arabic"];
        string[] settingsHeader = ["form_id", "version", "form_title", "form_title::French", "form_title::Arabic", "homeward_kind", "weights_note", "weights_note::French", "weights_note::Arabic"];
        return
        [
            new("survey", [used.Select(c => SurveyColumns[c]).ToArray(), .. survey.Select(r => used.Select(c => r[c]).ToArray())]),
            new("choices", [choiceHeader, .. Choices.Select(c => (string?[])(hasScores
                ? [c.List, c.Name, c.Label.En, c.Label.Fr, c.Label.Ar, c.Score]
                : [c.List, c.Name, c.Label.En, c.Label.Fr, c.Label.Ar]))]),
            new("settings", [settingsHeader, [FormId, Version, Title.En, Title.Fr, Title.Ar, Kind, WeightsNote?.En, WeightsNote?.Fr, WeightsNote?.Ar]]),
        ];
    }

    public byte[] Workbook() => Xlsx.Workbook(Sheets());
}
