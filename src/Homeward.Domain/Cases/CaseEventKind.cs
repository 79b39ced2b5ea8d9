namespace Homeward.Domain.Cases;

/// <summary>What kind of thing happened on a case, for its timeline.</summary>
public enum CaseEventKind
{
    Registered,
    StageChanged,
    Assigned,
    Transferred,
    AssessmentRecorded,
    CounsellingRecorded,
    PlanSaved,
    PlanAgreed,
    BudgetLineApproved,
    AssistanceDelivered,
    FollowUpRecorded,
    FollowUpOverdue,
    ClosureRequested,
    ClosureApproved,
    Closed,
    OptedOut,
    Reopened,
    ConsentChanged,
    /// <summary>Someone outside the case's office opened it with break-glass access.</summary>
    BreakGlassAccess,
    /// <summary>The retention policy removed the identifiers of the closed case.</summary>
    Anonymised,
    /// <summary>A referral to a partner was sent, answered, advanced, withdrawn or given feedback.</summary>
    Referral,
    /// <summary>A child's participation, activity or follow-up finding was recorded.</summary>
    ChildRecorded,
    /// <summary>A best-interests assessment, a supervisor's waiver of one, or a step of a best-interests determination.</summary>
    BestInterests,
    /// <summary>The returnee joined a community-based project.</summary>
    CommunityProjectJoined,
    /// <summary>The returnee asked for a correction of their data, or the request was decided.</summary>
    CorrectionRequest,
}
