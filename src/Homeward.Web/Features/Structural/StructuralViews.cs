using Homeward.Domain.Structural;

namespace Homeward.Web.Features.Structural;

public sealed record AgreementView(Guid Id, AgreementKind Kind, string Title, DateOnly SignedOn, DateOnly? ExpiresOn, string? DataAccess);

public sealed record StakeholderView(Guid Id, string Name, StakeholderType Type, StakeholderLevel Level, string Sector, string? Capacity, string? Needs,
    string? Contact, Rating Willingness, Rating Influence, Rating Interest, EngagementPriority Priority, int Version, IReadOnlyList<AgreementView> Agreements);

public sealed record CapacityView(Guid Id, string Title, CapacityActivityKind Kind, DateOnly HeldOn, IReadOnlyList<string> Institutions, int Participants,
    string? ParticipantDetails, DateOnly? FollowUpDueOn, DateOnly? FollowUpDoneOn, string? FollowUpFindings);

public sealed record ActionView(Guid Id, string Description, string Responsible, DateOnly? DueOn, ActionStatus Status);

public sealed record MeetingView(Guid Id, DateOnly HeldOn, string? Attendees, string? Decisions, IReadOnlyList<ActionView> Actions);

public sealed record MechanismView(Guid Id, string Name, string Lead, string? Members, string? StandardProcedures, string? ReferralPathways,
    IReadOnlyList<MeetingView> Meetings, int OpenActions);

public sealed record PolicyView(Guid Id, string Framework, PolicyWorkKind Kind, StakeholderLevel Level, PolicyWorkStatus Status, string? Lead, string? Notes, DateOnly? StatusOn);
