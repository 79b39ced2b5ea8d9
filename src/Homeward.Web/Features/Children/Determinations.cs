using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Web.Features.Cases;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Children;

/// <summary>
/// Best interests determinations of a child: convening the panel, its members and their confidentiality undertakings, the
/// decision, the supervisor's approval, and reviews, appeals and reopenings with their history. Child-protection data:
/// callers check the sensitive data permission; every read is audited. Each method returns null when the case is out of
/// sight, the person is not in its household, or the determination is not theirs.
/// </summary>
[ScopedService]
public sealed class Determinations(HomewardDbContext db, ChildLookup lookup, CaseTimeline timeline, CurrentUser user)
{
    public async Task<IReadOnlyList<DeterminationView>?> ListAsync(Guid caseId, Guid personId, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: false, ct);
        if (found is null) return null;
        var list = await Query().AsNoTracking().Where(d => d.CaseId == caseId && d.PersonId == personId).OrderByDescending(d => d.OpenedAt).ToListAsync(ct);
        foreach (var d in list) db.RecordAccess(AuditActions.Read, nameof(BestInterestsDetermination), d.Id.ToString(), $"case {found.Case.Reference}");
        await db.SaveChangesAsync(ct);
        return list.Select(DeterminationView.From).ToList();
    }

    public async Task<DeterminationView?> OpenAsync(Guid caseId, Guid personId, OpenDeterminationInput input, CancellationToken ct = default)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        ChildRules.CheckIsChild(ChildAge.IsChildOn(found.Person, ChildLookup.Today), found.Person.FullName);
        if (input.Ground is not { } ground || !Enum.IsDefined(ground))
            throw new DomainRuleException("determination-ground", "Say why a determination is required.", "ground");
        DeterminationRules.CheckNoneOpen(await db.Determinations.AnyAsync(d => d.CaseId == caseId && d.PersonId == personId && d.Status != DeterminationStatus.Approved, ct));
        var determination = new BestInterestsDetermination { CaseId = caseId, PersonId = personId, Ground = ground, OpenedBy = user.Name };
        determination.History.Add(Event(determination, DeterminationEventKind.Convened, null));
        db.Determinations.Add(determination);
        timeline.Add(caseId, CaseEventKind.BestInterests, $"Best interests determination for {found.Person.FullName} convened ({ground}).");
        await db.SaveChangesAsync(ct);
        return DeterminationView.From(determination);
    }

    public Task<DeterminationView?> AddMemberAsync(Guid caseId, Guid personId, Guid id, PanelMemberInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, id, null, (d, _) =>
        {
            var member = DeterminationRules.AddMember(d, input.Name, input.Function);
            db.Add(member);
            return Event(d, DeterminationEventKind.MemberAdded, $"{member.Name} ({member.Function})");
        }, ct);

    public Task<DeterminationView?> SignUndertakingAsync(Guid caseId, Guid personId, Guid id, Guid memberId, UndertakingInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, id, null, (d, _) =>
        {
            var member = d.Panel.FirstOrDefault(m => m.Id == memberId)
                ?? throw new DomainRuleException("panel-member", "No member of this panel with this id.", "memberId");
            DeterminationRules.SignUndertaking(d, member, input.SignedOn, ChildLookup.Today);
            return Event(d, DeterminationEventKind.UndertakingSigned, $"{member.Name} signed the confidentiality undertaking on {input.SignedOn:yyyy-MM-dd}.");
        }, ct);

    public Task<DeterminationView?> DecideAsync(Guid caseId, Guid personId, Guid id, DecisionInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, id, input.Version, (d, found) =>
        {
            DeterminationRules.Decide(d, input.Decision, input.Reasons, input.DecidedOn, ChildLookup.Today, found.Case.ReturnType);
            d.DecidedById = user.Id;
            d.DecidedBy = user.Name;
            var decided = Event(d, DeterminationEventKind.Decided, d.Reasons);
            decided.Decision = d.Decision;
            return decided;
        }, ct);

    public Task<DeterminationView?> ApproveAsync(Guid caseId, Guid personId, Guid id, ApprovalInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, id, input.Version, (d, _) =>
        {
            DeterminationRules.Approve(d, user.Id, user.Name);
            d.ApprovedById = user.Id;
            d.ApprovedBy = user.Name;
            d.ApprovedAt = DateTime.UtcNow;
            return Event(d, DeterminationEventKind.Approved, null);
        }, ct);

    public Task<DeterminationView?> ReviseAsync(Guid caseId, Guid personId, Guid id, RevisionInput input, CancellationToken ct = default) =>
        ChangeAsync(caseId, personId, id, null, (d, _) =>
        {
            // A decision sent back to the panel stays in the history, with its reasons.
            DeterminationRules.Revise(d, input.Kind ?? (DeterminationEventKind)(-1), input.Reason);
            return Event(d, input.Kind!.Value, input.Reason!.Trim());
        }, ct);

    /// <summary>Loads the determination through its scoped case, applies one change and its history line, and saves once.</summary>
    private async Task<DeterminationView?> ChangeAsync(Guid caseId, Guid personId, Guid id, int? version, Func<BestInterestsDetermination, FoundChild, DeterminationEvent> change, CancellationToken ct)
    {
        var found = await lookup.FindAsync(caseId, personId, track: true, ct);
        if (found is null) return null;
        var determination = await Query().FirstOrDefaultAsync(d => d.Id == id && d.CaseId == caseId && d.PersonId == personId, ct);
        if (determination is null) return null;
        BestInterestsRules.CheckOpen(found.Case.Stage);
        if (version is not null && version != determination.Version) throw new StaleEditException("determination");
        var step = change(determination, found);
        db.Add(step);
        determination.Version++;
        timeline.Add(caseId, CaseEventKind.BestInterests, $"Best interests determination for {found.Person.FullName}: {step.Kind}.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new StaleEditException("determination");
        }
        return DeterminationView.From(determination);
    }

    private IQueryable<BestInterestsDetermination> Query() => db.Determinations.Include(d => d.Panel).Include(d => d.History);

    private DeterminationEvent Event(BestInterestsDetermination d, DeterminationEventKind kind, string? note) =>
        new() { DeterminationId = d.Id, Kind = kind, Note = note, By = user.Name };
}
