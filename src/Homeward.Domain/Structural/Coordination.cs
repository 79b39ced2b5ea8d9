namespace Homeward.Domain.Structural;

/// <summary>A coordination mechanism (government-led where possible) with its standard procedures and referral pathways.</summary>
public class CoordinationMechanism
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public required string Lead { get; set; }
    public string? Members { get; set; }
    public string? StandardProcedures { get; set; }
    public string? ReferralPathways { get; set; }
}

/// <summary>A meeting of a mechanism and what it decided.</summary>
public class CoordinationMeeting
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MechanismId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Attendees { get; set; }
    public string? Decisions { get; set; }
}

public enum ActionStatus { Open, InProgress, Done, Dropped }

/// <summary>An action agreed at a meeting, who does it, by when, and where it stands.</summary>
public class CoordinationAction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid MeetingId { get; set; }
    public required string Description { get; set; }
    public required string Responsible { get; set; }
    public DateOnly? DueOn { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
}
