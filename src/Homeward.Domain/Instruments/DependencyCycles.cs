namespace Homeward.Domain.Instruments;

/// <summary>
/// Third pass: finds rows whose values depend on themselves. A row's value depends on the fields its calculation
/// reads (for calculates), on the fields its relevant reads and on its container (an irrelevant row's value is
/// empty). A cycle among these can never be computed, so it is a definition error.
/// </summary>
internal static class DependencyCycles
{
    private enum Mark { Visiting, Done }

    public static void Check(IReadOnlyList<Question> questions, List<DefinitionError> errors)
    {
        var byName = questions.ToDictionary(q => q.Name, StringComparer.Ordinal);
        var marks = new Dictionary<Question, Mark>();
        var path = new List<Question>();
        foreach (var question in questions) Visit(question, byName, marks, path, errors);
    }

    private static void Visit(Question question, Dictionary<string, Question> byName, Dictionary<Question, Mark> marks,
        List<Question> path, List<DefinitionError> errors)
    {
        if (marks.TryGetValue(question, out var mark))
        {
            if (mark == Mark.Visiting) Report(path, question, errors);
            return;
        }
        marks[question] = Mark.Visiting;
        path.Add(question);
        foreach (var dependency in DependenciesOf(question, byName)) Visit(dependency, byName, marks, path, errors);
        path.RemoveAt(path.Count - 1);
        marks[question] = Mark.Done;
    }

    private static IEnumerable<Question> DependenciesOf(Question question, IReadOnlyDictionary<string, Question> byName)
    {
        if (question.Parent is not null) yield return question.Parent;
        foreach (var reference in question.Relevant?.FieldReferences ?? []) yield return byName[reference.Name];
        foreach (var reference in question.Calculation?.FieldReferences ?? []) yield return byName[reference.Name];
    }

    private static void Report(List<Question> path, Question repeated, List<DefinitionError> errors)
    {
        var cycle = path.Skip(path.IndexOf(repeated)).ToList();
        var first = cycle[0];
        var next = cycle.Count > 1 ? cycle[1] : first;
        var column = first.Calculation?.FieldReferences.Any(r => r.Name == next.Name) == true ? "calculation" : "relevant";
        var names = string.Join(" → ", cycle.Append(first).Select(q => q.Name));
        errors.Add(new("survey", first.Row, column, DefinitionErrorCodes.DependencyCycle,
            $"These rows depend on each other and can never be computed: {names}"));
    }
}
