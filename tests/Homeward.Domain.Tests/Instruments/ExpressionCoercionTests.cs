using Homeward.Domain.Instruments.Expressions;
using static Homeward.Domain.Tests.Instruments.ExpressionTesting;

namespace Homeward.Domain.Tests.Instruments;

public class ExpressionCoercionTests
{
    [Theory]
    [InlineData("${q} = ''", true)]
    [InlineData("${q} != ''", false)]
    [InlineData("${q} = 0", false)]
    [InlineData("${q} != 0", true)]
    [InlineData("${q} > 0", false)]
    [InlineData("${q} < 0", false)]
    [InlineData("${q}", false)]
    [InlineData("string-length(${q}) = 0", true)]
    public void UnansweredField_IsTheEmptyString(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Theory]
    [InlineData("${n} = 5", true)]
    [InlineData("${n} = '5'", true)]
    [InlineData("${n} = '5.0'", true)]
    [InlineData("${n} = '05'", true)]
    [InlineData("${n} > 10", false)]
    [InlineData("${n} > '10'", false)]
    [InlineData("${n} < ${m}", true)]
    public void NumericAnswers_CompareAsNumbers(string text, bool expected) =>
        // As strings, '5' > '10' and '5' != '5.0'; as numbers they are not.
        Assert.Equal(expected, Truth(text, new FakeAnswers().With("n", "5").With("m", "10")));

    [Theory]
    [InlineData("'abc' = 'abc'", true)]
    [InlineData("'abc' = 'abc '", false)]
    [InlineData("'abc' = 0", false)]
    [InlineData("'abc' != 0", true)]
    [InlineData("'b' > 'a'", false)]
    [InlineData("'b' < 'a'", false)]
    public void NonNumericStrings_CompareExactly_AndNotByOrder(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Theory]
    [InlineData("${dob} < today()", true)]
    [InlineData("${dob} > today()", false)]
    [InlineData("${dob} < '2000-01-01'", true)]
    [InlineData("${dob} = '1994-06-30'", true)]
    [InlineData("${dob} >= '1994-06-30'", true)]
    [InlineData("${dob} > '1994-06-30'", false)]
    [InlineData("${returned} > ${dob}", true)]
    [InlineData("'2024-03-15' = today()", true)]
    [InlineData("'2024-03-16' = today()", false)]
    public void Dates_CompareAsDates(string text, bool expected) =>
        Assert.Equal(expected, Truth(text, new FakeAnswers().With("dob", "1994-06-30").With("returned", "2023-11-02")));

    [Fact]
    public void Dates_SubtractToDays()
    {
        var answers = new FakeAnswers().With("returned", "2024-03-01");
        Assert.Equal(14, Number("today() - ${returned}", answers));
        Assert.True(Truth("today() - ${returned} <= 30", answers));
        Assert.Equal(0, Number("'1970-01-01' + 0"));
    }

    [Theory]
    [InlineData("true() = 'x'", true)]
    [InlineData("true() = ''", false)]
    [InlineData("false() = 0", true)]
    [InlineData("true() = 1", true)]
    [InlineData("true() = 'false'", true)]
    [InlineData("true() > false()", true)]
    public void Booleans_CompareAsBooleansOrAsOneAndZero(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Theory]
    [InlineData("'x'", true)]
    [InlineData("''", false)]
    [InlineData("'false'", true)]
    [InlineData("'0'", true)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("-0.5", true)]
    [InlineData("0 div 0", false)]
    [InlineData("today()", true)]
    public void ToBoolean_FollowsXPath(string text, bool expected) => Assert.Equal(expected, Truth(text));

    [Theory]
    [InlineData("3", "3")]
    [InlineData("2.50", "2.5")]
    [InlineData("-0", "0")]
    [InlineData("1 div 0", "Infinity")]
    [InlineData("-1 div 0", "-Infinity")]
    [InlineData("100000000000000000000", "100000000000000000000")]
    [InlineData("0.0000001", "0.0000001")]
    [InlineData("1 div 3", "0.3333333333333333")]
    public void NumbersToText_HaveNoExponentNorTrailingZeros(string text, string expected) => Assert.Equal(expected, Text(text));

    [Fact]
    public void SelectMultipleAnswer_IsSpaceSeparatedChoiceNames()
    {
        var answers = new FakeAnswers().With("needs", "food shelter");
        Assert.True(Truth("selected(${needs}, 'shelter')", answers));
        Assert.False(Truth("${needs} = 'shelter'", answers));
        Assert.True(Truth("${needs} = 'food shelter'", answers));
    }

    [Fact]
    public void RepeatAnswers_CompareTrueWhenAnyAnswerDoes()
    {
        var answers = new FakeAnswers().With("age", "34", "8", "61").With("none");
        Assert.True(Truth("${age} < 18", answers));
        Assert.True(Truth("18 > ${age}", answers));
        Assert.False(Truth("${age} > 70", answers));
        Assert.True(Truth("${age} = '8'", answers));
        Assert.True(Truth("${age} != 34", answers));
        Assert.Equal("34", Text("${age}", answers));
        Assert.True(Truth("${age}", answers));
        Assert.False(Truth("${none}", answers));
        Assert.Equal("", Text("${none}", answers));
    }

    [Fact]
    public void XValue_Conversions()
    {
        Assert.Equal(10, XValue.Date(new DateOnly(1970, 1, 11)).AsNumber());
        Assert.Equal(["a"], XValue.String("a").AsAnswers());
        Assert.True(XValue.IsNumeric("-.5"));
        Assert.False(XValue.IsNumeric("٣"));
        Assert.False(XValue.TryParseDate("2024-02-30", out _));
        Assert.Equal(double.NaN, XValue.ParseNumber("2024-02-30"));
    }
}
