namespace Homeward.Domain.Instruments.Expressions;

internal enum TokenKind
{
    Number,
    String,
    FieldRef,
    Dot,
    Name,
    LeftParen,
    RightParen,
    Comma,
    Plus,
    Minus,
    Star,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    End,
}

/// <summary>One token of an expression: its kind, its text (the name, the string's content, the number) and where it starts.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position);
