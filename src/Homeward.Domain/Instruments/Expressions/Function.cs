namespace Homeward.Domain.Instruments.Expressions;

/// <summary>A function an expression may call, with how many arguments it takes and what it does.</summary>
internal sealed class Function(string name, int minArguments, int maxArguments, Func<Evaluator, IReadOnlyList<Node>, int, XValue> body)
{
    public string Name { get; } = name;
    public int MinArguments { get; } = minArguments;
    public int MaxArguments { get; } = maxArguments;

    public XValue Invoke(Evaluator evaluator, IReadOnlyList<Node> arguments, int position) => body(evaluator, arguments, position);

    public string Arity => (MinArguments, MaxArguments) switch
    {
        (var min, var max) when min == max => min == 1 ? "1 argument" : $"{min} arguments",
        (var min, int.MaxValue) => $"at least {min} argument{(min == 1 ? "" : "s")}",
        (var min, var max) => $"{min} to {max} arguments",
    };
}
