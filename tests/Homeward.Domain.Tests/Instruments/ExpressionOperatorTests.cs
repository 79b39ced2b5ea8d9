using Homeward.Domain.Instruments.Expressions;
using static Homeward.Domain.Tests.Instruments.ExpressionTesting;

namespace Homeward.Domain.Tests.Instruments;

public class ExpressionOperatorTests
{
    [Theory]
    [InlineData("7 + 5", 12)]
    [InlineData("7 - 5", 2)]
    [InlineData("7 * 5", 35)]
    [InlineData("7 div 2", 3.5)]
    [InlineData("7 mod 3", 1)]
    [InlineData("-7 mod 3", -1)]
    [InlineData("7.5 mod 2", 1.5)]
    [InlineData("-7", -7)]
    [InlineData("-(2 + 3)", -5)]
    [InlineData("0.1 * 3", 0.30000000000000004)]
    public void Arithmetic(string text, double expected) => Assert.Equal(expected, Number(text));

    [Fact]
    public void Arithmetic_OnAnswers_ConvertsTheirText()
    {
        var answers = new FakeAnswers().With("adults", "3").With("children", "2.5");
        Assert.Equal(5.5, Number("${adults} + ${children}", answers));
        Assert.Equal(-3, Number("-${adults}", answers));
    }

    [Theory]
    [InlineData("1 div 0", double.PositiveInfinity)]
    [InlineData("-1 div 0", double.NegativeInfinity)]
    [InlineData("0 div 0", double.NaN)]
    [InlineData("5 mod 0", double.NaN)]
    [InlineData("'abc' + 1", double.NaN)]
    [InlineData("${empty} + 1", double.NaN)]
    public void Arithmetic_Degenerate_FollowsIeee(string text, double expected) => Assert.Equal(expected, Number(text));

    [Theory]
    [InlineData("2 = 2", true)]
    [InlineData("2 = 3", false)]
    [InlineData("2 != 3", true)]
    [InlineData("2 != 2", false)]
    [InlineData("2 < 3", true)]
    [InlineData("3 < 3", false)]
    [InlineData("3 <= 3", true)]
    [InlineData("4 <= 3", false)]
    [InlineData("4 > 3", true)]
    [InlineData("3 > 3", false)]
    [InlineData("3 >= 3", true)]
    [InlineData("2 >= 3", false)]
    [InlineData("'a' = 'a'", true)]
    [InlineData("'a' = 'A'", false)]
    [InlineData("'a' != 'b'", true)]
    public void Comparison(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Theory]
    [InlineData("true() and true()", true)]
    [InlineData("true() and false()", false)]
    [InlineData("false() or true()", true)]
    [InlineData("false() or false()", false)]
    [InlineData("not(false())", true)]
    [InlineData("not(true())", false)]
    [InlineData("not(${empty})", true)]
    [InlineData("not('x')", false)]
    public void Logic(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Fact]
    public void Logic_ResultsAreBooleans()
    {
        Assert.Equal(XValueKind.Boolean, Eval("1 and 1").Kind);
        Assert.Equal("true", Text("1 < 2"));
        Assert.Equal("false", Text("not(1)"));
    }

    [Fact]
    public void AndOr_StopAtTheFirstDecidingSide()
    {
        // The right sides would fail: regex() on a pattern read from an answer that is not a valid pattern.
        var answers = new FakeAnswers().With("pattern", "[");
        Assert.False(Truth("false() and regex('a', ${pattern})", answers));
        Assert.True(Truth("true() or regex('a', ${pattern})", answers));
        Assert.Throws<ExpressionException>(() => Eval("true() and regex('a', ${pattern})", answers));
    }

    [Fact]
    public void CurrentValue_IsTheAnswerBeingChecked()
    {
        var answers = new FakeAnswers().Current("42");
        Assert.True(Truth(". >= 18 and . <= 120", answers));
        Assert.False(Truth(". < 18", answers));
        Assert.Equal("42", Text(".", answers));
    }
}
