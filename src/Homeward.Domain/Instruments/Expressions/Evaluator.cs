namespace Homeward.Domain.Instruments.Expressions;

/// <summary>Runs a parsed expression against the answers; 'and', 'or' and if() evaluate only what they need.</summary>
internal sealed class Evaluator(IAnswerContext context, DateOnly today)
{
    public IAnswerContext Context { get; } = context;
    public DateOnly Today { get; } = today;

    public XValue Evaluate(Node node) => node switch
    {
        LiteralNode literal => literal.Value,
        FieldNode field => XValue.FromAnswers(Context.GetValues(field.Name)),
        CurrentNode => XValue.String(Context.CurrentValue),
        ChoiceColumnNode column => XValue.String(Context.GetChoiceColumn(column.Column)
            ?? throw new ExpressionException($"'{column.Column}' is not a column of the choice being filtered", column.Position, column.Column)),
        NegateNode negate => XValue.Number(-Evaluate(negate.Operand).AsNumber()),
        BinaryNode binary => EvaluateBinary(binary),
        CallNode call => call.Function.Invoke(this, call.Arguments, call.Position),
        _ => throw new InvalidOperationException($"Unknown expression node {node.GetType().Name}"),
    };

    private XValue EvaluateBinary(BinaryNode node)
    {
        switch (node.Operator)
        {
            case BinaryOperator.Or:
                return XValue.Boolean(Evaluate(node.Left).AsBoolean() || Evaluate(node.Right).AsBoolean());
            case BinaryOperator.And:
                return XValue.Boolean(Evaluate(node.Left).AsBoolean() && Evaluate(node.Right).AsBoolean());
        }
        var left = Evaluate(node.Left);
        var right = Evaluate(node.Right);
        return node.Operator switch
        {
            BinaryOperator.Add => XValue.Number(left.AsNumber() + right.AsNumber()),
            BinaryOperator.Subtract => XValue.Number(left.AsNumber() - right.AsNumber()),
            BinaryOperator.Multiply => XValue.Number(left.AsNumber() * right.AsNumber()),
            BinaryOperator.Divide => XValue.Number(left.AsNumber() / right.AsNumber()),
            BinaryOperator.Modulo => XValue.Number(left.AsNumber() % right.AsNumber()),
            _ => XValue.Boolean(Comparison.Compare(node.Operator, left, right)),
        };
    }
}
