using Homeward.Domain.Instruments.Expressions;
using static Homeward.Domain.Tests.Instruments.ExpressionTesting;

namespace Homeward.Domain.Tests.Instruments;

public class ExpressionParsingTests
{
    [Theory]
    // position is the 0-based offset of the fault in the text
    [InlineData("", 0, "empty")]
    [InlineData("   ", 0, "empty")]
    [InlineData("(1 + 2", 6, "Expected ')'")]
    [InlineData("1 +", 3, "ends too early")]
    [InlineData("1 2", 2, "Unexpected '2'")]
    [InlineData("${age} > ", 9, "ends too early")]
    [InlineData("${age > 3", 0, "not closed")]
    [InlineData("$age", 0, "${name}")]
    [InlineData("${} = 1", 0, "not a valid field name")]
    [InlineData("${9lives} = 1", 0, "not a valid field name")]
    [InlineData("'abc = 1", 0, "String is not closed")]
    [InlineData("\"abc", 0, "String is not closed")]
    [InlineData("${a} ! ${b}", 5, "'!' must be followed by '='")]
    [InlineData("${a} # 2", 5, "Unexpected character '#'")]
    [InlineData("foo(1)", 0, "Unknown function 'foo()'")]
    [InlineData("1 + selected(${a})", 4, "'selected()' takes 2 arguments, not 1")]
    [InlineData("today(1)", 0, "'today()' takes 0 arguments, not 1")]
    [InlineData("round(1, 2, 3)", 0, "'round()' takes 1 to 2 arguments, not 3")]
    [InlineData("coalesce(${a})", 0, "'coalesce()' takes at least 2 arguments, not 1")]
    [InlineData("concat(1, 2", 11, "Expected ')' or ','")]
    [InlineData("age > 3", 0, "refer to a field as ${age}")]
    [InlineData("${a} = = 1", 7, "a value was expected")]
    [InlineData("../x", 0, "'..' is not supported")]
    [InlineData("12abc", 2, "after the number 12")]
    [InlineData("regex(., '[a-')", 9, "Invalid regular expression")]
    public void Parse_SyntaxError_NamesThePosition(string text, int position, string fragment)
    {
        var ex = Assert.Throws<ExpressionException>(() => XExpression.Parse(text));
        Assert.Equal(position, ex.Position);
        Assert.Contains(fragment, ex.Message);
        Assert.EndsWith($"(at position {position})", ex.Message);
        Assert.Null(ex.Reference);
    }

    [Fact]
    public void Parse_WithKnownFields_UnknownReference_IsReportedWithItsNameAndPosition()
    {
        var known = new HashSet<string> { "age", "sex" };
        var ex = Assert.Throws<ExpressionException>(() => XExpression.Parse("${age} > 18 and ${gender} = 'f'", known.Contains));
        Assert.Equal("gender", ex.Reference);
        Assert.Equal(16, ex.Position);
        Assert.Contains("Unknown field '${gender}'", ex.Message);
    }

    [Fact]
    public void Parse_WithKnownFields_AllKnown_Parses() =>
        Assert.Equal("age", Assert.Single(XExpression.Parse("${ age } >= 18", f => f == "age").FieldReferences).Name);

    [Fact]
    public void FieldReferences_ListsEveryReferenceInOrder()
    {
        var expression = XExpression.Parse("if(selected(${a}, 'x'), ${b} + -${c}, count(${d}))");
        Assert.Equal(["a", "b", "c", "d"], expression.FieldReferences.Select(r => r.Name));
        Assert.Equal(12, expression.FieldReferences[0].Position);
    }

    [Fact]
    public void ParseChoiceFilter_BareNamesAreChoiceColumns()
    {
        var filter = XExpression.ParseChoiceFilter("region = ${region} and name != 'other'");
        Assert.Equal(["region", "name"], filter.ChoiceColumns.Select(c => c.Name));
        Assert.Equal(["region"], filter.FieldReferences.Select(r => r.Name));
        var answers = new FakeAnswers().With("region", "north").Choice(("region", "north"), ("name", "kayes"));
        Assert.True(filter.IsTrue(answers, Today));
        Assert.False(filter.IsTrue(new FakeAnswers().With("region", "south").Choice(("region", "north"), ("name", "kayes")), Today));
    }

    [Fact]
    public void Evaluate_BareNameOutsideAChoice_ThrowsNamingTheColumn()
    {
        var ex = Assert.Throws<ExpressionException>(() => XExpression.ParseChoiceFilter("district = 'x'").Evaluate(new FakeAnswers(), Today));
        Assert.Equal("district", ex.Reference);
    }

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("2 * 3 mod 4", 2)]
    [InlineData("12 div 3 div 2", 2)]
    [InlineData("-2 * 3", -6)]
    [InlineData("- - 4", 4)]
    [InlineData("1 + 2 = 3", 1)]
    [InlineData("1 < 2 = 1 < 3", 1)]
    public void Precedence_FollowsXPath(string text, double expected) => Assert.Equal(expected, Number(text));

    [Fact]
    public void Precedence_AndBindsTighterThanOr()
    {
        Assert.True(Truth("true() or false() and false()"));
        Assert.False(Truth("(true() or false()) and false()"));
    }

    [Fact]
    public void Names_MayContainHyphensAndDots_AndOperatorsNeedSpaces()
    {
        var answers = new FakeAnswers().With("a-b.c", "4").With("x", "10");
        Assert.Equal(4, Number("${a-b.c}", answers));
        Assert.Equal(6, Number("${x}-${a-b.c}", answers));
        Assert.Equal(2.5, Number("${x} div ${a-b.c}", answers));
    }

    [Fact]
    public void Whitespace_AndBothQuoteKinds_AreAccepted()
    {
        Assert.Equal("it's", Text("\"it's\""));
        Assert.Equal("say \"hi\"", Text("'say \"hi\"'"));
        Assert.Equal(3, Number("  1\n+\t2  "));
    }

    [Fact]
    public void Numbers_MayStartWithADecimalPoint() => Assert.Equal(0.5, Number(".5"));
}
