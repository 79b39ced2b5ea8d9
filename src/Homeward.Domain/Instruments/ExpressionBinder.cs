using Homeward.Domain.Instruments.Expressions;

namespace Homeward.Domain.Instruments;

/// <summary>
/// Second pass over the survey sheet: parses relevant, constraint, calculation, required and choice_filter, and
/// checks that every ${name} they read is a row of the instrument and every choice column a choice_filter reads exists.
/// </summary>
internal static class ExpressionBinder
{
    private const string Sheet = "survey";

    public static void Bind(IReadOnlyList<(Question Question, SheetRow Row)> rows, List<DefinitionError> errors)
    {
        var names = rows.Select(r => r.Question.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (question, row) in rows)
        {
            question.Relevant = Parse(row, "relevant", names, errors);
            question.Constraint = Parse(row, "constraint", names, errors);
            question.Required = ParseRequired(row, names, errors);
            BindCalculation(question, row, names, errors);
            BindChoiceFilter(question, row, names, errors);
        }
    }

    private static void BindCalculation(Question question, SheetRow row, HashSet<string> names, List<DefinitionError> errors)
    {
        var isCalculate = question.Type == QuestionType.Calculate;
        if (row["calculation"].Length == 0)
        {
            if (isCalculate)
                errors.Add(new(Sheet, row.Number, "calculation", DefinitionErrorCodes.MissingCalculation, $"The calculate '{question.Name}' has no calculation"));
            return;
        }
        if (!isCalculate)
        {
            errors.Add(new(Sheet, row.Number, "calculation", DefinitionErrorCodes.UnexpectedColumn,
                $"'{question.Name}' is not a calculate row; only calculate rows use a calculation"));
            return;
        }
        question.Calculation = Parse(row, "calculation", names, errors);
    }

    private static void BindChoiceFilter(Question question, SheetRow row, HashSet<string> names, List<DefinitionError> errors)
    {
        var text = row["choice_filter"];
        if (text.Length == 0) return;
        if (question.Type is not (QuestionType.SelectOne or QuestionType.SelectMultiple))
        {
            errors.Add(new(Sheet, row.Number, "choice_filter", DefinitionErrorCodes.UnexpectedColumn,
                $"'{question.Name}' is not a select; only selects use a choice_filter"));
            return;
        }
        var filter = Parse(row, "choice_filter", names, errors, XExpression.ParseChoiceFilter);
        if (filter is null || question.Choices is not { } list) return;
        var columns = list.Choices.SelectMany(c => c.Columns.Keys).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = filter.ChoiceColumns.FirstOrDefault(c => !columns.Contains(c.Name));
        if (unknown is not null)
        {
            errors.Add(new(Sheet, row.Number, "choice_filter", DefinitionErrorCodes.UnknownReference,
                $"'{text}' reads the column '{unknown.Name}' (at position {unknown.Position}), which the choices of '{list.Name}' do not have"));
            return;
        }
        question.ChoiceFilter = filter;
    }

    /// <summary>required: 'yes'/'true'/'true()' always, empty/'no'/'false'/'false()' never, else an expression.</summary>
    private static XExpression? ParseRequired(SheetRow row, HashSet<string> names, List<DefinitionError> errors)
    {
        var text = row["required"].ToLowerInvariant();
        if (text is "" or "no" or "false" or "false()") return null;
        if (text is "yes" or "true" or "true()") return XExpression.Parse("true()");
        return Parse(row, "required", names, errors);
    }

    private static XExpression? Parse(SheetRow row, string column, HashSet<string> names, List<DefinitionError> errors,
        Func<string, XExpression>? parse = null)
    {
        var text = row[column];
        if (text.Length == 0) return null;
        try
        {
            var expression = (parse ?? XExpression.Parse)(text);
            expression.CheckReferences(names.Contains);
            return expression;
        }
        catch (ExpressionException ex) when (ex.Reference is not null)
        {
            errors.Add(new(Sheet, row.Number, column, DefinitionErrorCodes.UnknownReference,
                $"'{text}' refers to ${{{ex.Reference}}} (at position {ex.Position}), which is not a row of this instrument"));
        }
        catch (ExpressionException ex)
        {
            errors.Add(new(Sheet, row.Number, column, DefinitionErrorCodes.InvalidExpression,
                $"'{text}' is not a valid expression: {ex.Message}"));
        }
        return null;
    }
}
