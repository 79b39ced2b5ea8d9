using Homeward.Domain.Instruments.Expressions;
using static Homeward.Domain.Tests.Instruments.ExpressionTesting;

namespace Homeward.Domain.Tests.Instruments;

public class ExpressionFunctionTests
{
    private static readonly FakeAnswers Income = new FakeAnswers().With("sources", "farming  trade").With("none", "");

    [Theory]
    [InlineData("selected(${sources}, 'trade')", true)]
    [InlineData("selected(${sources}, 'farming')", true)]
    [InlineData("selected(${sources}, ' farming ')", true)]
    [InlineData("selected(${sources}, 'farm')", false)]
    [InlineData("selected(${none}, 'trade')", false)]
    public void Selected(string text, bool expected) => Assert.Equal(expected, Truth(text, Income));

    [Theory]
    [InlineData("count-selected(${sources})", 2)]
    [InlineData("count-selected(${none})", 0)]
    public void CountSelected(string text, double expected) => Assert.Equal(expected, Number(text, Income));

    [Theory]
    [InlineData("string-length('abc')", 3)]
    [InlineData("string-length('')", 0)]
    [InlineData("string-length('مرحبا')", 5)]
    [InlineData("string-length('😀a')", 2)]
    [InlineData("string-length(123)", 3)]
    public void StringLength(string text, double expected) => Assert.Equal(expected, Number(text));

    [Fact]
    public void StringLength_WithoutArgument_MeasuresTheCurrentAnswer() =>
        Assert.Equal(4, Number("string-length()", new FakeAnswers().Current("Awa ")));

    [Theory]
    [InlineData("if(1 < 2, 'yes', 'no')", "yes")]
    [InlineData("if(1 > 2, 'yes', 'no')", "no")]
    [InlineData("if(${empty}, 'yes', 'no')", "no")]
    [InlineData("if('x', 3, 4)", "3")]
    public void If(string text, string expected) => Assert.Equal(expected, Text(text));

    [Fact]
    public void If_EvaluatesOnlyTheChosenBranch() =>
        Assert.Equal("safe", Text("if(true(), 'safe', regex('a', ${pattern}))", new FakeAnswers().With("pattern", "[")));

    [Theory]
    [InlineData("coalesce(${empty}, 'fallback')", "fallback")]
    [InlineData("coalesce('first', 'fallback')", "first")]
    [InlineData("coalesce(${empty}, ${empty})", "")]
    [InlineData("coalesce(${empty}, ${empty}, 3)", "3")]
    public void Coalesce(string text, string expected) => Assert.Equal(expected, Text(text));

    [Theory]
    [InlineData("concat('a', 'b', 'c')", "abc")]
    [InlineData("concat('n=', 2 + 3)", "n=5")]
    [InlineData("concat(${empty}, 'x')", "x")]
    [InlineData("concat('only')", "only")]
    public void Concat(string text, string expected) => Assert.Equal(expected, Text(text));

    [Theory]
    [InlineData("number('12.5')", 12.5)]
    [InlineData("number(' 7 ')", 7)]
    [InlineData("number('-3')", -3)]
    [InlineData("number('1e3')", double.NaN)]
    [InlineData("number('+3')", double.NaN)]
    [InlineData("number('1,5')", double.NaN)]
    [InlineData("number('abc')", double.NaN)]
    [InlineData("number('')", double.NaN)]
    [InlineData("number(true())", 1)]
    [InlineData("number(false())", 0)]
    [InlineData("number('1970-01-11')", 10)]
    public void NumberFunction(string text, double expected) => Assert.Equal(expected, Number(text));

    [Fact]
    public void NumberAndString_WithoutArgument_ReadTheCurrentAnswer()
    {
        var answers = new FakeAnswers().Current("8");
        Assert.Equal(8, Number("number()", answers));
        Assert.Equal("8", Text("string()", answers));
    }

    [Theory]
    [InlineData("string(2.50)", "2.5")]
    [InlineData("string(1 = 1)", "true")]
    [InlineData("string(today())", "2024-03-15")]
    [InlineData("string(0 div 0)", "NaN")]
    public void StringFunction(string text, string expected) => Assert.Equal(expected, Text(text));

    [Theory]
    [InlineData("int(3.9)", 3)]
    [InlineData("int(-3.9)", -3)]
    [InlineData("int('7.2')", 7)]
    [InlineData("int('x')", double.NaN)]
    public void Int(string text, double expected) => Assert.Equal(expected, Number(text));

    [Theory]
    [InlineData("round(2.5)", 3)]
    [InlineData("round(-2.5)", -3)]
    [InlineData("round(2.4)", 2)]
    [InlineData("round(3.14159, 2)", 3.14)]
    [InlineData("round(2.675, 2)", 2.68)]
    [InlineData("round(0.125, 2)", 0.13)]
    [InlineData("round(1234.5, -2)", 1200)]
    [InlineData("round(1250, -2)", 1300)]
    [InlineData("round(2 div 3, 3)", 0.667)]
    [InlineData("round('x', 2)", double.NaN)]
    [InlineData("round(1 div 0)", double.NaN)]
    public void Round(string text, double expected) => Assert.Equal(expected, Number(text));

    [Fact]
    public void Today_GivesTheInjectedDate()
    {
        Assert.Equal(XValueKind.Date, Eval("today()").Kind);
        Assert.Equal("2024-03-15", Text("today()"));
        Assert.Equal("2025-01-01", XExpression.Parse("today()").Evaluate(new FakeAnswers(), new DateOnly(2025, 1, 1)).AsString());
    }

    [Theory]
    [InlineData("regex('+221 77 123 45 67', '^\\+?[0-9 ]+$')", true)]
    [InlineData("regex('77-123', '^[0-9]+$')", false)]
    [InlineData("regex('abc123', '[0-9]')", true)]
    [InlineData("regex('', '^$')", true)]
    public void Regex(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Fact]
    public void Regex_OnTheCurrentAnswer() =>
        Assert.True(Truth("regex(., '^[A-Z]{2}[0-9]{6}$')", new FakeAnswers().Current("SN123456")));

    [Fact]
    public void Regex_InvalidPatternReadFromAnAnswer_ThrowsAtTheCall()
    {
        var ex = Assert.Throws<ExpressionException>(() => Eval("1 = 1 and regex(., ${p})", new FakeAnswers().With("p", "(")));
        Assert.Equal(10, ex.Position);
        Assert.Contains("Invalid regular expression", ex.Message);
    }

    [Theory]
    [InlineData("contains('Dakar, Senegal', 'Senegal')", true)]
    [InlineData("contains('Dakar', 'dakar')", false)]
    [InlineData("contains('Dakar', '')", true)]
    [InlineData("starts-with('HW-0001', 'HW-')", true)]
    [InlineData("starts-with('HW-0001', '0001')", false)]
    public void ContainsAndStartsWith(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Fact]
    public void SumAndCount_OverARepeat()
    {
        // three household members answered: incomes 100, 250.5 and 0
        var answers = new FakeAnswers().With("income", "100", "250.5", "0").With("member", "", "", "");
        Assert.Equal(350.5, Number("sum(${income})", answers));
        Assert.Equal(3, Number("count(${member})", answers));
        Assert.Equal(3, Number("count(${income})", answers));
    }

    [Fact]
    public void SumAndCount_OverAnEmptyRepeat_AreZero()
    {
        var answers = new FakeAnswers().With("income").With("member");
        Assert.Equal(0, Number("sum(${income})", answers));
        Assert.Equal(0, Number("count(${member})", answers));
    }

    [Fact]
    public void Sum_WithAnUnansweredInstance_IsNaN_AsInXPath() =>
        Assert.Equal(double.NaN, Number("sum(${income})", new FakeAnswers().With("income", "100", "")));

    [Fact]
    public void SumAndCount_OfASingleValue_TreatItAsOneAnswer()
    {
        Assert.Equal(4, Number("sum(4)"));
        Assert.Equal(1, Number("count(${single})", new FakeAnswers().With("single", "x")));
    }

    [Fact]
    public void TrueAndFalse()
    {
        Assert.True(Truth("true()"));
        Assert.False(Truth("false()"));
    }
}
