namespace Homeward.Domain.Instruments.Expressions;

/// <summary>Splits an XLSForm expression into tokens. Names follow XPath: they may contain '-', '.' and '_'.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            switch (c)
            {
                case '$':
                    tokens.Add(ReadFieldRef(text, ref i));
                    continue;
                case '\'' or '"':
                    tokens.Add(ReadString(text, ref i));
                    continue;
                case '(': tokens.Add(new Token(TokenKind.LeftParen, "(", start)); i++; continue;
                case ')': tokens.Add(new Token(TokenKind.RightParen, ")", start)); i++; continue;
                case ',': tokens.Add(new Token(TokenKind.Comma, ",", start)); i++; continue;
                case '+': tokens.Add(new Token(TokenKind.Plus, "+", start)); i++; continue;
                case '-': tokens.Add(new Token(TokenKind.Minus, "-", start)); i++; continue;
                case '*': tokens.Add(new Token(TokenKind.Star, "*", start)); i++; continue;
                case '=': tokens.Add(new Token(TokenKind.Equal, "=", start)); i++; continue;
                case '!':
                    if (Peek(text, i + 1) != '=') throw new ExpressionException("'!' must be followed by '=' (write != or not(...))", start);
                    tokens.Add(new Token(TokenKind.NotEqual, "!=", start)); i += 2; continue;
                case '<' or '>':
                    var orEqual = Peek(text, i + 1) == '=';
                    var kind = (c, orEqual) switch
                    {
                        ('<', false) => TokenKind.Less,
                        ('<', true) => TokenKind.LessOrEqual,
                        ('>', false) => TokenKind.Greater,
                        _ => TokenKind.GreaterOrEqual,
                    };
                    tokens.Add(new Token(kind, text.Substring(i, orEqual ? 2 : 1), start));
                    i += orEqual ? 2 : 1;
                    continue;
            }
            if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(Peek(text, i + 1))))
            {
                tokens.Add(ReadNumber(text, ref i));
                continue;
            }
            if (c == '.')
            {
                if (Peek(text, i + 1) == '.') throw new ExpressionException("'..' is not supported: refer to fields as ${name}", start);
                tokens.Add(new Token(TokenKind.Dot, ".", start));
                i++;
                continue;
            }
            if (IsNameStart(c))
            {
                while (i < text.Length && IsNameChar(text[i])) i++;
                tokens.Add(new Token(TokenKind.Name, text[start..i], start));
                continue;
            }
            throw new ExpressionException($"Unexpected character '{c}'", start);
        }
        tokens.Add(new Token(TokenKind.End, "", text.Length));
        return tokens;
    }

    public static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    private static char Peek(string text, int i) => i < text.Length ? text[i] : '\0';

    private static Token ReadFieldRef(string text, ref int i)
    {
        var start = i;
        if (Peek(text, i + 1) != '{') throw new ExpressionException("'$' must start a field reference like ${name}", start);
        var close = text.IndexOf('}', i + 2);
        if (close < 0) throw new ExpressionException("Field reference is not closed: '}' is missing", start);
        var name = text[(i + 2)..close].Trim();
        if (name.Length == 0 || !IsNameStart(name[0]) || !name.All(IsNameChar))
            throw new ExpressionException($"'{name}' is not a valid field name", start);
        i = close + 1;
        return new Token(TokenKind.FieldRef, name, start);
    }

    private static Token ReadString(string text, ref int i)
    {
        var start = i;
        var quote = text[i];
        var close = text.IndexOf(quote, i + 1);
        if (close < 0) throw new ExpressionException($"String is not closed: {quote} is missing", start);
        i = close + 1;
        return new Token(TokenKind.String, text[(start + 1)..close], start);
    }

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (i < text.Length && IsNameStart(text[i]))
            throw new ExpressionException($"Unexpected '{text[i]}' after the number {text[start..i]}", i);
        return new Token(TokenKind.Number, text[start..i], start);
    }
}
