namespace Homeward.Domain.Results;

public enum EvaluationType
{
    MidTerm,
    Final,
    ExPost,
    RealTime,
    Thematic,
    Other,
}

/// <summary>The OECD-DAC criteria an evaluation covers.</summary>
[Flags]
public enum EvaluationCriteria
{
    None = 0,
    Relevance = 1,
    Coherence = 2,
    Effectiveness = 4,
    Efficiency = 8,
    Impact = 16,
    Sustainability = 32,
}

public enum ManagementResponse
{
    Pending,
    Accepted,
    PartiallyAccepted,
    Rejected,
}

public enum FollowUpProgress
{
    NotStarted,
    InProgress,
    Done,
}

/// <summary>An evaluation of the programme: what kind, which criteria, by whom, when, what it found and recommended.</summary>
public class Evaluation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public EvaluationType Type { get; set; }
    public EvaluationCriteria Criteria { get; set; }
    public required string Evaluator { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? Findings { get; set; }
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
    public required string RecordedBy { get; set; }
    public List<EvaluationRecommendation> Recommendations { get; set; } = [];
}

/// <summary>A recommendation of an evaluation, management's response to it, and the follow-up of that response.</summary>
public class EvaluationRecommendation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EvaluationId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public ManagementResponse Response { get; set; } = ManagementResponse.Pending;
    public string? ResponseNote { get; set; }
    public string? FollowUpAction { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? DueOn { get; set; }
    public FollowUpProgress Progress { get; set; } = FollowUpProgress.NotStarted;
}

/// <summary>The rules of an evaluation record.</summary>
public static class EvaluationRules
{
    public static void Check(Evaluation evaluation)
    {
        if (string.IsNullOrWhiteSpace(evaluation.Title))
            throw new DomainRuleException("evaluation-title", "Give the evaluation a title.", "title");
        if (string.IsNullOrWhiteSpace(evaluation.Evaluator))
            throw new DomainRuleException("evaluation-evaluator", "Say who evaluated.", "evaluator");
        if (evaluation.Criteria == EvaluationCriteria.None)
            throw new DomainRuleException("evaluation-criteria", "Name at least one criterion the evaluation covers.", "criteria");
        if (evaluation.EndedOn is { } end && end < evaluation.StartedOn)
            throw new DomainRuleException("evaluation-dates", "The evaluation cannot end before it started.", "endedOn");
    }

    /// <summary>Management responds to a recommendation; a follow-up is only for what was accepted, wholly or partly.</summary>
    public static void Respond(EvaluationRecommendation recommendation, ManagementResponse response, string? note, string? action, string? responsible, DateOnly? dueOn, FollowUpProgress progress)
    {
        if (response == ManagementResponse.Pending)
            throw new DomainRuleException("response-pending", "Give management's response: accepted, partially accepted or rejected.", "response");
        if (response == ManagementResponse.Rejected && string.IsNullOrWhiteSpace(note))
            throw new DomainRuleException("rejection-reason", "Say why management rejects the recommendation.", "note");
        if (response != ManagementResponse.Rejected && string.IsNullOrWhiteSpace(action))
            throw new DomainRuleException("follow-up-action", "Say what will be done about an accepted recommendation.", "followUpAction");
        recommendation.Response = response;
        recommendation.ResponseNote = note?.Trim();
        recommendation.FollowUpAction = response == ManagementResponse.Rejected ? null : action!.Trim();
        recommendation.Responsible = responsible?.Trim();
        recommendation.DueOn = dueOn;
        recommendation.Progress = response == ManagementResponse.Rejected ? FollowUpProgress.NotStarted : progress;
    }
}
