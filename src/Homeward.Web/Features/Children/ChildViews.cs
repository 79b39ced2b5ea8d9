using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.People;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Children;

/// <summary>
/// A child of the household: age from the date of birth or its estimate, the day they become an adult, and where their
/// best-interests assessment stands. <paramref name="IsChild"/> is false once they are 18.
/// </summary>
public sealed record ChildSummary(Guid PersonId, string Name, Sex Sex, DateOnly? DateOfBirth, bool DateOfBirthEstimated, int? Age,
    DateOnly? AdultOn, bool IsChild, int BestInterestsAssessments, DateOnly? LastAssessedOn, bool AssessmentWaived, SeparationStatus? Separation);

/// <summary>
/// The child's own view inside the family case. Child-protection content (assessment findings, the child's words, follow-up
/// findings, the best-interests finding) is null, with <paramref name="ContentRestricted"/> set, for readers without the
/// sensitive data permission.
/// </summary>
public sealed record ChildView(Guid CaseId, string CaseReference, CaseStage Stage, bool ForcedReturn, ChildSummary Child, bool ContentRestricted,
    IReadOnlyList<ChildView.Assessment> Assessments, IReadOnlyList<BestInterestsView> BestInterestsAssessments, ChildView.Waiver? AssessmentWaiver,
    IReadOnlyList<ChildView.Activity> Activities, IReadOnlyList<ChildView.Finding> FollowUpFindings, IReadOnlyList<ParticipationView> Participation)
{
    public sealed record Assessment(Guid Id, AssessmentKind Kind, DateOnly ConductedOn, string ConductedBy, string? Findings);
    public sealed record Waiver(string Reason, string RecordedBy, DateTime RecordedAt);
    public sealed record Activity(Guid Id, ChildActivityArea Area, string Description, string? ResponsibleParty, DateOnly? DueOn, ActivityStatus Status);
    public sealed record Finding(Guid Id, DateOnly SeenOn, bool? InSchool, string? Findings, string RecordedBy);
}

/// <summary>A time the child was heard; their words are null for readers without the sensitive data permission.</summary>
public sealed record ParticipationView(Guid Id, DateOnly HeardOn, ParticipationStep Step, bool Heard, ParticipationMethod? Method, string? Language,
    string? AdultPresent, string? ChildViews, string? NotHeardReason, string RecordedBy)
{
    public static ParticipationView From(ChildParticipation p, bool sensitive) => new(p.Id, p.HeardOn, p.Step, p.Heard, p.Method, p.Language,
        p.AdultPresent, sensitive ? p.ChildViews : null, p.NotHeardReason, p.RecordedBy);
}

/// <summary>
/// A best-interests assessment. The finding, summary and answers are child-protection content: null for readers without
/// the sensitive data permission; <paramref name="Answers"/> only where the full record is asked for.
/// </summary>
public sealed record BestInterestsView(Guid Id, BestInterestsForm Form, DateOnly ConductedOn, string Assessor, Guid SubmissionId,
    ReturnFinding? ReturnFinding, string? Summary, ParticipationView? Participation, IReadOnlyDictionary<string, string?>? Answers);
