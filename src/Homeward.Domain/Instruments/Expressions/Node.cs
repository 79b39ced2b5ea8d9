namespace Homeward.Domain.Instruments.Expressions;

/// <summary>A node of a parsed expression; <see cref="Position"/> is where its text starts.</summary>
internal abstract record Node(int Position);

internal sealed record LiteralNode(XValue Value, int Position) : Node(Position);

/// <summary>${name}: the answer to another field.</summary>
internal sealed record FieldNode(string Name, int Position) : Node(Position);

/// <summary>'.': the answer being checked.</summary>
internal sealed record CurrentNode(int Position) : Node(Position);

/// <summary>A bare name in a choice_filter: a column of the choice being filtered.</summary>
internal sealed record ChoiceColumnNode(string Column, int Position) : Node(Position);

internal sealed record NegateNode(Node Operand, int Position) : Node(Position);

internal sealed record BinaryNode(BinaryOperator Operator, Node Left, Node Right, int Position) : Node(Position);

internal sealed record CallNode(Function Function, IReadOnlyList<Node> Arguments, int Position) : Node(Position);

internal enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}
