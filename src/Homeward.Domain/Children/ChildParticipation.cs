namespace Homeward.Domain.Children;

/// <summary>
/// A time the child was (or could not be) heard: in which step of the case, how, in which language, with which adult
/// present, and what the child said they want. The child's words are sensitive.
/// </summary>
public class ChildParticipation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public DateOnly HeardOn { get; set; }
    public ParticipationStep Step { get; set; }
    public bool Heard { get; set; }
    public ParticipationMethod? Method { get; set; }
    public string? Language { get; set; }
    /// <summary>The adult present, with their relationship to the child ("mother", "social worker"), or null when none was.</summary>
    public string? AdultPresent { get; set; }
    /// <summary>What the child said they want, in their words as far as possible.</summary>
    public string? ChildViews { get; set; }
    /// <summary>Why the child was not heard (too young, unwell, refused…).</summary>
    public string? NotHeardReason { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>The step of the case-management cycle in which the child took part.</summary>
public enum ParticipationStep
{
    Assessment,
    Planning,
    Implementation,
    FollowUp,
    Closure,
    BestInterestsAssessment,
    BestInterestsDetermination,
}

/// <summary>How the child was heard.</summary>
public enum ParticipationMethod
{
    IndividualConversation,
    ConversationWithFamily,
    PlayOrDrawing,
    ThroughInterpreter,
    Other,
}
