using Homeward.Domain.Instruments.Expressions;

namespace Homeward.Domain.Instruments;

/// <summary>
/// One row of the survey sheet (a question, a note, a calculate, or a group or repeat container), with its
/// expressions already parsed and checked. <see cref="Row"/> is its row number in the sheet.
/// </summary>
public sealed class Question
{
    public required int Row { get; init; }
    public required QuestionType Type { get; init; }
    public required string Name { get; init; }
    public LocalizedText Label { get; init; } = LocalizedText.None;
    public LocalizedText Hint { get; init; } = LocalizedText.None;

    /// <summary>The container this row sits in directly, if any.</summary>
    public Question? Parent { get; init; }

    /// <summary>The repeat this row belongs to (through any groups), if any. A repeat's own Repeat is null.</summary>
    public Question? Repeat { get; init; }

    /// <summary>For select_one and select_multiple.</summary>
    public ChoiceList? Choices { get; init; }

    /// <summary>When an answer is required: 'yes' is stored as true(); null when never required.</summary>
    public XExpression? Required { get; internal set; }
    public LocalizedText RequiredMessage { get; init; } = LocalizedText.None;
    public XExpression? Relevant { get; internal set; }
    public XExpression? Constraint { get; internal set; }
    public LocalizedText ConstraintMessage { get; init; } = LocalizedText.None;
    /// <summary>For calculate rows.</summary>
    public XExpression? Calculation { get; internal set; }
    /// <summary>For selects: which choices to offer; a bare name in it is a column of the choices sheet.</summary>
    public XExpression? ChoiceFilter { get; internal set; }

    /// <summary>The scoring dimension ("economic", "social", "psychosocial"...); null for an unscored question.</summary>
    public string? Dimension { get; init; }
    /// <summary>Weight of the question within its dimension (set whenever <see cref="Dimension"/> is).</summary>
    public double? Weight { get; init; }
    /// <summary>Weight of the question in the composite score (set whenever <see cref="Dimension"/> is).</summary>
    public double? CompositeWeight { get; init; }

    public bool IsContainer => Type is QuestionType.Group or QuestionType.Repeat;

    /// <summary>Whether the person answering gives this row a value (not a note, a calculate or a container).</summary>
    public bool TakesAnswer => Type is QuestionType.Text or QuestionType.Integer or QuestionType.Decimal
        or QuestionType.Date or QuestionType.SelectOne or QuestionType.SelectMultiple;

    public bool IsScored => Dimension is not null;

    public override string ToString() => $"{Type} {Name} (row {Row})";
}
