namespace Homeward.Domain.Instruments.Expressions;

/// <summary>Where an expression names a field (${name}) or a choice column (a bare name in a choice_filter).</summary>
public sealed record NameReference(string Name, int Position);

/// <summary>
/// A parsed XLSForm expression (the XPath subset ODK and KoboToolbox use in relevant, constraint, calculation,
/// required and choice_filter columns). Parsing throws <see cref="ExpressionException"/> naming the position of a
/// syntax error; evaluation never throws on answers except for a regular expression that cannot run.
/// </summary>
public sealed class XExpression
{
    private readonly Node _root;

    private XExpression(string text, Node root)
    {
        Text = text;
        _root = root;
        var fields = new List<NameReference>();
        var columns = new List<NameReference>();
        Walk(root, fields, columns);
        FieldReferences = fields;
        ChoiceColumns = columns;
    }

    public string Text { get; }

    /// <summary>Every ${name} in the expression, in order of appearance.</summary>
    public IReadOnlyList<NameReference> FieldReferences { get; }

    /// <summary>Every bare name of a choice_filter (a choices sheet column), in order of appearance.</summary>
    public IReadOnlyList<NameReference> ChoiceColumns { get; }

    public static XExpression Parse(string text) => new(text, Parser.Parse(text, allowChoiceColumns: false));

    /// <summary>Parses a choice_filter, where a bare name (name, or any extra column of the choices sheet) is a column of the choice.</summary>
    public static XExpression ParseChoiceFilter(string text) => new(text, Parser.Parse(text, allowChoiceColumns: true));

    /// <summary>Parses and checks that every ${name} is a field of the instrument; an unknown one throws naming it.</summary>
    public static XExpression Parse(string text, Func<string, bool> isKnownField)
    {
        var expression = Parse(text);
        expression.CheckReferences(isKnownField);
        return expression;
    }

    /// <summary>Throws <see cref="ExpressionException"/> with the name and position of the first ${name} that is not a known field.</summary>
    public void CheckReferences(Func<string, bool> isKnownField)
    {
        var unknown = FieldReferences.FirstOrDefault(r => !isKnownField(r.Name));
        if (unknown is not null)
            throw new ExpressionException($"Unknown field '${{{unknown.Name}}}'", unknown.Position, unknown.Name);
    }

    public XValue Evaluate(IAnswerContext context, DateOnly today) => new Evaluator(context, today).Evaluate(_root);

    public bool IsTrue(IAnswerContext context, DateOnly today) => Evaluate(context, today).AsBoolean();

    public override string ToString() => Text;

    private static void Walk(Node node, List<NameReference> fields, List<NameReference> columns)
    {
        switch (node)
        {
            case FieldNode field:
                fields.Add(new NameReference(field.Name, field.Position));
                break;
            case ChoiceColumnNode column:
                columns.Add(new NameReference(column.Column, column.Position));
                break;
            case NegateNode negate:
                Walk(negate.Operand, fields, columns);
                break;
            case BinaryNode binary:
                Walk(binary.Left, fields, columns);
                Walk(binary.Right, fields, columns);
                break;
            case CallNode call:
                foreach (var argument in call.Arguments) Walk(argument, fields, columns);
                break;
        }
    }
}
