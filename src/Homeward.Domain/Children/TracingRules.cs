namespace Homeward.Domain.Children;

/// <summary>Registration of a separated child and the family tracing that follows, up to reunification.</summary>
public static class TracingRules
{
    public static void CheckRegistration(SeparatedChild r, DateOnly today)
    {
        if (!Enum.IsDefined(r.Status)) throw new DomainRuleException("separation-status", "Say whether the child is unaccompanied or separated.", "status");
        ChildRules.Require(r.GuardianName, 200, "guardian-name", "Name the responsible adult or the appointed guardian.", "guardianName");
        ChildRules.Require(r.GuardianRelationship, 200, "guardian-relationship", "Give the guardian's relationship to the child or their role.", "guardianRelationship");
        ChildRules.Limit(r.GuardianContact, 200, "guardianContact");
        if (r.GuardianAppointedOn is { } on) ChildRules.CheckDay(on, today, "guardianAppointedOn");
    }

    public static void CheckOpen(bool registeredAsSeparated, FamilyTracing t)
    {
        if (!registeredAsSeparated)
            throw new DomainRuleException("not-separated", "Register the child as unaccompanied or separated before tracing their family.", "personId", isConflict: true);
        ChildRules.Require(t.SoughtGivenName, 100, "sought-name", "Give the family member's first name.", "soughtGivenName");
        ChildRules.Require(t.SoughtFamilyName, 100, "sought-name", "Give the family member's family name.", "soughtFamilyName");
        ChildRules.Require(t.SoughtRelationship, 100, "sought-relationship", "Give the family member's relationship to the child.", "soughtRelationship");
        ChildRules.Limit(t.KnownPlaces, 1000, "knownPlaces");
        ChildRules.Limit(t.LastContact, 1000, "lastContact");
    }

    public static void CheckAction(TracingAction a, DateOnly today)
    {
        ChildRules.CheckDay(a.TakenOn, today, "takenOn");
        ChildRules.Require(a.Action, 1000, "tracing-action", "Describe the action taken.", "action");
        ChildRules.Limit(a.Outcome, 1000, "outcome");
    }

    public static TracingStatus StatusOf(FamilyTracing t) => t switch
    {
        { ReunifiedOn: not null } => TracingStatus.Reunified,
        { RelationshipVerified: false } => TracingStatus.RelationshipNotVerified,
        { RelationshipVerified: true, ReunificationAppropriate: false } => TracingStatus.ReunificationNotAppropriate,
        { RelationshipVerified: true } => TracingStatus.RelationshipVerified,
        _ => TracingStatus.Open,
    };

    /// <summary>Picks one of the candidates found in Homeward's records as the family member sought; only before reunification.</summary>
    public static void PickMatch(FamilyTracing t, Guid? personId, string? name, double? score)
    {
        if (t.ReunifiedOn is not null)
            throw new DomainRuleException("already-reunified", "The reunification is already recorded.", "tracing", isConflict: true);
        if (personId is null) throw new DomainRuleException("match-missing", "Choose the person who may be the family member sought.", "personId");
        if (name is null || score is null)
            throw new DomainRuleException("match-not-candidate", "This person is not among the candidates found for this tracing request.", "personId");
        t.MatchedPersonId = personId;
        t.MatchedName = name;
        t.MatchScore = score;
    }

    /// <summary>Whether the relationship is verified, and whether reunification is appropriate for the child (not yet decided: null).</summary>
    public static void Verify(FamilyTracing t, bool? verified, string? verificationNote, bool? appropriate, string? assessmentNote)
    {
        if (t.ReunifiedOn is not null)
            throw new DomainRuleException("already-reunified", "The reunification is already recorded.", "tracing", isConflict: true);
        if (verified is null) throw new DomainRuleException("verification-missing", "Say whether the relationship is verified.", "relationshipVerified");
        ChildRules.Limit(verificationNote, 1000, "verificationNote");
        ChildRules.Limit(assessmentNote, 1000, "assessmentNote");
        t.RelationshipVerified = verified;
        t.VerificationNote = verificationNote?.Trim();
        t.ReunificationAppropriate = appropriate;
        t.AssessmentNote = assessmentNote?.Trim();
    }

    /// <summary>A reunification is recorded only once the relationship is verified and reunification was assessed as appropriate.</summary>
    public static void Reunify(FamilyTracing t, DateOnly? on, string? place, string? present, string? travel, string? reception, DateOnly today)
    {
        if (t.ReunifiedOn is not null)
            throw new DomainRuleException("already-reunified", "The reunification is already recorded.", "tracing", isConflict: true);
        if (t.RelationshipVerified != true)
            throw new DomainRuleException("relationship-not-verified", "Verify the relationship before reunification.", "relationshipVerified", isConflict: true);
        if (t.ReunificationAppropriate != true)
            throw new DomainRuleException("reunification-not-appropriate", "Reunification was not assessed as appropriate for the child.", "reunificationAppropriate", isConflict: true);
        ChildRules.CheckDay(on ?? default, today, "reunifiedOn");
        ChildRules.Require(place, 200, "reunification-place", "Give the place of reunification.", "place");
        ChildRules.Require(present, 500, "reunification-present", "Say who was present.", "presentAtReunification");
        ChildRules.Limit(travel, 1000, "travelSupervision");
        ChildRules.Limit(reception, 1000, "receptionOnArrival");
        t.ReunifiedOn = on;
        t.ReunificationPlace = place!.Trim();
        t.PresentAtReunification = present!.Trim();
        t.TravelSupervision = travel?.Trim();
        t.ReceptionOnArrival = reception?.Trim();
    }
}
