using Homeward.Domain.Instruments;
using Homeward.Domain.Instruments.Submissions;
using static Homeward.Domain.Tests.Instruments.Sheets;
using Codes = Homeward.Domain.Instruments.Submissions.FieldErrorCodes;

namespace Homeward.Domain.Tests.Instruments;

public class SubmissionCheckerTests
{
    private static readonly DateOnly Today = new(2024, 3, 15);

    private static readonly string[] Columns =
        ["type", "name", "relevant", "constraint", "constraint_message", "constraint_message::French", "calculation", "required", "required_message::French", "choice_filter"];

    private static readonly List<IReadOnlyDictionary<string, string?>> Choices = Table(["list_name", "name", "label", "region"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
        ["need", "food", "Food"],
        ["need", "shelter", "Shelter"],
        ["need", "health", "Health"],
        ["region", "dakar", "Dakar"],
        ["region", "thies", "Thiès"],
        ["district", "pikine", "Pikine", "dakar"],
        ["district", "mbour", "Mbour", "thies"]);

    private static Instrument Form(params string[][] rows) => Build(Table(Columns, rows), Choices);

    private static Dictionary<string, string?> A(params (string Field, string? Value)[] answers) =>
        answers.ToDictionary(a => a.Field, a => a.Value);

    private static AnswerSet Answers(Dictionary<string, string?> values, params (string Repeat, Dictionary<string, string?>[] Instances)[] repeats) =>
        new(values, repeats.ToDictionary(r => r.Repeat, r => (IReadOnlyList<IReadOnlyDictionary<string, string?>>)r.Instances));

    private static SubmissionCheck Check(Instrument instrument, AnswerSet answers, string? language = null) =>
        SubmissionChecker.Check(instrument, answers, Today, language);

    private static SubmissionCheck Check(Instrument instrument, params (string, string?)[] answers) => Check(instrument, new AnswerSet(A(answers)));

    private static FieldError Only(SubmissionCheck check) => Assert.Single(check.Errors);

    // ---- types ----

    [Theory]
    [InlineData("integer", "12", null)]
    [InlineData("integer", "-3", null)]
    [InlineData("integer", " 7 ", null)]
    [InlineData("integer", "1.5", Codes.InvalidInteger)]
    [InlineData("integer", "+3", Codes.InvalidInteger)]
    [InlineData("integer", "abc", Codes.InvalidInteger)]
    [InlineData("integer", "99999999999", Codes.InvalidInteger)]
    [InlineData("decimal", "1.5", null)]
    [InlineData("decimal", "-0.25", null)]
    [InlineData("decimal", "3", null)]
    [InlineData("decimal", "1,5", Codes.InvalidDecimal)]
    [InlineData("decimal", "1e3", Codes.InvalidDecimal)]
    [InlineData("date", "2024-02-29", null)]
    [InlineData("date", "2023-02-29", Codes.InvalidDate)]
    [InlineData("date", "15/03/2024", Codes.InvalidDate)]
    [InlineData("select_one yes_no", "yes", null)]
    [InlineData("select_one yes_no", "maybe", Codes.InvalidChoice)]
    [InlineData("select_one yes_no", "yes no", Codes.InvalidChoice)]
    [InlineData("select_multiple need", "food shelter", null)]
    [InlineData("select_multiple need", "health", null)]
    [InlineData("select_multiple need", "food car", Codes.InvalidChoice)]
    [InlineData("text", "anything at all ✓", null)]
    public void TypeChecks(string type, string answer, string? code)
    {
        var check = Check(Form([type, "q"]), ("q", answer));
        Assert.Equal(code, check.Errors.SingleOrDefault()?.Code);
        Assert.Equal(code is null, check.IsValid);
    }

    [Fact]
    public void TypeCheck_NamesTheUnknownChoice() =>
        Assert.Equal(new FieldError("q", null, Codes.InvalidChoice, "'car' is not a choice of this question"),
            Only(Check(Form(["select_multiple need", "q"]), ("q", "food car"))));

    // ---- required ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Required_UnansweredRelevantQuestion_IsRefused(string? answer)
    {
        var error = Only(Check(Form(["text", "name", "", "", "", "", "", "yes"]), ("name", answer)));
        Assert.Equal(new FieldError("name", null, Codes.Required, "An answer is required"), error);
    }

    [Fact]
    public void Required_UsesTheInstrumentsMessageInTheLanguageAsked()
    {
        var form = Form(["text", "name", "", "", "", "", "", "yes", "Le nom est obligatoire"]);
        Assert.Equal("Le nom est obligatoire", Only(Check(form, AnswerSet.Empty, "French")).Message);
    }

    [Fact]
    public void Required_IsNotEnforcedWhenIrrelevant()
    {
        var form = Form(["select_one yes_no", "works"], ["decimal", "income", "${works} = 'yes'", "", "", "", "", "yes"]);
        Assert.True(Check(form, ("works", "no")).IsValid);
        Assert.Equal(Codes.Required, Only(Check(form, ("works", "yes"))).Code);
    }

    [Fact]
    public void Required_MayDependOnOtherAnswers()
    {
        var form = Form(["select_one yes_no", "has_phone"], ["text", "phone", "", "", "", "", "", "${has_phone} = 'yes'"]);
        Assert.True(Check(form, ("has_phone", "no")).IsValid);
        Assert.Equal(("phone", Codes.Required), (Only(Check(form, ("has_phone", "yes"))).Field, Only(Check(form, ("has_phone", "yes"))).Code));
    }

    [Fact]
    public void NotRequired_EmptyAnswer_IsAccepted() => Assert.True(Check(Form(["integer", "age", "", ". > 0"])).IsValid);

    // ---- relevance ----

    [Fact]
    public void Irrelevant_AnswerIsIgnored_EvenWhenInvalid_AndLeftOutOfTheValues()
    {
        var form = Form(["select_one yes_no", "works"], ["integer", "hours", "${works} = 'yes'", ". <= 80"]);
        var check = Check(form, ("works", "no"), ("hours", "not a number"));
        Assert.True(check.IsValid);
        Assert.Equal(A(("works", "no")), check.Values.Values);
    }

    [Fact]
    public void Irrelevant_GroupMakesEverythingInsideIrrelevant()
    {
        var form = Form(["select_one yes_no", "works"],
            ["begin_group", "work", "${works} = 'yes'"],
            ["decimal", "income", "", "", "", "", "", "yes"],
            ["begin_group", "detail"],
            ["integer", "hours", "", ". <= 80", "", "", "", "yes"],
            ["end_group"],
            ["end_group"]);
        Assert.True(Check(form, ("works", "no"), ("hours", "200")).IsValid);
        Assert.Equal(["income", "hours"], Check(form, ("works", "yes")).Errors.Select(e => e.Field));
        Assert.Equal(Codes.Constraint, Only(Check(form, ("works", "yes"), ("income", "50"), ("hours", "200"))).Code);
    }

    [Fact]
    public void Irrelevant_ValueReadsAsEmptyInOtherExpressions()
    {
        var form = Form(["select_one yes_no", "works"],
            ["decimal", "income", "${works} = 'yes'"],
            ["calculate", "has_income", "", "", "", "", "${income} != ''"]);
        var check = Check(form, ("works", "no"), ("income", "120"));
        Assert.Equal("false", check.Values.Values["has_income"]);
    }

    // ---- constraints ----

    [Fact]
    public void Constraint_Failing_GivesItsMessageInTheLanguageAsked_FallingBackToTheUnnamedColumn()
    {
        var form = Form(["integer", "age", "", ". >= 0 and . <= 120", "Age must be 0 to 120", "L'âge doit être entre 0 et 120"]);
        Assert.Equal(new FieldError("age", null, Codes.Constraint, "L'âge doit être entre 0 et 120"), Only(CheckAge(form, "150", "French")));
        Assert.Equal("Age must be 0 to 120", Only(CheckAge(form, "150", "Arabic")).Message);
        Assert.True(CheckAge(form, "120", null).IsValid);

        static SubmissionCheck CheckAge(Instrument i, string age, string? language) =>
            SubmissionChecker.Check(i, new AnswerSet(A(("age", age))), Today, language);
    }

    [Fact]
    public void Constraint_WithoutMessage_GivesADefault() =>
        Assert.Equal("The answer is not allowed", Only(Check(Form(["integer", "n", "", ". > 0"]), ("n", "0"))).Message);

    [Fact]
    public void Constraint_IsNotCheckedOnAnEmptyAnswer_NorOnAnAnswerOfTheWrongType()
    {
        var form = Form(["integer", "n", "", ". > 10"]);
        Assert.True(Check(form, ("n", "")).IsValid);
        Assert.Equal(Codes.InvalidInteger, Only(Check(form, ("n", "x"))).Code);
    }

    [Fact]
    public void Constraint_MayReadOtherAnswersAndToday()
    {
        var form = Form(["date", "left_on"], ["date", "returned_on", "", ". >= ${left_on} and . <= today()", "After leaving, not in the future"]);
        Assert.True(Check(form, ("left_on", "2022-05-01"), ("returned_on", "2024-03-15")).IsValid);
        Assert.Equal(Codes.Constraint, Only(Check(form, ("left_on", "2022-05-01"), ("returned_on", "2021-01-01"))).Code);
        Assert.Equal(Codes.Constraint, Only(Check(form, ("left_on", "2022-05-01"), ("returned_on", "2024-03-16"))).Code);
    }

    [Fact]
    public void Constraint_IsNotCheckedWhenIrrelevant()
    {
        var form = Form(["select_one yes_no", "ask"], ["integer", "n", "${ask} = 'yes'", ". > 10"]);
        Assert.True(Check(form, ("ask", "no"), ("n", "1")).IsValid);
        Assert.False(Check(form, ("ask", "yes"), ("n", "1")).IsValid);
    }

    [Fact]
    public void TimeProviderOverload_ReadsTodayFromTheClock()
    {
        var form = Form(["date", "d", "", ". <= today()"]);
        var clock = new FixedClock(new DateTimeOffset(2024, 3, 15, 12, 0, 0, TimeSpan.Zero));
        Assert.True(SubmissionChecker.Check(form, new AnswerSet(A(("d", "2024-03-15"))), clock).IsValid);
        Assert.False(SubmissionChecker.Check(form, new AnswerSet(A(("d", "2024-03-16"))), clock).IsValid);
    }

    // ---- choice filters ----

    [Fact]
    public void ChoiceFilter_RefusesAChoiceItDoesNotOffer()
    {
        var form = Form(["select_one region", "region"], ["select_one district", "district", "", "", "", "", "", "", "", "region = ${region}"]);
        Assert.True(Check(form, ("region", "dakar"), ("district", "pikine")).IsValid);
        Assert.Equal(new FieldError("district", null, Codes.FilteredChoice, "'mbour' is not offered with the answers given"),
            Only(Check(form, ("region", "dakar"), ("district", "mbour"))));
    }

    // ---- calculates ----

    [Fact]
    public void Calculates_RunInDependencyOrder_WhateverTheirOrderInTheSheet()
    {
        // total_monthly is computed from yearly, which comes after it; household_share from both.
        var form = Form(
            ["calculate", "household_share", "", "", "", "", "round(${monthly} div ${size}, 2)"],
            ["calculate", "monthly", "", "", "", "", "${yearly} div 12"],
            ["calculate", "yearly", "", "", "", "", "${income} * 12 + ${bonus}"],
            ["decimal", "income"], ["decimal", "bonus"], ["integer", "size"]);
        var check = Check(form, ("income", "100"), ("bonus", "60"), ("size", "3"));
        // yearly = 100 × 12 + 60 = 1260; monthly = 1260 / 12 = 105; household_share = round(105 / 3, 2) = 35
        Assert.Equal(("1260", "105", "35"), (check.Values.Values["yearly"], check.Values.Values["monthly"], check.Values.Values["household_share"]));
        Assert.True(check.IsValid);
    }

    [Fact]
    public void Calculates_FeedRelevanceAndConstraints()
    {
        var form = Form(
            ["integer", "age"],
            ["calculate", "is_minor", "", "", "", "", "${age} < 18"],
            ["text", "guardian", "${is_minor} = 'true'", "", "", "", "", "yes"]);
        Assert.True(Check(form, ("age", "30")).IsValid);
        Assert.Equal(("guardian", Codes.Required), (Only(Check(form, ("age", "12"))).Field, Only(Check(form, ("age", "12"))).Code));
    }

    [Fact]
    public void Calculates_GivenValueIsIgnoredAndRecomputed()
    {
        var form = Form(["integer", "n"], ["calculate", "double", "", "", "", "", "${n} * 2"]);
        var check = Check(form, ("n", "4"), ("double", "999"));
        Assert.True(check.IsValid);
        Assert.Equal("8", check.Values.Values["double"]);
    }

    [Fact]
    public void Calculates_NaNIsStoredAsNoValue_AndAnIrrelevantCalculateIsEmpty()
    {
        var form = Form(["decimal", "n"], ["calculate", "half", "", "", "", "", "${n} div 2"], ["calculate", "never", "false()", "", "", "", "1"]);
        var check = Check(form);
        Assert.False(check.Values.Values.ContainsKey("half"));
        Assert.False(check.Values.Values.ContainsKey("never"));
    }

    // ---- repeats ----

    private static Instrument Household() => Form(
        ["integer", "head_age", "", "", "", "", "", "yes"],
        ["begin_repeat", "member"],
        ["text", "member_name", "", "", "", "", "", "yes"],
        ["integer", "member_age", "", ". < ${head_age} + 50", "Too old"],
        ["select_one yes_no", "member_works", "${member_age} >= 15", "", "", "", "", "yes"],
        ["calculate", "earner", "", "", "", "", "if(${member_works} = 'yes', 1, 0)"],
        ["end_repeat"],
        ["calculate", "household_size", "", "", "", "", "count(${member}) + 1"],
        ["calculate", "earners", "", "", "", "", "sum(${earner})"],
        ["calculate", "oldest_member", "", "", "", "", "if(${member_age} > 60, 'over 60', 'none over 60')"]);

    [Fact]
    public void Repeat_CountSumAndSiblingReferences()
    {
        var answers = Answers(A(("head_age", "45")), ("member", [
            A(("member_name", "Awa"), ("member_age", "40"), ("member_works", "yes")),
            A(("member_name", "Moussa"), ("member_age", "12")),
            A(("member_name", "Fatou"), ("member_age", "70"), ("member_works", "no")),
        ]));
        var check = Check(Household(), answers);
        Assert.True(check.IsValid, string.Join("; ", check.Errors));
        // household_size = 3 members + the head = 4; earners = 1 + 0 + 0 (Moussa's earner is 0: member_works is irrelevant, so '')
        Assert.Equal("4", check.Values.Values["household_size"]);
        Assert.Equal("1", check.Values.Values["earners"]);
        Assert.Equal("over 60", check.Values.Values["oldest_member"]);
        Assert.Equal(["1", "0", "0"], check.Values.Repeats["member"].Select(m => m["earner"]));
        Assert.False(check.Values.Repeats["member"][1].ContainsKey("member_works"));
    }

    [Fact]
    public void Repeat_ErrorsNameTheInstance()
    {
        var answers = Answers(A(("head_age", "30")), ("member", [
            A(("member_name", "Awa"), ("member_age", "20"), ("member_works", "yes")),
            A(("member_age", "90"), ("member_works", "maybe")),
            A(("member_name", "Ibrahima"), ("member_age", "16")),
        ]));
        var check = Check(Household(), answers);
        Assert.Equal(
            [new FieldError("member_name", 1, Codes.Required, "An answer is required"),
             new FieldError("member_age", 1, Codes.Constraint, "Too old"),
             new FieldError("member_works", 1, Codes.InvalidChoice, "'maybe' is not a choice of this question"),
             new FieldError("member_works", 2, Codes.Required, "An answer is required")],
            check.Errors.OrderBy(e => e.RepeatIndex).ThenBy(e => e.Field == "member_works"));
        Assert.Equal([1, 2], check.ErrorsFor("member_works").Select(e => e.RepeatIndex));
    }

    [Fact]
    public void Repeat_WithNoInstances_CountsZero()
    {
        var check = Check(Household(), ("head_age", "30"));
        Assert.True(check.IsValid);
        Assert.Equal("1", check.Values.Values["household_size"]);
        Assert.Equal("0", check.Values.Values["earners"]);
        Assert.Empty(check.Values.Repeats["member"]);
    }

    [Fact]
    public void Repeat_Irrelevant_IgnoresItsInstances()
    {
        var form = Form(
            ["select_one yes_no", "has_children"],
            ["begin_repeat", "child", "${has_children} = 'yes'"],
            ["integer", "child_age", "", ". < 18", "", "", "", "yes"],
            ["end_repeat"],
            ["calculate", "children", "", "", "", "", "count(${child})"]);
        var answers = Answers(A(("has_children", "no")), ("child", [A(("child_age", "40")), A()]));
        var check = Check(form, answers);
        Assert.True(check.IsValid);
        Assert.Equal("0", check.Values.Values["children"]);
        Assert.False(check.Values.Repeats.ContainsKey("child"));
    }

    // ---- answers the instrument does not know ----

    [Fact]
    public void UnknownFields_AreReported()
    {
        var form = Form(["note", "welcome"], ["begin_repeat", "member"], ["text", "member_name"], ["end_repeat"], ["text", "city"]);
        var answers = Answers(A(("city", "Thiès"), ("ghost", "x"), ("welcome", "hi"), ("member_name", "Awa")),
            ("member", [A(("member_name", "Awa"), ("city", "Dakar"))]),
            ("pets", [A(("pet_name", "Rex"))]));
        var errors = Check(form, answers).Errors;
        Assert.Equal([("ghost", (int?)null), ("welcome", null), ("member_name", null), ("city", 0), ("pets", null)],
            errors.Select(e => (e.Field, e.RepeatIndex)));
        Assert.All(errors, e => Assert.Equal(Codes.UnknownField, e.Code));
        Assert.Contains("belongs to the repeat 'member'", errors[2].Message);
    }

    // ---- never throws on user data ----

    [Fact]
    public void ExpressionFailingOnTheAnswers_IsAnError_NotAnException()
    {
        // The pattern is itself an answer: '(' is not a valid regular expression.
        var form = Form(["text", "pattern"], ["text", "code", "", "regex(., ${pattern})"], ["calculate", "matches", "", "", "", "", "regex('abc', ${pattern})"]);
        var check = Check(form, ("pattern", "("), ("code", "abc"));
        Assert.Equal([("code", Codes.ExpressionFailed), ("matches", Codes.ExpressionFailed)], check.Errors.Select(e => (e.Field, e.Code)));
        Assert.Contains("Invalid regular expression", check.Errors[0].Message);
    }

    [Fact]
    public void RelevantFailingOnTheAnswers_CountsAsRelevant_SoARequiredAnswerStaysRequired()
    {
        var form = Form(["text", "pattern"], ["text", "detail", "regex('abc', ${pattern})", "", "", "", "", "yes"]);
        var check = Check(form, ("pattern", "["));
        Assert.Equal([Codes.Required, Codes.ExpressionFailed], check.ErrorsFor("detail").Select(e => e.Code));
    }

    [Fact]
    public void GarbageAnswers_GiveErrors_NeverExceptions()
    {
        var form = Household();
        var answers = Answers(A(("head_age", "\u0000"), ("", ""), ("member_age", "-")),
            ("member", [A(("member_age", "1e400"), ("member_works", "yes yes"), ("earner", "∞")), A(("", null))]));
        var check = Check(form, answers);
        Assert.False(check.IsValid);
        Assert.Contains(check.Errors, e => e.Field == "head_age" && e.Code == Codes.InvalidInteger);
    }

    [Fact]
    public void ErrorsByField_GroupsTheErrors()
    {
        var form = Form(["integer", "a", "", "", "", "", "", "yes"], ["integer", "b", "", ". > 1"]);
        var check = Check(form, ("b", "0"));
        Assert.Equal(["a", "b"], check.ErrorsByField.Keys.Order());
        Assert.Empty(check.ErrorsFor("nothing"));
    }
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
