using System.Text.RegularExpressions;

namespace Homeward.Domain.Instruments;

/// <summary>Reads the choices sheet into choice lists: list_name, name, label[::language], score and any extra columns.</summary>
internal static partial class ChoiceSheetReader
{
    private const string Sheet = "choices";

    public static Dictionary<string, ChoiceList> Read(IReadOnlyList<SheetRow> rows, string? defaultLanguage,
        ISet<string> languages, List<DefinitionError> errors)
    {
        var lists = new Dictionary<string, List<Choice>>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !r.IsBlank))
        {
            var listName = row["list_name"];
            var name = row["name"];
            if (listName.Length == 0)
            {
                errors.Add(new(Sheet, row.Number, "list_name", DefinitionErrorCodes.MissingName, "The choice has no list_name"));
                continue;
            }
            if (name.Length == 0)
            {
                errors.Add(new(Sheet, row.Number, "name", DefinitionErrorCodes.MissingName, $"A choice of list '{listName}' has no name"));
                continue;
            }
            if (Whitespace().IsMatch(name))
            {
                errors.Add(new(Sheet, row.Number, "name", DefinitionErrorCodes.InvalidName,
                    $"The choice name '{name}' contains a space; select_multiple answers separate choice names with spaces"));
                continue;
            }
            var list = lists.TryGetValue(listName, out var existing) ? existing : lists[listName] = [];
            if (list.Any(c => c.Name == name))
            {
                errors.Add(new(Sheet, row.Number, "name", DefinitionErrorCodes.DuplicateChoice,
                    $"The list '{listName}' already has a choice named '{name}' (row {list.First(c => c.Name == name).Row})"));
                continue;
            }
            if (!TryReadScore(row, errors, out var score)) continue;
            var columns = row.Columns.Where(c => Cells.LanguageOf(c, "label") is null)
                .ToDictionary(c => c, c => row[c], StringComparer.OrdinalIgnoreCase);
            list.Add(new Choice(name, Cells.Localized(row, "label", defaultLanguage, languages), score, columns, row.Number));
        }
        return lists.ToDictionary(l => l.Key, l => new ChoiceList(l.Key, l.Value), StringComparer.Ordinal);
    }

    /// <summary>score: empty for an unscored choice, else a number in 0..1.</summary>
    private static bool TryReadScore(SheetRow row, List<DefinitionError> errors, out double? score)
    {
        score = null;
        var text = row["score"];
        if (text.Length == 0) return true;
        if (!Cells.TryNumber(text, out var value))
        {
            errors.Add(new(Sheet, row.Number, "score", DefinitionErrorCodes.InvalidNumber, $"The score '{text}' is not a number"));
            return false;
        }
        if (value is < 0 or > 1)
        {
            errors.Add(new(Sheet, row.Number, "score", DefinitionErrorCodes.ScoreOutOfRange,
                $"The score {text} is outside 0..1 (leave it empty for a choice that is not scored)"));
            return false;
        }
        score = value;
        return true;
    }

    [GeneratedRegex(@"\s")]
    private static partial Regex Whitespace();
}
