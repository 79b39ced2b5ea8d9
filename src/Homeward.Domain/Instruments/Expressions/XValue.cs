using System.Globalization;
using System.Text.RegularExpressions;

namespace Homeward.Domain.Instruments.Expressions;

public enum XValueKind
{
    String,
    Number,
    Boolean,
    Date,
    /// <summary>Several answers at once: a field of a repeat referenced from outside it, or a repeat itself.</summary>
    NodeSet,
}

/// <summary>
/// A value an expression produces, with the XPath 1.0 conversions ODK uses: an unanswered field is '', a string is
/// true when non-empty, a number is true when neither 0 nor NaN, a string that is not a number converts to NaN, and
/// (as ODK does for date answers) an ISO date 'yyyy-mm-dd' converts to its number of days since 1970-01-01.
/// </summary>
public sealed partial class XValue
{
    private static readonly DateOnly Epoch = new(1970, 1, 1);

    private readonly string? _text;
    private readonly double _number;
    private readonly bool _boolean;
    private readonly DateOnly _date;
    private readonly IReadOnlyList<string>? _nodes;

    private XValue(XValueKind kind, string? text = null, double number = 0, bool boolean = false, DateOnly date = default, IReadOnlyList<string>? nodes = null)
    {
        Kind = kind;
        _text = text;
        _number = number;
        _boolean = boolean;
        _date = date;
        _nodes = nodes;
    }

    public XValueKind Kind { get; }

    public static readonly XValue Empty = new(XValueKind.String, text: "");
    public static readonly XValue True = new(XValueKind.Boolean, boolean: true);
    public static readonly XValue False = new(XValueKind.Boolean, boolean: false);

    public static XValue String(string text) => text.Length == 0 ? Empty : new(XValueKind.String, text: text);
    public static XValue Number(double number) => new(XValueKind.Number, number: number);
    public static XValue Boolean(bool value) => value ? True : False;
    public static XValue Date(DateOnly date) => new(XValueKind.Date, date: date);

    /// <summary>A reference's answers: exactly one answer is that answer as a string (as ODK unpacks it), otherwise a node-set.</summary>
    public static XValue FromAnswers(IReadOnlyList<string> answers) =>
        answers.Count == 1 ? String(answers[0]) : new(XValueKind.NodeSet, nodes: answers);

    /// <summary>The string value: a number without exponent or trailing zeros (NaN as 'NaN'), 'true'/'false', a date as yyyy-mm-dd, a node-set as its first answer.</summary>
    public string AsString() => Kind switch
    {
        XValueKind.String => _text!,
        XValueKind.Number => FormatNumber(_number),
        XValueKind.Boolean => _boolean ? "true" : "false",
        XValueKind.Date => _date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => _nodes!.Count > 0 ? _nodes[0] : "",
    };

    public double AsNumber() => Kind switch
    {
        XValueKind.Number => _number,
        XValueKind.Boolean => _boolean ? 1 : 0,
        XValueKind.Date => _date.DayNumber - Epoch.DayNumber,
        _ => ParseNumber(AsString()),
    };

    public bool AsBoolean() => Kind switch
    {
        XValueKind.Boolean => _boolean,
        XValueKind.Number => _number != 0 && !double.IsNaN(_number),
        XValueKind.Date => true,
        XValueKind.NodeSet => _nodes!.Count > 0,
        _ => _text!.Length > 0,
    };

    /// <summary>The answers this value stands for, for sum() and count(): a single value is one answer.</summary>
    public IReadOnlyList<string> AsAnswers() => Kind == XValueKind.NodeSet ? _nodes! : [AsString()];

    public override string ToString() => AsString();

    /// <summary>XPath number(): optional minus, digits, optional decimals; an ISO date gives days since 1970-01-01; anything else is NaN.</summary>
    public static double ParseNumber(string text)
    {
        var trimmed = text.Trim();
        if (IsNumeric(trimmed)) return double.Parse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return TryParseDate(trimmed, out var date) ? date.DayNumber - Epoch.DayNumber : double.NaN;
    }

    /// <summary>Whether text reads as an XPath number (no exponent, no '+', no thousands separator).</summary>
    public static bool IsNumeric(string text) => NumberPattern().IsMatch(text.Trim());

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number)) return "NaN";
        if (double.IsInfinity(number)) return number > 0 ? "Infinity" : "-Infinity";
        if (number == 0) return "0";
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('E') ? number.ToString("0.############################", CultureInfo.InvariantCulture) : text;
    }

    [GeneratedRegex(@"^-?([0-9]+(\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
