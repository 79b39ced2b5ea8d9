using Homeward.Domain.Children;

namespace Homeward.Web.Features.Children;

/// <summary>A best interests determination as its readers (with the sensitive data permission) see it, with its panel and history.</summary>
public sealed record DeterminationView(Guid Id, DeterminationGround Ground, DeterminationStatus Status, DurableSolution? Decision, string? Reasons,
    DateOnly? DecidedOn, string? DecidedBy, string? ApprovedBy, DateTime? ApprovedAt, string OpenedBy, DateTime OpenedAt, int Version,
    IReadOnlyList<DeterminationView.Member> Panel, IReadOnlyList<DeterminationView.Step> History)
{
    public sealed record Member(Guid Id, string Name, string Function, DateOnly? UndertakingSignedOn);
    public sealed record Step(DeterminationEventKind Kind, DurableSolution? Decision, string? Note, string By, DateTime At);

    public static DeterminationView From(BestInterestsDetermination d) => new(d.Id, d.Ground, d.Status, d.Decision, d.Reasons, d.DecidedOn, d.DecidedBy,
        d.ApprovedBy, d.ApprovedAt, d.OpenedBy, d.OpenedAt, d.Version,
        d.Panel.Select(m => new Member(m.Id, m.Name, m.Function, m.UndertakingSignedOn)).ToList(),
        d.History.OrderBy(e => e.At).Select(e => new Step(e.Kind, e.Decision, e.Note, e.By, e.At)).ToList());
}

public sealed record OpenDeterminationInput(DeterminationGround? Ground);
public sealed record PanelMemberInput(string? Name, string? Function);
public sealed record UndertakingInput(DateOnly? SignedOn);
public sealed record DecisionInput(DurableSolution? Decision, string? Reasons, DateOnly? DecidedOn, int? Version);
public sealed record ApprovalInput(int? Version);
public sealed record RevisionInput(DeterminationEventKind? Kind, string? Reason);
