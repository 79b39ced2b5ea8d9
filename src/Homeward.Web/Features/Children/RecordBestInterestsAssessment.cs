using System.Text.Json;
using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.Instruments.Submissions;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Instruments;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>What recording a best-interests assessment gave: the saved assessment, or the instrument's check that refused the answers.</summary>
public sealed record BestInterestsResult(BestInterestsView? Saved, SubmissionCheck? Refused);

/// <summary>
/// Records a Best Interests Assessment of a child: the shipped short or comprehensive instrument answered, the child's
/// participation, the assessor and date. It records the assessment on the case (kind BestInterests, for this child)
/// and refuses to record a forced return as being in the child's best interests. Repeatable until the case is closed.
/// The caller checks the sensitive data permission.
/// </summary>
[ScopedService]
public sealed class RecordBestInterestsAssessment(HomewardDbContext db, ChildLookup lookup, InstrumentCatalog catalog, CaseTimeline timeline, CurrentUser user)
{
    public const string ShortFormId = "homeward_bia_short";
    public const string ComprehensiveFormId = "homeward_bia_comprehensive";

    public static string FormIdOf(BestInterestsForm form) => form == BestInterestsForm.Short ? ShortFormId : ComprehensiveFormId;

    /// <summary>Null when the case is out of sight or the person is not in its household.</summary>
    public async Task<BestInterestsResult?> RunAsync(Guid caseId, Guid personId, BestInterestsForm? form, DateOnly? conductedOn, AnswerSet answers,
        ParticipationInput? participationInput, string? language, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        var c = found.Case;
        BestInterestsRules.CheckOpen(c.Stage);
        var chosen = form ?? throw new DomainRuleException("bia-form", "Choose the short or the comprehensive form.", "form");
        var on = conductedOn ?? throw new DomainRuleException("date-missing", "Enter the date of the assessment.", "conductedOn");
        if (on > ChildLookup.Today) throw new DomainRuleException("date-future", "The date cannot be in the future.", "conductedOn");
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, on), found.Person.FullName);
        var participation = ChildRecords.Participation(caseId, personId,
            participationInput ?? throw new DomainRuleException("participation-heard", "Say whether the child was heard.", "participation.heard"),
            on, ParticipationStep.BestInterestsAssessment, user.Name, "participation.");

        var loaded = await InstrumentAsync(chosen, ct);
        var check = SubmissionChecker.Check(loaded.Instrument, answers, on, language);
        if (!check.IsValid) return new BestInterestsResult(null, check);
        var summary = InstrumentConventions.FindingsOf(loaded.Instrument, check.Values);
        var finding = BestInterestsRules.ReturnFindingFrom(check.Values.Values.GetValueOrDefault(BestInterestsRules.ReturnQuestion), c.ReturnType);

        var record = new AssessmentRecord
        {
            CaseId = c.Id, PersonId = personId, Kind = AssessmentKind.BestInterests, ConductedOn = on, ConductedBy = user.Name,
            Findings = summary is { Length: > 4000 } ? summary[..3999] + "…" : summary,
        };
        var submission = new InstrumentSubmission
        {
            CaseId = c.Id, PersonId = personId, InstrumentId = loaded.Summary.Id, AssessmentRecordId = record.Id, AnsweredOn = on,
            AssessorId = user.Id, AssessorName = user.Name, AnswersJson = StoredAnswers.ToJson(check.Values),
        };
        var assessment = new BestInterestsAssessment
        {
            CaseId = c.Id, PersonId = personId, Form = chosen, ConductedOn = on, AssessorId = user.Id, AssessorName = user.Name,
            SubmissionId = submission.Id, AssessmentRecordId = record.Id, ParticipationId = participation.Id, ReturnFinding = finding,
        };
        db.Assessments.Add(record);
        db.InstrumentSubmissions.Add(submission);
        db.ChildParticipations.Add(participation);
        db.BestInterestsAssessments.Add(assessment);
        c.AssessmentCount++;
        timeline.Add(c.Id, CaseEventKind.BestInterests, $"Best interests assessment ({chosen} form) of {found.Person.FullName} recorded.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleEditException("case");
        }
        return new BestInterestsResult(new BestInterestsView(assessment.Id, chosen, on, user.Name, submission.Id, finding, record.Findings,
            ParticipationView.From(participation, sensitive: true), check.Values.Values), null);
    }

    /// <summary>The latest version of the shipped form.</summary>
    public async Task<LoadedInstrument> InstrumentAsync(BestInterestsForm form, CancellationToken ct = default) =>
        await catalog.FindAsync(FormIdOf(form), null, ct)
        ?? throw new InvalidOperationException($"The shipped instrument {FormIdOf(form)} is not loaded.");

    /// <summary>Answers sent as JSON: text, numbers, booleans, or an array of choice names; anything else is named in the errors.</summary>
    public static AnswerSet AnswersFrom(Dictionary<string, JsonElement>? answers, Infrastructure.Api.FieldErrors errors) =>
        new((answers ?? []).ToDictionary(a => a.Key, a => Text(a.Key, a.Value, errors), StringComparer.Ordinal));

    private static string? Text(string field, JsonElement value, Infrastructure.Api.FieldErrors errors)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False: return value.GetRawText();
            case JsonValueKind.Null or JsonValueKind.Undefined: return null;
            case JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return string.Join(' ', value.EnumerateArray().Select(e => e.GetString()));
            default:
                errors.Add(field, "Give the answer as text, a number, or an array of choice names.");
                return null;
        }
    }
}
