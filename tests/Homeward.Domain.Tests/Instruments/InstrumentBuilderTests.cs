using Homeward.Domain.Instruments;
using static Homeward.Domain.Tests.Instruments.Sheets;
using Codes = Homeward.Domain.Instruments.DefinitionErrorCodes;

namespace Homeward.Domain.Tests.Instruments;

public class InstrumentBuilderTests
{
    private static readonly string[] Survey = ["type", "name", "label", "relevant", "constraint", "calculation", "required", "choice_filter"];
    private static readonly string[] ChoiceColumns = ["list_name", "name", "label", "score"];

    private static readonly List<IReadOnlyDictionary<string, string?>> YesNo = Table(ChoiceColumns,
        ["yes_no", "yes", "Yes", "1"],
        ["yes_no", "no", "No", "0"]);

    [Fact]
    public void Build_ReadsQuestionsLabelsChoicesSettingsAndScoring()
    {
        var survey = Table(["type", "name", "label", "label::French", "label::Arabic", "hint", "required", "required_message::French",
                "constraint", "constraint_message", "constraint_message::French", "dimension", "weight", "composite_weight"],
            ["integer", "age", "Age", "Âge", "العمر", "In years", "yes", "Obligatoire", ". >= 0", "Too small", "Trop petit", "", "", ""],
            ["select_one satisfaction", "econ_satisfied", "Satisfied?", "Satisfait ?", "", "", "", "", "", "", "", "economic", "2", "1.5"],
            ["note", "thanks", "Thank you", "", "", "", "", "", "", "", "", "", "", ""]);
        var choices = Table(["list_name", "name", "label", "label::French", "score"],
            ["satisfaction", "very", "Very", "Très", "1"],
            ["satisfaction", "somewhat", "Somewhat", "Assez", "0.5"],
            ["satisfaction", "not", "Not at all", "Pas du tout", "0"],
            ["satisfaction", "dont_know", "Don't know", "Ne sait pas", ""]);
        var settings = new Dictionary<string, string?> { ["form_title"] = "RSS", ["form_id"] = "rss", ["version"] = "2024.1", ["default_language"] = "English" };

        var instrument = Build(survey, choices, settings);

        Assert.Equal(new InstrumentSettings("RSS", "rss", "2024.1", "English"), instrument.Settings);
        Assert.Equal(["Arabic", "French", "default"], instrument.Languages);
        Assert.Equal(["age", "econ_satisfied", "thanks"], instrument.Questions.Select(q => q.Name));

        var age = instrument["age"];
        Assert.Equal(2, age.Row);
        Assert.Equal(QuestionType.Integer, age.Type);
        Assert.Equal("Âge", age.Label.In("French"));
        Assert.Equal("العمر", age.Label.In("Arabic"));
        Assert.Equal("Age", age.Label.In("Spanish"));
        Assert.Equal("In years", age.Hint.In("French"));
        Assert.Equal("true()", age.Required!.Text);
        Assert.Equal("Obligatoire", age.RequiredMessage.In("French"));
        Assert.Equal(". >= 0", age.Constraint!.Text);
        Assert.Equal("Trop petit", age.ConstraintMessage.In("French"));
        Assert.Equal("Too small", age.ConstraintMessage.In("Arabic"));
        Assert.False(age.IsScored);
        Assert.True(age.TakesAnswer);

        var satisfied = instrument["econ_satisfied"];
        Assert.Equal(QuestionType.SelectOne, satisfied.Type);
        Assert.Same(instrument.ChoiceLists["satisfaction"], satisfied.Choices);
        Assert.Equal(("economic", 2.0, 1.5), (satisfied.Dimension, satisfied.Weight!.Value, satisfied.CompositeWeight!.Value));
        Assert.Null(satisfied.Required);
        Assert.Equal([1.0, 0.5, 0.0, null], satisfied.Choices!.Choices.Select(c => c.Score));
        Assert.Equal("Ne sait pas", satisfied.Choices.Find("dont_know")!.Label.In("French"));
        Assert.Equal(5, satisfied.Choices.Find("dont_know")!.Row);

        Assert.Equal(QuestionType.Note, instrument["thanks"].Type);
        Assert.False(instrument["thanks"].TakesAnswer);
        Assert.Equal(["economic"], instrument.Dimensions);
    }

    [Theory]
    [InlineData("text", QuestionType.Text)]
    [InlineData("integer", QuestionType.Integer)]
    [InlineData("int", QuestionType.Integer)]
    [InlineData("decimal", QuestionType.Decimal)]
    [InlineData("date", QuestionType.Date)]
    [InlineData("note", QuestionType.Note)]
    [InlineData("select_one yes_no", QuestionType.SelectOne)]
    [InlineData("select one yes_no", QuestionType.SelectOne)]
    [InlineData("select_multiple yes_no", QuestionType.SelectMultiple)]
    [InlineData("Select_Multiple   yes_no", QuestionType.SelectMultiple)]
    public void Build_ReadsEachQuestionType(string type, QuestionType expected) =>
        Assert.Equal(expected, Build(Table(["type", "name"], [type, "q"]), YesNo)["q"].Type);

    [Fact]
    public void Build_NestsGroupsAndRepeats_AndSkipsBlankRows()
    {
        var survey = Table(["type", "name", "calculation"],
            ["begin_group", "household", ""],
            ["integer", "size", ""],
            ["", "", ""],
            ["begin repeat", "member", ""],
            ["begin group", "identity", ""],
            ["text", "member_name", ""],
            ["end group", "", ""],
            ["calculate", "is_adult", "1"],
            ["end_repeat", "", ""],
            ["end_group", "", ""],
            ["text", "after", ""]);

        var instrument = Build(survey);

        Assert.Equal(["household", "size", "member", "identity", "member_name", "is_adult", "after"], instrument.Questions.Select(q => q.Name));
        var member = instrument["member"];
        Assert.Equal(QuestionType.Repeat, member.Type);
        Assert.Same(instrument["household"], member.Parent);
        Assert.Null(member.Repeat);
        Assert.Same(instrument["identity"], instrument["member_name"].Parent);
        Assert.Same(member, instrument["member_name"].Repeat);
        Assert.Same(member, instrument["is_adult"].Repeat);
        Assert.Null(instrument["after"].Parent);
        Assert.Equal(12, instrument["after"].Row);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("true()", true)]
    [InlineData("no", false)]
    [InlineData("false()", false)]
    [InlineData("", false)]
    public void Build_ReadsRequiredWords(string cell, bool required) =>
        Assert.Equal(required, Build(Table(["type", "name", "required"], ["text", "q", cell]))["q"].Required is not null);

    [Fact]
    public void Build_RequiredMayBeAnExpression() =>
        Assert.Equal("${q} = ''", Build(Table(["type", "name", "required"], ["text", "q", ""], ["text", "r", "${q} = ''"]))["r"].Required!.Text);

    [Fact]
    public void Build_ColumnHeadersIgnoreCase_AndExpressionsMayReferToLaterRows()
    {
        var instrument = Build(Table(["Type", "NAME", "Relevant"], ["text", "first", "${second} = 'x'"], ["text", "second", ""]));
        Assert.Equal("${second} = 'x'", instrument["first"].Relevant!.Text);
    }

    [Fact]
    public void Build_ChoiceFilter_ReadsExtraChoiceColumns()
    {
        var choices = Table(["list_name", "name", "label", "region"],
            ["region", "north", "North", ""],
            ["district", "kayes", "Kayes", "north"]);
        var instrument = Build(Table(Survey, ["select_one region", "region", "Region"], ["select_one district", "district", "District", "", "", "", "", "region = ${region}"]), choices);
        Assert.Equal("region = ${region}", instrument["district"].ChoiceFilter!.Text);
        Assert.Equal("north", instrument.ChoiceLists["district"].Find("kayes")!.Columns["region"]);
    }

    [Fact]
    public void SheetRows_CarryTheirOwnNumbers()
    {
        var survey = new[] { new SheetRow(7, new Dictionary<string, string?> { ["type"] = "geopoint", ["name"] = "where" }) };
        var error = Assert.Single(InstrumentBuilder.Build(survey, []).Errors);
        Assert.Equal(7, error.Row);
    }

    // ---- every definition error names its sheet, row, column and code ----

    [Theory]
    [InlineData("geopoint", Codes.UnknownType)]
    [InlineData("select_one_from_file places.csv", Codes.UnknownType)]
    [InlineData("select_one yes_no or_other", Codes.UnknownType)]
    [InlineData("integer extra", Codes.UnknownType)]
    [InlineData("select_one", Codes.MissingChoiceList)]
    [InlineData("select_multiple missing_list", Codes.MissingChoiceList)]
    public void Error_TypeColumn(string type, string code)
    {
        var error = SingleError(Table(["type", "name"], ["text", "ok"], [type, "q"]), YesNo);
        Assert.Equal(("survey", 3, "type", code), (error.Sheet, error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_UnknownType_ListsTheSupportedTypes() =>
        Assert.Contains("select_one <list>", SingleError(Table(["type", "name"], ["image", "photo"])).Message);

    [Fact]
    public void Error_MissingType()
    {
        var error = SingleError(Table(["type", "name", "label"], ["", "q", "Question?"]));
        Assert.Equal((2, "type", Codes.MissingType), (error.Row, error.Column, error.Code));
    }

    [Theory]
    [InlineData("", Codes.MissingName)]
    [InlineData("1st", Codes.InvalidName)]
    [InlineData("has space", Codes.InvalidName)]
    [InlineData("a$b", Codes.InvalidName)]
    public void Error_NameColumn(string name, string code)
    {
        var error = SingleError(Table(["type", "name"], ["text", name]));
        Assert.Equal((2, "name", code), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_DuplicateName_NamesTheFirstRow()
    {
        var error = SingleError(Table(["type", "name"], ["text", "q"], ["begin_group", "g"], ["integer", "q"], ["end_group", ""]));
        Assert.Equal((4, "name", Codes.DuplicateName), (error.Row, error.Column, error.Code));
        Assert.Contains("row 2", error.Message);
    }

    [Fact]
    public void Error_DuplicateChoice()
    {
        var error = SingleError(Table(["type", "name"], ["select_one yes_no", "q"]), Table(ChoiceColumns, ["yes_no", "yes"], ["yes_no", "no"], ["yes_no", "yes"]));
        Assert.Equal(("choices", 4, "name", Codes.DuplicateChoice), (error.Sheet, error.Row, error.Column, error.Code));
        Assert.Contains("row 2", error.Message);
    }

    [Theory]
    [InlineData("", "yes", "list_name", Codes.MissingName)]
    [InlineData("yes_no", "", "name", Codes.MissingName)]
    [InlineData("yes_no", "don't know", "name", Codes.InvalidName)]
    public void Error_ChoiceRow(string listName, string name, string column, string code)
    {
        var choices = Table(ChoiceColumns, ["yes_no", "no"], [listName, name]);
        var error = SingleError(Table(["type", "name"], ["select_one yes_no", "q"]), choices);
        Assert.Equal(("choices", 3, column, code), (error.Sheet, error.Row, error.Column, error.Code));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void Error_ScoreOutsideZeroToOne(string score)
    {
        var error = SingleError(Table(["type", "name"], ["select_one yes_no", "q"]), Table(ChoiceColumns, ["yes_no", "yes", "Yes", score]));
        Assert.Equal(("choices", 2, "score", Codes.ScoreOutOfRange), (error.Sheet, error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_ScoreNotANumber()
    {
        var error = SingleError(Table(["type", "name"], ["select_one yes_no", "q"]), Table(ChoiceColumns, ["yes_no", "yes", "Yes", "high"]));
        Assert.Equal(("choices", 2, "score", Codes.InvalidNumber), (error.Sheet, error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_EndGroupWithoutBeginGroup()
    {
        var error = SingleError(Table(["type", "name"], ["text", "q"], ["end_group", ""]));
        Assert.Equal((3, "type", Codes.UnbalancedGroup), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_GroupNeverClosed_IsReportedOnItsBeginRow()
    {
        var error = SingleError(Table(["type", "name"], ["text", "q"], ["begin_group", "g"], ["text", "r"]));
        Assert.Equal((3, "type", Codes.UnbalancedGroup), (error.Row, error.Column, error.Code));
        Assert.Contains("'g' is never closed", error.Message);
    }

    [Fact]
    public void Error_EndGroupClosingARepeat()
    {
        var result = InstrumentBuilder.Build(Table(["type", "name"], ["begin_repeat", "r"], ["text", "q"], ["end_group", ""]), NoChoices);
        Assert.Equal([(4, Codes.UnbalancedGroup), (2, Codes.UnbalancedRepeat)],
            result.Errors.Select(e => (e.Row, e.Code)).OrderByDescending(e => e.Row));
    }

    [Fact]
    public void Error_EndRepeatWithoutBeginRepeat()
    {
        var error = SingleError(Table(["type", "name"], ["begin_group", "g"], ["end_repeat", ""], ["end_group", ""]));
        Assert.Equal((3, "type", Codes.UnbalancedRepeat), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_RepeatNeverClosed()
    {
        var error = SingleError(Table(["type", "name"], ["begin_repeat", "r"], ["text", "q"]));
        Assert.Equal((2, "type", Codes.UnbalancedRepeat), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_NestedRepeat()
    {
        var error = SingleError(Table(["type", "name"], ["begin_repeat", "a"], ["begin_group", "g"], ["begin_repeat", "b"], ["end_repeat", ""], ["end_group", ""], ["end_repeat", ""]));
        Assert.Equal((4, "type", Codes.NestedRepeat), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_CalculateWithoutCalculation()
    {
        var error = SingleError(Table(Survey, ["calculate", "total"]));
        Assert.Equal((2, "calculation", Codes.MissingCalculation), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_CalculationOnAQuestion()
    {
        var error = SingleError(Table(Survey, ["integer", "q", "", "", "", "1 + 1"]));
        Assert.Equal((2, "calculation", Codes.UnexpectedColumn), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_ChoiceFilterOnANonSelect()
    {
        var error = SingleError(Table(Survey, ["text", "q", "", "", "", "", "", "name = 'x'"]));
        Assert.Equal((2, "choice_filter", Codes.UnexpectedColumn), (error.Row, error.Column, error.Code));
    }

    [Theory]
    [InlineData(3, "relevant")]
    [InlineData(4, "constraint")]
    [InlineData(5, "calculation")]
    [InlineData(6, "required")]
    [InlineData(7, "choice_filter")]
    public void Error_ExpressionThatDoesNotParse_NamesRowColumnAndPosition(int columnIndex, string column)
    {
        var row = new[] { columnIndex == 5 ? "calculate" : "select_one yes_no", "q", "", "", "", "", "", "" };
        row[columnIndex] = "${a} = (1";
        var error = SingleError(Table(Survey, ["text", "a"], row), YesNo);
        Assert.Equal(("survey", 3, column, Codes.InvalidExpression), (error.Sheet, error.Row, error.Column, error.Code));
        Assert.Contains("at position 9", error.Message);
    }

    [Theory]
    [InlineData(3, "relevant")]
    [InlineData(4, "constraint")]
    [InlineData(5, "calculation")]
    [InlineData(6, "required")]
    [InlineData(7, "choice_filter")]
    public void Error_ExpressionReferringToAnUnknownField_NamesIt(int columnIndex, string column)
    {
        var row = new[] { columnIndex == 5 ? "calculate" : "select_one yes_no", "q", "", "", "", "", "", "" };
        row[columnIndex] = "${a} = 1 or ${ghost} = 2";
        var error = SingleError(Table(Survey, ["text", "a"], row), YesNo);
        Assert.Equal(("survey", 3, column, Codes.UnknownReference), (error.Sheet, error.Row, error.Column, error.Code));
        Assert.Contains("${ghost}", error.Message);
        Assert.Contains("position 12", error.Message);
    }

    [Fact]
    public void Error_ChoiceFilterReadingAMissingChoiceColumn()
    {
        var error = SingleError(Table(Survey, ["select_one yes_no", "q", "", "", "", "", "", "district = 'x'"]), YesNo);
        Assert.Equal((2, "choice_filter", Codes.UnknownReference), (error.Row, error.Column, error.Code));
        Assert.Contains("'district'", error.Message);
    }

    [Fact]
    public void Error_CalculationCycle_NamesTheRowsInvolved()
    {
        var error = SingleError(Table(Survey,
            ["calculate", "a", "", "", "", "${b} + 1"],
            ["calculate", "b", "", "", "", "${c} * 2"],
            ["calculate", "c", "", "", "", "${a}"]));
        Assert.Equal((2, "calculation", Codes.DependencyCycle), (error.Row, error.Column, error.Code));
        Assert.Contains("a → b → c → a", error.Message);
    }

    [Fact]
    public void Error_RelevantReadingItsOwnRow()
    {
        var error = SingleError(Table(Survey, ["text", "q", "", "${q} != ''"]));
        Assert.Equal((2, "relevant", Codes.DependencyCycle), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_GroupRelevantReadingARowInsideIt()
    {
        var error = SingleError(Table(Survey, ["begin_group", "g", "", "${inner} = 'x'"], ["text", "inner"], ["end_group", ""]));
        Assert.Equal((2, "relevant", Codes.DependencyCycle), (error.Row, error.Column, error.Code));
        Assert.Contains("g → inner → g", error.Message);
    }

    [Fact]
    public void NoCycle_WhenAConstraintReadsItsOwnRow() =>
        Build(Table(Survey, ["integer", "q", "", "", "${q} > 0"], ["calculate", "twice", "", "", "", "${q} * 2"]));

    [Theory]
    [InlineData("weight", "-1", Codes.NegativeWeight)]
    [InlineData("composite_weight", "-0.5", Codes.NegativeWeight)]
    [InlineData("weight", "heavy", Codes.InvalidNumber)]
    [InlineData("weight", "", Codes.MissingWeight)]
    [InlineData("composite_weight", "", Codes.MissingWeight)]
    public void Error_ScoringWeights(string column, string value, string code)
    {
        var cells = new Dictionary<string, string> { ["weight"] = "1", ["composite_weight"] = "1", [column] = value };
        var survey = Table(["type", "name", "dimension", "weight", "composite_weight"],
            ["select_one yes_no", "q", "economic", cells["weight"], cells["composite_weight"]]);
        var error = SingleError(survey, YesNo);
        Assert.Equal((2, column, code), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_WeightWithoutDimension()
    {
        var error = SingleError(Table(["type", "name", "dimension", "weight"], ["select_one yes_no", "q", "", "1"]), YesNo);
        Assert.Equal((2, "dimension", Codes.MissingDimension), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_ScoredQuestionThatIsNotASelect()
    {
        var error = SingleError(Table(["type", "name", "dimension", "weight", "composite_weight"], ["integer", "q", "economic", "1", "1"]));
        Assert.Equal((2, "dimension", Codes.UnscorableType), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_ScoredQuestionWhoseListHasNoScores()
    {
        var error = SingleError(Table(["type", "name", "dimension", "weight", "composite_weight"], ["select_one colours", "q", "social", "1", "1"]),
            Table(ChoiceColumns, ["colours", "red", "Red", ""], ["colours", "blue", "Blue", ""]));
        Assert.Equal((2, "dimension", Codes.UnscoredChoiceList), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Error_ScoredQuestionInARepeat()
    {
        var error = SingleError(Table(["type", "name", "dimension", "weight", "composite_weight"],
            ["begin_repeat", "member"], ["select_one yes_no", "q", "social", "1", "1"], ["end_repeat"]), YesNo);
        Assert.Equal((3, "dimension", Codes.ScoredInRepeat), (error.Row, error.Column, error.Code));
    }

    [Fact]
    public void Errors_AreAllReportedAtOnce_SurveyFirstThenByRow()
    {
        var result = InstrumentBuilder.Build(
            Table(Survey, ["text", "q", "", "${nobody}"], ["select_one yes_no", "q"], ["geopoint", "where"]),
            Table(ChoiceColumns, ["yes_no", "yes", "Yes", "2"]));
        Assert.Null(result.Instrument);
        Assert.Equal(
            [("survey", 2, Codes.UnknownReference), ("survey", 3, Codes.DuplicateName), ("survey", 4, Codes.UnknownType), ("choices", 2, Codes.ScoreOutOfRange)],
            result.Errors.Select(e => (e.Sheet, e.Row, e.Code)));
        Assert.Equal("survey row 3, column name: The name 'q' is already used on row 2", result.Errors[1].ToString());
    }
}
