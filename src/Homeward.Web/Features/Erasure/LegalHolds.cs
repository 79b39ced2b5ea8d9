using Homeward.Data;
using Homeward.Domain.DataProtection;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Erasure;

public sealed record LegalHoldView(Guid Id, Guid PersonId, string PersonName, Guid? CaseId, string? CaseReference, string Reason,
    string PlacedBy, DateTime PlacedAt, DateTime? LiftedAt, string? LiftedBy, bool Active);

/// <param name="CaseId">The one case to hold; none to hold the person and all their cases.</param>
public sealed record PlaceHoldRequest(string? Reason, Guid? CaseId);

/// <summary>
/// Legal holds, placed and lifted by the data protection officer: while one runs on a person or a case, erasure on request
/// is refused naming it, and the retention job leaves what it covers alone. Placing and lifting are change lines in the audit log.
/// </summary>
[ScopedService]
public sealed class LegalHolds(HomewardDbContext db, CurrentUser user, IStringLocalizer<SharedResource> L)
{
    public const int ListLimit = 500;

    public abstract record Outcome
    {
        private Outcome() { }
        public sealed record Done(LegalHoldView Hold) : Outcome;
        public sealed record NotFound(string What) : Outcome;
        public sealed record Invalid(FieldErrors Errors) : Outcome;
        public sealed record AlreadyLifted(string Message) : Outcome;
    }

    public async Task<Outcome> PlaceAsync(Guid personId, PlaceHoldRequest request, CancellationToken ct = default)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == personId, ct) || !await PersonInScopeAsync(personId, ct)) return new Outcome.NotFound("person");
        var reason = request.Reason?.Trim() ?? "";
        var errors = new FieldErrors()
            .When(reason.Length < LegalHold.MinReason, "reason", L["Give the reason for the hold, in at least {0} characters.", LegalHold.MinReason].Value)
            .When(reason.Length > LegalHold.MaxReason, "reason", L["Use at most {0} characters.", LegalHold.MaxReason].Value);
        if (request.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId && c.PrincipalPersonId == personId, ct))
            errors.Add("caseId", L["Choose one of this returnee's cases, or none to hold all of them."].Value);
        if (errors.Any) return new Outcome.Invalid(errors);

        var hold = new LegalHold { PersonId = personId, CaseId = request.CaseId, Reason = reason, PlacedById = user.Id, PlacedByName = user.Name, PlacedAt = DateTime.UtcNow };
        db.LegalHolds.Add(hold);
        await db.SaveChangesAsync(ct);
        return new Outcome.Done((await ViewsAsync(db.LegalHolds.Where(h => h.Id == hold.Id), ct)).Single());
    }

    public async Task<Outcome> LiftAsync(Guid holdId, CancellationToken ct = default)
    {
        var hold = await db.LegalHolds.FirstOrDefaultAsync(h => h.Id == holdId, ct);
        if (hold is null) return new Outcome.NotFound("legal hold");
        if (!hold.IsActive) return new Outcome.AlreadyLifted(L["This legal hold was already lifted on {0} by {1}.", hold.LiftedAt!.Value.ToString("yyyy-MM-dd"), hold.LiftedByName ?? ""].Value);
        (hold.LiftedAt, hold.LiftedById, hold.LiftedByName) = (DateTime.UtcNow, user.Id, user.Name);
        await db.SaveChangesAsync(ct);
        return new Outcome.Done((await ViewsAsync(db.LegalHolds.Where(h => h.Id == hold.Id), ct)).Single());
    }

    /// <summary>Every hold, running ones first, newest first (at most 500).</summary>
    public async Task<IReadOnlyList<LegalHoldView>> ListAsync(CancellationToken ct = default) =>
        await ViewsAsync(db.LegalHolds, ct);

    /// <summary>The holds on one person or any of their cases.</summary>
    public Task<IReadOnlyList<LegalHoldView>> ForPersonAsync(Guid personId, CancellationToken ct = default) =>
        ViewsAsync(db.LegalHolds.Where(h => h.PersonId == personId), ct);

    private async Task<bool> PersonInScopeAsync(Guid personId, CancellationToken ct) =>
        await db.Persons.AnyAsync(p => p.Id == personId && db.Cases.Any(c => c.PrincipalPersonId == p.Id || (p.HouseholdId != null && c.HouseholdId == p.HouseholdId)), ct);

    private async Task<IReadOnlyList<LegalHoldView>> ViewsAsync(IQueryable<LegalHold> holds, CancellationToken ct)
    {
        var rows = await (
                from h in holds.AsNoTracking()
                join p in db.Persons on h.PersonId equals p.Id
                from c in db.Cases.Where(c => c.Id == h.CaseId).DefaultIfEmpty()
                orderby h.LiftedAt != null, h.PlacedAt descending, h.Id
                select new { h, Name = p.GivenName + " " + p.FamilyName, Reference = c == null ? null : c.Reference })
            .Take(ListLimit).ToListAsync(ct);
        return rows.Select(r => new LegalHoldView(r.h.Id, r.h.PersonId, r.Name, r.h.CaseId, r.Reference, r.h.Reason, r.h.PlacedByName, r.h.PlacedAt,
            r.h.LiftedAt, r.h.LiftedByName, r.h.IsActive)).ToList();
    }
}
