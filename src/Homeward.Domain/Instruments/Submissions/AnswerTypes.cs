using System.Globalization;
using Homeward.Domain.Instruments.Expressions;

namespace Homeward.Domain.Instruments.Submissions;

/// <summary>Whether a non-empty answer has the form its question type asks for.</summary>
internal static class AnswerTypes
{
    /// <summary>The error for an answer of the wrong form, or null when its form is right.</summary>
    public static (string Code, string Message)? Check(Question question, string answer) => question.Type switch
    {
        QuestionType.Integer when !IsInteger(answer) =>
            (FieldErrorCodes.InvalidInteger, $"'{answer}' is not a whole number"),
        QuestionType.Decimal when !XValue.IsNumeric(answer) =>
            (FieldErrorCodes.InvalidDecimal, $"'{answer}' is not a number (write decimals with '.')"),
        QuestionType.Date when !XValue.TryParseDate(answer, out _) =>
            (FieldErrorCodes.InvalidDate, $"'{answer}' is not a date in the form yyyy-mm-dd"),
        QuestionType.SelectOne or QuestionType.SelectMultiple => CheckChoices(question, answer),
        _ => null,
    };

    /// <summary>Digits with an optional minus, within the 32-bit range ODK uses for integers.</summary>
    private static bool IsInteger(string answer) =>
        XValue.IsNumeric(answer) && !answer.Contains('.')
        && int.TryParse(answer, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>A select answer's choice names, as they are separated by spaces.</summary>
    public static string[] ChoiceNames(string answer) => answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static (string, string)? CheckChoices(Question question, string answer)
    {
        var names = ChoiceNames(answer);
        if (question.Type == QuestionType.SelectOne && names.Length > 1)
            return (FieldErrorCodes.InvalidChoice, "Only one choice may be selected");
        var unknown = names.FirstOrDefault(n => question.Choices!.Find(n) is null);
        return unknown is null ? null : (FieldErrorCodes.InvalidChoice, $"'{unknown}' is not a choice of this question");
    }
}
