using System.Text.RegularExpressions;

namespace Homeward.Domain.Instruments.Expressions;

/// <summary>The functions of XLSForm expressions that instruments may use, by name.</summary>
internal static class Functions
{
    /// <summary>A regular expression may run at most this long on one answer.</summary>
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private static readonly Dictionary<string, Function> ByName = new Function[]
    {
        new("not", 1, 1, (e, a, _) => XValue.Boolean(!e.Evaluate(a[0]).AsBoolean())),
        new("true", 0, 0, (_, _, _) => XValue.True),
        new("false", 0, 0, (_, _, _) => XValue.False),
        new("if", 3, 3, (e, a, _) => e.Evaluate(a[0]).AsBoolean() ? e.Evaluate(a[1]) : e.Evaluate(a[2])),
        new("coalesce", 2, int.MaxValue, Coalesce),
        new("concat", 1, int.MaxValue, (e, a, _) => XValue.String(string.Concat(a.Select(arg => e.Evaluate(arg).AsString())))),
        new("string", 0, 1, (e, a, _) => XValue.String(Argument(e, a).AsString())),
        new("number", 0, 1, (e, a, _) => XValue.Number(Argument(e, a).AsNumber())),
        new("int", 1, 1, (e, a, _) => XValue.Number(Math.Truncate(e.Evaluate(a[0]).AsNumber()))),
        new("round", 1, 2, Round),
        new("string-length", 0, 1, (e, a, _) => XValue.Number(Argument(e, a).AsString().EnumerateRunes().Count())),
        new("contains", 2, 2, (e, a, _) => XValue.Boolean(e.Evaluate(a[0]).AsString().Contains(e.Evaluate(a[1]).AsString(), StringComparison.Ordinal))),
        new("starts-with", 2, 2, (e, a, _) => XValue.Boolean(e.Evaluate(a[0]).AsString().StartsWith(e.Evaluate(a[1]).AsString(), StringComparison.Ordinal))),
        new("regex", 2, 2, Regex),
        new("selected", 2, 2, (e, a, _) => XValue.Boolean(Choices(e.Evaluate(a[0])).Contains(e.Evaluate(a[1]).AsString().Trim()))),
        new("count-selected", 1, 1, (e, a, _) => XValue.Number(Choices(e.Evaluate(a[0])).Length)),
        new("sum", 1, 1, (e, a, _) => XValue.Number(e.Evaluate(a[0]).AsAnswers().Sum(XValue.ParseNumber))),
        new("count", 1, 1, (e, a, _) => XValue.Number(e.Evaluate(a[0]).AsAnswers().Count)),
        new("today", 0, 0, (e, _, _) => XValue.Date(e.Today)),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static Function? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Checks a regular expression written in the instrument, so a bad one is reported when the instrument is loaded.</summary>
    public static string? PatternError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, RegexTimeout);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>The optional argument, or '.' (the answer being checked) when it is left out.</summary>
    private static XValue Argument(Evaluator e, IReadOnlyList<Node> arguments) =>
        arguments.Count == 0 ? XValue.String(e.Context.CurrentValue) : e.Evaluate(arguments[0]);

    /// <summary>A select_multiple answer is its choice names separated by spaces.</summary>
    private static string[] Choices(XValue answer) =>
        answer.AsString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static XValue Coalesce(Evaluator e, IReadOnlyList<Node> arguments, int _)
    {
        foreach (var argument in arguments)
        {
            var value = e.Evaluate(argument);
            if (value.AsString().Length > 0) return value;
        }
        return XValue.Empty;
    }

    /// <summary>round(x) and round(x, digits), halves away from zero; negative digits round to tens, hundreds...</summary>
    private static XValue Round(Evaluator e, IReadOnlyList<Node> arguments, int _)
    {
        var number = e.Evaluate(arguments[0]).AsNumber();
        var digitsValue = arguments.Count > 1 ? e.Evaluate(arguments[1]).AsNumber() : 0;
        if (double.IsNaN(number) || double.IsInfinity(number) || double.IsNaN(digitsValue)) return XValue.Number(double.NaN);
        if (Math.Abs(number) >= 1e15) return XValue.Number(number);
        var digits = (int)Math.Clamp(Math.Truncate(digitsValue), -15, 15);
        // Through decimal, so 2.675 rounds to 2.68 as written rather than as its binary neighbour 2.67499...
        var exact = (decimal)number;
        if (digits >= 0) return XValue.Number((double)Math.Round(exact, digits, MidpointRounding.AwayFromZero));
        var scale = (decimal)Math.Pow(10, -digits);
        return XValue.Number((double)(Math.Round(exact / scale, 0, MidpointRounding.AwayFromZero) * scale));
    }

    /// <summary>regex(text, pattern): whether the pattern matches anywhere in the text (anchor it with ^ and $ to match it all).</summary>
    private static XValue Regex(Evaluator e, IReadOnlyList<Node> arguments, int position)
    {
        var text = e.Evaluate(arguments[0]).AsString();
        var pattern = e.Evaluate(arguments[1]).AsString();
        try
        {
            return XValue.Boolean(System.Text.RegularExpressions.Regex.IsMatch(text, pattern, RegexOptions.None, RegexTimeout));
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ExpressionException("The regular expression took too long on this answer", position);
        }
        catch (ArgumentException ex)
        {
            throw new ExpressionException($"Invalid regular expression: {ex.Message}", position);
        }
    }
}
