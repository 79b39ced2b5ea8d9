using Homeward.Domain.Children;

namespace Homeward.Web.Features.Children;

public sealed record SeparationView(SeparationStatus Status, string GuardianName, string GuardianRelationship, string? GuardianContact, DateOnly? GuardianAppointedOn, string RecordedBy)
{
    public static SeparationView From(SeparatedChild r) => new(r.Status, r.GuardianName, r.GuardianRelationship, r.GuardianContact, r.GuardianAppointedOn, r.RecordedBy);
}

/// <summary>
/// A tracing request with its actions, the candidate picked, verification, reunification assessment and the reunification itself.
/// Without the child-protection permission only the id, the dates and the status are given: the content (who is sought, where, what was found) is null.
/// </summary>
public sealed record TracingView(Guid Id, TracingStatus Status, DateOnly OpenedOn, string? SoughtGivenName, string? SoughtFamilyName, int? SoughtBirthYear,
    string? SoughtRelationship, string? KnownPlaces, string? LastContact, Guid? MatchedPersonId, string? MatchedName, double? MatchScore,
    bool? RelationshipVerified, string? VerificationNote, bool? ReunificationAppropriate, string? AssessmentNote,
    DateOnly? ReunifiedOn, string? ReunificationPlace, string? PresentAtReunification, string? TravelSupervision, string? ReceptionOnArrival,
    IReadOnlyList<TracingView.Step> Actions)
{
    public sealed record Step(DateOnly TakenOn, string Action, string? Outcome, string By);

    public static TracingView From(FamilyTracing t, bool sensitive) => sensitive
        ? new(t.Id, TracingRules.StatusOf(t), t.OpenedOn, t.SoughtGivenName, t.SoughtFamilyName, t.SoughtBirthYear, t.SoughtRelationship, t.KnownPlaces,
            t.LastContact, t.MatchedPersonId, t.MatchedName, t.MatchScore, t.RelationshipVerified, t.VerificationNote, t.ReunificationAppropriate, t.AssessmentNote,
            t.ReunifiedOn, t.ReunificationPlace, t.PresentAtReunification, t.TravelSupervision, t.ReceptionOnArrival,
            t.Actions.OrderBy(a => a.TakenOn).Select(a => new Step(a.TakenOn, a.Action, a.Outcome, a.By)).ToList())
        : new(t.Id, TracingRules.StatusOf(t), t.OpenedOn, null, null, null, null, null, null, null, null, null, null, null, null, null,
            t.ReunifiedOn, null, null, null, null, []);
}

public sealed record SeparationInput(SeparationStatus? Status, string? GuardianName, string? GuardianRelationship, string? GuardianContact, DateOnly? GuardianAppointedOn);
public sealed record TracingInput(string? SoughtGivenName, string? SoughtFamilyName, int? SoughtBirthYear, string? SoughtRelationship, string? KnownPlaces, string? LastContact);
public sealed record TracingActionInput(DateOnly? TakenOn, string? Action, string? Outcome);
public sealed record MatchInput(Guid? PersonId);
public sealed record VerificationInput(bool? RelationshipVerified, string? VerificationNote, bool? ReunificationAppropriate, string? AssessmentNote);
public sealed record ReunificationInput(DateOnly? ReunifiedOn, string? Place, string? PresentAtReunification, string? TravelSupervision, string? ReceptionOnArrival);
