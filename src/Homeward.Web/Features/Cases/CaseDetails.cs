using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.People;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.Cases;

/// <summary>Everything the case page and `GET /api/v1/cases/{id}` show about one case.</summary>
public sealed record CaseDetails(
    Guid Id,
    string Reference,
    CaseStage Stage,
    int Version,
    IReadOnlyList<CaseStage> NextStages,
    string OfficeName,
    Guid OfficeId,
    Guid? CaseManagerId,
    string? CaseManagerName,
    CaseDetails.ReturnDetails Return,
    IReadOnlyList<CaseDetails.Member> Household,
    IReadOnlyList<CaseDetails.Consent> Consents,
    CaseDetails.Flags Flag,
    CaseDetails.Closure? Closed,
    CaseDetails.Closure? PendingClosure,
    CaseDetails.PlanSummary? Plan,
    IReadOnlyList<CaseDetails.Assessment> Assessments,
    IReadOnlyList<CaseDetails.Counselling> CounsellingSessions,
    IReadOnlyList<CaseDetails.Assignment> Assignments,
    IReadOnlyList<CaseDetails.TimelineEntry> Timeline)
{
    public Member Principal => Household.First(m => m.Relationship == HouseholdRelationship.Principal || m.IsPrincipal);

    public sealed record ReturnDetails(string HostCountry, DateOnly ReturnDate, ReturnType Type, Guid? LocationId, string? LocationPath, string? MigrationHistory);
    /// <summary>Disability is null with <paramref name="DisabilityRestricted"/> set when the reader lacks the sensitive data permission.</summary>
    public sealed record Member(Guid PersonId, string GivenName, string FamilyName, string? OtherNames, Sex Sex, DateOnly? DateOfBirth,
        bool DateOfBirthEstimated, int? Age, HouseholdRelationship Relationship, bool IsPrincipal, string? Phone, string? DocumentType, string? DocumentNumber, string? Languages,
        string? Disability, bool DisabilityRestricted)
    {
        public string FullName => $"{GivenName} {FamilyName}";
        public bool IsChild => Age is < 18;
    }
    public sealed record Consent(ConsentPurpose Purpose, bool Active, DateOnly GivenOn, string Method, string ObtainedBy, DateTime? WithdrawnAt);
    public sealed record Flags(bool Vulnerable, bool LatePlan, DateOnly PlanDueOn, DateOnly? PlanAgreedOn, DateOnly? NextFollowUpDueOn, bool OverdueFollowUp, bool ForcedReturnWithChild);
    public sealed record Closure(ClosureReason Reason, OptOutReason? OptOutReason, string? Note, DateTime? At);
    public sealed record PlanSummary(int VersionNumber, PlanStatus Status, decimal Total, string Currency, DateOnly? AgreedOn);
    /// <summary>Findings are null with <paramref name="FindingsRestricted"/> set when the reader lacks the sensitive data permission.</summary>
    public sealed record Assessment(Guid Id, AssessmentKind Kind, DateOnly ConductedOn, string ConductedBy, string? Findings, bool VulnerabilityFlagged, bool FindingsRestricted);
    /// <summary>Notes are null with <paramref name="NotesRestricted"/> set when the reader lacks the sensitive data permission.</summary>
    public sealed record Counselling(Guid Id, DateOnly HeldOn, string Attendees, string? Interpreter, string? Notes, string? GoalsAndMotivations, string RecordedBy, bool NotesRestricted);
    public sealed record Assignment(DateTime At, string? FromCaseManager, string? ToCaseManager, string FromOffice, string ToOffice, string Reason, string By);
    public sealed record TimelineEntry(DateTime At, CaseEventKind Kind, string Summary, string? Actor);
}
