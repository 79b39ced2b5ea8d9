namespace Homeward.Domain.Instruments.Submissions;

/// <summary>
/// Checks a submission against an instrument as ODK would: calculates are computed in dependency order; a row that
/// is not relevant (or sits in a container that is not) has its answer ignored and is neither required nor
/// checked; a relevant empty answer is refused only when required; a non-empty answer must have its type's form
/// (whole number, number, yyyy-mm-dd date, existing choice names that the choice_filter offers) and then satisfy
/// its constraint. Answers are trimmed. An expression that cannot run on the answers is reported as an
/// error and, for relevant and required, taken as true (the safer reading).
/// Nothing about the answers makes this throw: every fault is a <see cref="FieldError"/>.
/// </summary>
public static class SubmissionChecker
{
    /// <summary>Checks with today() read from the clock, as a date in the clock's local time zone.</summary>
    public static SubmissionCheck Check(Instrument instrument, AnswerSet answers, TimeProvider clock, string? language = null) =>
        Check(instrument, answers, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), language);

    /// <param name="today">What today() gives: the day the answers were collected.</param>
    /// <param name="language">The language of the instrument's own messages (constraint_message, required_message).</param>
    public static SubmissionCheck Check(Instrument instrument, AnswerSet answers, DateOnly today, string? language = null)
    {
        var evaluator = new SubmissionEvaluator(instrument, answers, today);
        var errors = UnknownFields(instrument, answers);
        foreach (var question in instrument.Questions)
        {
            if (question.Repeat is null) CheckRow(evaluator, question, -1, language, errors);
            else
                for (var instance = 0; instance < evaluator.InstanceCount(question.Repeat); instance++)
                    CheckRow(evaluator, question, instance, language, errors);
        }
        errors.AddRange(evaluator.Errors);
        return new SubmissionCheck(errors, TakenValues(evaluator), evaluator);
    }

    private static void CheckRow(SubmissionEvaluator evaluator, Question question, int instance, string? language, List<FieldError> errors)
    {
        if (question.TakesAnswer) CheckAnswer(evaluator, question, instance, language, errors);
        else evaluator.Value(question, instance);
    }

    private static void CheckAnswer(SubmissionEvaluator evaluator, Question question, int instance, string? language, List<FieldError> errors)
    {
        if (!evaluator.IsRelevant(question, instance)) return;
        int? index = instance < 0 ? null : instance;
        var answer = evaluator.Raw(question, instance);
        if (answer.Length == 0)
        {
            if (question.Required is { } required && (evaluator.Evaluate(required, question, instance, "required")?.AsBoolean() ?? true))
                errors.Add(new(question.Name, index, FieldErrorCodes.Required, question.RequiredMessage.In(language) ?? "An answer is required"));
            return;
        }
        if (AnswerTypes.Check(question, answer) is { } typeError)
        {
            errors.Add(new(question.Name, index, typeError.Code, typeError.Message));
            return;
        }
        if (question.ChoiceFilter is { } filter)
        {
            var refused = AnswerTypes.ChoiceNames(answer).FirstOrDefault(name =>
                evaluator.Evaluate(filter, question, instance, "choice_filter", question.Choices!.Find(name))?.AsBoolean() == false);
            if (refused is not null)
            {
                errors.Add(new(question.Name, index, FieldErrorCodes.FilteredChoice, $"'{refused}' is not offered with the answers given"));
                return;
            }
        }
        if (question.Constraint is { } constraint && evaluator.Evaluate(constraint, question, instance, "constraint")?.AsBoolean() == false)
            errors.Add(new(question.Name, index, FieldErrorCodes.Constraint, question.ConstraintMessage.In(language) ?? "The answer is not allowed"));
    }

    /// <summary>Answers that name no row, a row that takes no answer, or a row outside the repeat they were given in.</summary>
    private static List<FieldError> UnknownFields(Instrument instrument, AnswerSet answers)
    {
        var errors = new List<FieldError>();
        foreach (var name in answers.Values.Keys)
        {
            var question = instrument.Find(name);
            if (question is { Repeat: null } && (question.TakesAnswer || question.Type == QuestionType.Calculate)) continue;
            errors.Add(new(name, null, FieldErrorCodes.UnknownField, question?.Repeat is { } repeat
                ? $"'{name}' belongs to the repeat '{repeat.Name}' and must be answered in its instances"
                : $"'{name}' is not a question of this instrument"));
        }
        foreach (var (repeatName, instances) in answers.Repeats)
        {
            var repeat = instrument.Find(repeatName);
            if (repeat?.Type != QuestionType.Repeat)
            {
                errors.Add(new(repeatName, null, FieldErrorCodes.UnknownField, $"'{repeatName}' is not a repeat of this instrument"));
                continue;
            }
            for (var i = 0; i < instances.Count; i++)
            {
                foreach (var name in instances[i].Keys)
                {
                    var question = instrument.Find(name);
                    if (question?.Repeat == repeat && (question.TakesAnswer || question.Type == QuestionType.Calculate)) continue;
                    errors.Add(new(name, i, FieldErrorCodes.UnknownField, $"'{name}' is not a question of the repeat '{repeatName}'"));
                }
            }
        }
        return errors;
    }

    /// <summary>The relevant, non-empty values of answered questions and calculates; a relevant repeat keeps all its instances.</summary>
    private static AnswerSet TakenValues(SubmissionEvaluator evaluator)
    {
        var valued = evaluator.Instrument.Valued;
        var values = new Dictionary<string, string?>(valued.Count, StringComparer.Ordinal);
        foreach (var question in valued)
        {
            if (question.Repeat is not null) continue;
            var value = evaluator.Value(question, -1);
            if (value.Length > 0) values[question.Name] = value;
        }
        var repeats = new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string?>>>(StringComparer.Ordinal);
        foreach (var repeat in evaluator.Instrument.Questions.Where(q => q.Type == QuestionType.Repeat && evaluator.IsRelevant(q, -1)))
        {
            repeats[repeat.Name] = Enumerable.Range(0, evaluator.InstanceCount(repeat))
                .Select(i => (IReadOnlyDictionary<string, string?>)valued
                    .Where(q => q.Repeat == repeat && evaluator.Value(q, i).Length > 0)
                    .ToDictionary(q => q.Name, q => (string?)evaluator.Value(q, i), StringComparer.Ordinal))
                .ToList();
        }
        return new AnswerSet(values, repeats);
    }
}
