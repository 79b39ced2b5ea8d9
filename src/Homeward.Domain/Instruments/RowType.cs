using System.Text.RegularExpressions;

namespace Homeward.Domain.Instruments;

/// <summary>What a survey row's type cell says: a question type (with its choice list for selects) or the end of a container.</summary>
internal sealed partial record RowType(QuestionType? Type, bool EndsGroup, bool EndsRepeat, string? ListName)
{
    public static readonly string Supported =
        "text, integer, decimal, date, select_one <list>, select_multiple <list>, note, calculate, begin_group, end_group, begin_repeat, end_repeat";

    /// <summary>Reads "select_one yes_no", "select one yes_no", "begin group"...; null for a type the engine does not support.</summary>
    public static RowType? Parse(string text)
    {
        var parts = Whitespace().Split(text.Trim());
        var index = 0;
        var keyword = parts[index++].ToLowerInvariant();
        if (keyword is "select" or "begin" or "end" && parts.Length > 1) keyword += "_" + parts[index++].ToLowerInvariant();
        var rest = parts[index..];
        if (keyword is "select_one" or "select_multiple")
        {
            if (rest.Length > 1) return null;
            var type = keyword == "select_one" ? QuestionType.SelectOne : QuestionType.SelectMultiple;
            return new RowType(type, false, false, rest.Length == 1 ? rest[0] : null);
        }
        if (rest.Length > 0) return null;
        return keyword switch
        {
            "text" => Of(QuestionType.Text),
            "integer" or "int" => Of(QuestionType.Integer),
            "decimal" => Of(QuestionType.Decimal),
            "date" => Of(QuestionType.Date),
            "note" => Of(QuestionType.Note),
            "calculate" => Of(QuestionType.Calculate),
            "begin_group" => Of(QuestionType.Group),
            "begin_repeat" => Of(QuestionType.Repeat),
            "end_group" => new RowType(null, true, false, null),
            "end_repeat" => new RowType(null, false, true, null),
            _ => null,
        };
    }

    private static RowType Of(QuestionType type) => new(type, false, false, null);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
