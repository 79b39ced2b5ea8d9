namespace Homeward.Domain.Children;

/// <summary>
/// A Best Interests Determination for one child, by a panel of named members who each sign a confidentiality undertaking:
/// the decision among the durable solutions with reasons, approved by the panel's supervisor, and open to review, appeal
/// or reopening with its history kept. Child-protection data throughout.
/// </summary>
public class BestInterestsDetermination
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Guid PersonId { get; set; }
    public DeterminationGround Ground { get; set; }
    public DeterminationStatus Status { get; set; } = DeterminationStatus.Convened;
    public DurableSolution? Decision { get; set; }
    public string? Reasons { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public Guid? DecidedById { get; set; }
    public string? DecidedBy { get; set; }
    public Guid? ApprovedById { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public required string OpenedBy { get; set; }
    public DateTime OpenedAt { get; set; } = DateTime.UtcNow;
    /// <summary>Optimistic concurrency: a decision or approval on a stale copy is refused.</summary>
    public int Version { get; set; }

    public List<DeterminationPanelMember> Panel { get; set; } = [];
    public List<DeterminationEvent> History { get; set; } = [];
}

/// <summary>Why a determination is required.</summary>
public enum DeterminationGround
{
    /// <summary>The durable solution of an unaccompanied or separated child.</summary>
    DurableSolution,
    TemporaryCare,
    /// <summary>Separating a child from their parents against their will.</summary>
    SeparationFromParents,
}

public enum DeterminationStatus
{
    /// <summary>The panel is being formed and deliberates; no decision in force.</summary>
    Convened,
    /// <summary>The panel decided; waiting for its supervisor's approval.</summary>
    Decided,
    Approved,
}

public enum DurableSolution
{
    ReturnAndReintegration,
    LocalIntegration,
    ThirdCountryResettlement,
}

/// <summary>A named member of the panel, with their function and the day they signed the confidentiality undertaking.</summary>
public class DeterminationPanelMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeterminationId { get; set; }
    public required string Name { get; set; }
    public required string Function { get; set; }
    public DateOnly? UndertakingSignedOn { get; set; }
}

/// <summary>One step of a determination's history: convened, decided, approved, reviewed, appealed, reopened.</summary>
public class DeterminationEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DeterminationId { get; set; }
    public DeterminationEventKind Kind { get; set; }
    /// <summary>The decision taken at this step, for a decision.</summary>
    public DurableSolution? Decision { get; set; }
    /// <summary>What happened: the reasons of a decision, the grounds of an appeal… (sensitive).</summary>
    public string? Note { get; set; }
    public required string By { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
}

public enum DeterminationEventKind
{
    Convened,
    MemberAdded,
    UndertakingSigned,
    Decided,
    Approved,
    Reviewed,
    Appealed,
    Reopened,
}
