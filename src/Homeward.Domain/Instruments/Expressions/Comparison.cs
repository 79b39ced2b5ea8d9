namespace Homeward.Domain.Instruments.Expressions;

/// <summary>
/// The comparison operators, as XPath 1.0 and ODK define them.
/// = and !=: with a boolean on either side, compare as booleans; with a number or a date on either side, compare as
/// numbers (a date string reads as its day number); two strings that both look numeric compare as numbers
/// ('5' = '5.0'), other strings compare exactly. &lt; &lt;= &gt; &gt;= always compare as numbers, so ISO dates compare
/// as dates and a NaN side (an empty answer, a word) makes the comparison false.
/// A node-set (a repeat's answers) compares true when any one of its answers does.
/// </summary>
internal static class Comparison
{
    public static bool Compare(BinaryOperator op, XValue left, XValue right)
    {
        if (left.Kind == XValueKind.NodeSet)
            return left.AsAnswers().Any(answer => Compare(op, XValue.String(answer), right));
        if (right.Kind == XValueKind.NodeSet)
            return right.AsAnswers().Any(answer => Compare(op, left, XValue.String(answer)));

        return op switch
        {
            BinaryOperator.Equal => AreEqual(left, right),
            BinaryOperator.NotEqual => !AreEqual(left, right),
            BinaryOperator.Less => left.AsNumber() < right.AsNumber(),
            BinaryOperator.LessOrEqual => left.AsNumber() <= right.AsNumber(),
            BinaryOperator.Greater => left.AsNumber() > right.AsNumber(),
            BinaryOperator.GreaterOrEqual => left.AsNumber() >= right.AsNumber(),
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Not a comparison"),
        };
    }

    private static bool AreEqual(XValue left, XValue right)
    {
        if (left.Kind == XValueKind.Boolean || right.Kind == XValueKind.Boolean)
            return left.AsBoolean() == right.AsBoolean();
        if (IsNumberLike(left) || IsNumberLike(right))
            return left.AsNumber() == right.AsNumber();
        var l = left.AsString();
        var r = right.AsString();
        if (XValue.IsNumeric(l) && XValue.IsNumeric(r))
            return XValue.ParseNumber(l) == XValue.ParseNumber(r);
        return string.Equals(l, r, StringComparison.Ordinal);
    }

    private static bool IsNumberLike(XValue value) => value.Kind is XValueKind.Number or XValueKind.Date;
}
