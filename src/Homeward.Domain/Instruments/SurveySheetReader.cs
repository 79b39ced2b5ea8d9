using System.Text.RegularExpressions;

namespace Homeward.Domain.Instruments;

/// <summary>
/// First pass over the survey sheet: row types, names, the nesting of groups and repeats, choice lists and the
/// scoring columns. Expressions are read in a second pass, once every name is known (<see cref="ExpressionBinder"/>).
/// </summary>
internal static partial class SurveySheetReader
{
    private const string Sheet = "survey";

    public static List<(Question Question, SheetRow Row)> Read(IReadOnlyList<SheetRow> rows,
        IReadOnlyDictionary<string, ChoiceList> lists, string? defaultLanguage, ISet<string> languages, List<DefinitionError> errors)
    {
        var read = new List<(Question, SheetRow)>();
        var byName = new Dictionary<string, Question>(StringComparer.Ordinal);
        var open = new Stack<Question>();
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            var typeText = row["type"];
            if (typeText.Length == 0)
            {
                errors.Add(new(Sheet, row.Number, "type", DefinitionErrorCodes.MissingType, "The row has no type"));
                continue;
            }
            if (RowType.Parse(typeText) is not { } type)
            {
                errors.Add(new(Sheet, row.Number, "type", DefinitionErrorCodes.UnknownType,
                    $"The type '{typeText}' is not supported; use one of: {RowType.Supported}"));
                continue;
            }
            if (type.EndsGroup || type.EndsRepeat)
            {
                Close(open, type, row, errors);
                continue;
            }
            if (ReadName(row, byName, errors) is not { } name) continue;

            var parent = open.Count > 0 ? open.Peek() : null;
            var repeat = parent?.Type == QuestionType.Repeat ? parent : parent?.Repeat;
            if (type.Type == QuestionType.Repeat && repeat is not null)
                errors.Add(new(Sheet, row.Number, "type", DefinitionErrorCodes.NestedRepeat,
                    $"The repeat '{name}' is inside the repeat '{repeat.Name}'; repeats within repeats are not supported"));

            var question = new Question
            {
                Row = row.Number,
                Type = type.Type!.Value,
                Name = name,
                Label = Cells.Localized(row, "label", defaultLanguage, languages),
                Hint = Cells.Localized(row, "hint", defaultLanguage, languages),
                ConstraintMessage = Cells.Localized(row, "constraint_message", defaultLanguage, languages),
                RequiredMessage = Cells.Localized(row, "required_message", defaultLanguage, languages),
                Parent = parent,
                Repeat = repeat,
                Choices = ReadChoiceList(row, type, lists, errors),
                Dimension = row["dimension"].Length > 0 ? row["dimension"] : null,
                Weight = ReadWeight(row, "weight", errors),
                CompositeWeight = ReadWeight(row, "composite_weight", errors),
            };
            CheckScoring(question, row, errors);
            byName[name] = question;
            read.Add((question, row));
            if (question.IsContainer) open.Push(question);
        }
        foreach (var unclosed in open)
        {
            var (code, end) = unclosed.Type == QuestionType.Group
                ? (DefinitionErrorCodes.UnbalancedGroup, "end_group")
                : (DefinitionErrorCodes.UnbalancedRepeat, "end_repeat");
            errors.Add(new(Sheet, unclosed.Row, "type", code, $"'{unclosed.Name}' is never closed: an {end} row is missing"));
        }
        return read;
    }

    private static void Close(Stack<Question> open, RowType type, SheetRow row, List<DefinitionError> errors)
    {
        var expected = type.EndsGroup ? QuestionType.Group : QuestionType.Repeat;
        var (code, what) = type.EndsGroup
            ? (DefinitionErrorCodes.UnbalancedGroup, "end_group")
            : (DefinitionErrorCodes.UnbalancedRepeat, "end_repeat");
        if (open.Count == 0)
        {
            errors.Add(new(Sheet, row.Number, "type", code, $"This {what} closes nothing: no group or repeat is open"));
            return;
        }
        var innermost = open.Peek();
        if (innermost.Type != expected)
        {
            var kind = innermost.Type == QuestionType.Group ? "group" : "repeat";
            errors.Add(new(Sheet, row.Number, "type", code, $"This {what} would close the {kind} '{innermost.Name}' (row {innermost.Row})"));
            return;
        }
        open.Pop();
    }

    private static string? ReadName(SheetRow row, Dictionary<string, Question> byName, List<DefinitionError> errors)
    {
        var name = row["name"];
        if (name.Length == 0)
        {
            errors.Add(new(Sheet, row.Number, "name", DefinitionErrorCodes.MissingName, "The row has no name"));
            return null;
        }
        if (!ValidName().IsMatch(name))
        {
            errors.Add(new(Sheet, row.Number, "name", DefinitionErrorCodes.InvalidName,
                $"'{name}' is not a valid name: start with a letter or '_', then letters, digits, '_', '-' or '.'"));
            return null;
        }
        if (byName.TryGetValue(name, out var first))
        {
            errors.Add(new(Sheet, row.Number, "name", DefinitionErrorCodes.DuplicateName, $"The name '{name}' is already used on row {first.Row}"));
            return null;
        }
        return name;
    }

    private static ChoiceList? ReadChoiceList(SheetRow row, RowType type, IReadOnlyDictionary<string, ChoiceList> lists, List<DefinitionError> errors)
    {
        if (type.Type is not (QuestionType.SelectOne or QuestionType.SelectMultiple)) return null;
        if (type.ListName is null)
        {
            errors.Add(new(Sheet, row.Number, "type", DefinitionErrorCodes.MissingChoiceList, $"'{row["type"]}' needs the name of a choice list"));
            return null;
        }
        if (lists.TryGetValue(type.ListName, out var list)) return list;
        errors.Add(new(Sheet, row.Number, "type", DefinitionErrorCodes.MissingChoiceList, $"There is no choice list '{type.ListName}' in the choices sheet"));
        return null;
    }

    private static double? ReadWeight(SheetRow row, string column, List<DefinitionError> errors)
    {
        var text = row[column];
        if (text.Length == 0) return null;
        if (!Cells.TryNumber(text, out var weight))
        {
            errors.Add(new(Sheet, row.Number, column, DefinitionErrorCodes.InvalidNumber, $"The {column} '{text}' is not a number"));
            return null;
        }
        if (weight < 0)
        {
            errors.Add(new(Sheet, row.Number, column, DefinitionErrorCodes.NegativeWeight, $"The {column} {text} is negative"));
            return null;
        }
        return weight;
    }

    /// <summary>A scored question is a select outside any repeat with a dimension, both weights, and a list that has scores.</summary>
    private static void CheckScoring(Question question, SheetRow row, List<DefinitionError> errors)
    {
        if (!question.IsScored)
        {
            if (row["weight"].Length > 0 || row["composite_weight"].Length > 0)
                errors.Add(new(Sheet, row.Number, "dimension", DefinitionErrorCodes.MissingDimension,
                    $"'{question.Name}' has a weight but no dimension"));
            return;
        }
        if (question.Type is not (QuestionType.SelectOne or QuestionType.SelectMultiple))
            errors.Add(new(Sheet, row.Number, "dimension", DefinitionErrorCodes.UnscorableType,
                $"'{question.Name}' is scored but is not a select_one or select_multiple: scores come from the choices"));
        else if (question.Choices is { IsScored: false } list)
            errors.Add(new(Sheet, row.Number, "dimension", DefinitionErrorCodes.UnscoredChoiceList,
                $"'{question.Name}' is scored but no choice of the list '{list.Name}' has a score"));
        if (question.Repeat is not null)
            errors.Add(new(Sheet, row.Number, "dimension", DefinitionErrorCodes.ScoredInRepeat,
                $"'{question.Name}' is scored but sits in the repeat '{question.Repeat.Name}'; scored questions must be asked once"));
        foreach (var column in new[] { "weight", "composite_weight" })
        {
            if (row[column].Length == 0)
                errors.Add(new(Sheet, row.Number, column, DefinitionErrorCodes.MissingWeight,
                    $"'{question.Name}' is scored but has no {column} (write 0 to leave it out)"));
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex ValidName();
}
