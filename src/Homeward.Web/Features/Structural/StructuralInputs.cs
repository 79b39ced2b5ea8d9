using Homeward.Domain.Structural;

namespace Homeward.Web.Features.Structural;

public sealed class StakeholderInput
{
    public string? Name { get; set; }
    public StakeholderType? Type { get; set; }
    public StakeholderLevel? Level { get; set; }
    public string? Sector { get; set; }
    public string? Capacity { get; set; }
    public string? Needs { get; set; }
    public string? Contact { get; set; }
    public Rating? Willingness { get; set; }
    public Rating? Influence { get; set; }
    public Rating? Interest { get; set; }
    /// <summary>Required to edit: the version the stakeholder was read at.</summary>
    public int? Version { get; set; }
}

public sealed class AgreementInput
{
    public AgreementKind? Kind { get; set; }
    public string? Title { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? DataAccess { get; set; }
}

public sealed class CapacityInput
{
    public string? Title { get; set; }
    public CapacityActivityKind? Kind { get; set; }
    public DateOnly? HeldOn { get; set; }
    public List<Guid>? StakeholderIds { get; set; }
    public int? Participants { get; set; }
    public string? ParticipantDetails { get; set; }
    public DateOnly? FollowUpDueOn { get; set; }
}

public sealed class CapacityFollowUpInput
{
    public DateOnly? DoneOn { get; set; }
    public string? Findings { get; set; }
}

public sealed class MechanismInput
{
    public string? Name { get; set; }
    public string? Lead { get; set; }
    public string? Members { get; set; }
    public string? StandardProcedures { get; set; }
    public string? ReferralPathways { get; set; }
}

public sealed class MeetingInput
{
    public DateOnly? HeldOn { get; set; }
    public string? Attendees { get; set; }
    public string? Decisions { get; set; }
    public List<ActionInput>? Actions { get; set; }
}

public sealed class ActionInput
{
    public string? Description { get; set; }
    public string? Responsible { get; set; }
    public DateOnly? DueOn { get; set; }
}

public sealed class ActionStatusInput
{
    public ActionStatus? Status { get; set; }
}

public sealed class PolicyInput
{
    public string? Framework { get; set; }
    public PolicyWorkKind? Kind { get; set; }
    public StakeholderLevel? Level { get; set; }
    public PolicyWorkStatus? Status { get; set; }
    public string? Lead { get; set; }
    public string? Notes { get; set; }
}

public sealed class PolicyStatusInput
{
    public PolicyWorkStatus? Status { get; set; }
    public string? Notes { get; set; }
}
