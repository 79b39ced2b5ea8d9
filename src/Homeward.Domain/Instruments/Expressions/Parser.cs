using System.Globalization;

namespace Homeward.Domain.Instruments.Expressions;

/// <summary>
/// Recursive-descent parser for XLSForm expressions, with XPath's precedence from loosest to tightest:
/// or; and; = !=; &lt; &lt;= &gt; &gt;=; + -; * div mod; unary minus.
/// </summary>
internal sealed class Parser
{
    private readonly List<Token> _tokens;
    private readonly bool _allowChoiceColumns;
    private int _index;

    private Parser(string text, bool allowChoiceColumns)
    {
        _tokens = Tokenizer.Tokenize(text);
        _allowChoiceColumns = allowChoiceColumns;
    }

    public static Node Parse(string text, bool allowChoiceColumns)
    {
        var parser = new Parser(text, allowChoiceColumns);
        if (parser.Current.Kind == TokenKind.End) throw new ExpressionException("The expression is empty", 0);
        var node = parser.ParseOr();
        if (parser.Current.Kind != TokenKind.End)
            throw new ExpressionException($"Unexpected '{parser.Current.Text}': an operator or the end was expected", parser.Current.Position);
        return node;
    }

    private Token Current => _tokens[_index];

    private Token Next() => _tokens[_index++];

    private bool IsOperatorName(string name) => Current.Kind == TokenKind.Name && Current.Text == name;

    private Node ParseOr()
    {
        var left = ParseAnd();
        while (IsOperatorName("or"))
        {
            var op = Next();
            left = new BinaryNode(BinaryOperator.Or, left, ParseAnd(), op.Position);
        }
        return left;
    }

    private Node ParseAnd()
    {
        var left = ParseEquality();
        while (IsOperatorName("and"))
        {
            var op = Next();
            left = new BinaryNode(BinaryOperator.And, left, ParseEquality(), op.Position);
        }
        return left;
    }

    private Node ParseEquality()
    {
        var left = ParseRelational();
        while (Current.Kind is TokenKind.Equal or TokenKind.NotEqual)
        {
            var op = Next();
            var kind = op.Kind == TokenKind.Equal ? BinaryOperator.Equal : BinaryOperator.NotEqual;
            left = new BinaryNode(kind, left, ParseRelational(), op.Position);
        }
        return left;
    }

    private Node ParseRelational()
    {
        var left = ParseAdditive();
        while (Current.Kind is TokenKind.Less or TokenKind.LessOrEqual or TokenKind.Greater or TokenKind.GreaterOrEqual)
        {
            var op = Next();
            var kind = op.Kind switch
            {
                TokenKind.Less => BinaryOperator.Less,
                TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
                TokenKind.Greater => BinaryOperator.Greater,
                _ => BinaryOperator.GreaterOrEqual,
            };
            left = new BinaryNode(kind, left, ParseAdditive(), op.Position);
        }
        return left;
    }

    private Node ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (Current.Kind is TokenKind.Plus or TokenKind.Minus)
        {
            var op = Next();
            var kind = op.Kind == TokenKind.Plus ? BinaryOperator.Add : BinaryOperator.Subtract;
            left = new BinaryNode(kind, left, ParseMultiplicative(), op.Position);
        }
        return left;
    }

    private Node ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            BinaryOperator kind;
            if (Current.Kind == TokenKind.Star) kind = BinaryOperator.Multiply;
            else if (IsOperatorName("div")) kind = BinaryOperator.Divide;
            else if (IsOperatorName("mod")) kind = BinaryOperator.Modulo;
            else return left;
            var op = Next();
            left = new BinaryNode(kind, left, ParseUnary(), op.Position);
        }
    }

    private Node ParseUnary()
    {
        if (Current.Kind != TokenKind.Minus) return ParsePrimary();
        var op = Next();
        return new NegateNode(ParseUnary(), op.Position);
    }

    private Node ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new LiteralNode(XValue.Number(double.Parse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)), token.Position);
            case TokenKind.String:
                Next();
                return new LiteralNode(XValue.String(token.Text), token.Position);
            case TokenKind.FieldRef:
                Next();
                return new FieldNode(token.Text, token.Position);
            case TokenKind.Dot:
                Next();
                return new CurrentNode(token.Position);
            case TokenKind.LeftParen:
                Next();
                var inner = ParseOr();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            case TokenKind.Name:
                Next();
                if (Current.Kind == TokenKind.LeftParen) return ParseCall(token);
                if (_allowChoiceColumns) return new ChoiceColumnNode(token.Text, token.Position);
                throw new ExpressionException($"Unexpected name '{token.Text}': refer to a field as ${{{token.Text}}}", token.Position);
            case TokenKind.End:
                throw new ExpressionException("The expression ends too early: a value was expected", token.Position);
            default:
                throw new ExpressionException($"Unexpected '{token.Text}': a value was expected", token.Position);
        }
    }

    private Node ParseCall(Token name)
    {
        var function = Functions.Find(name.Text)
            ?? throw new ExpressionException($"Unknown function '{name.Text}()'", name.Position);
        Next();
        var arguments = new List<Node>();
        if (Current.Kind != TokenKind.RightParen)
        {
            arguments.Add(ParseOr());
            while (Current.Kind == TokenKind.Comma)
            {
                Next();
                arguments.Add(ParseOr());
            }
        }
        Expect(TokenKind.RightParen, "')' or ','");
        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
            throw new ExpressionException($"'{function.Name}()' takes {function.Arity}, not {arguments.Count}", name.Position);
        if (function.Name == "regex" && arguments[1] is LiteralNode { Value.Kind: XValueKind.String } pattern
            && Functions.PatternError(pattern.Value.AsString()) is { } error)
            throw new ExpressionException($"Invalid regular expression: {error}", pattern.Position);
        return new CallNode(function, arguments, name.Position);
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            var found = Current.Kind == TokenKind.End ? "the end of the expression" : $"'{Current.Text}'";
            throw new ExpressionException($"Expected {what} but found {found}", Current.Position);
        }
        Next();
    }
}
