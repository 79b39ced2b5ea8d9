using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Retention;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Erasure;

/// <summary>What the officer sees before erasing: the person, their cases, the holds that would stop it.</summary>
public sealed record ErasureSubject(Guid PersonId, string Name, bool Erased, IReadOnlyList<ErasureCase> Cases, IReadOnlyList<LegalHoldView> Holds)
{
    public IEnumerable<LegalHoldView> ActiveHolds => Holds.Where(h => h.Active);
}

public sealed record ErasureCase(Guid Id, string Reference, CaseStage Stage, bool Anonymised);

/// <param name="Confirm">Must be true: erasure cannot be undone.</param>
/// <param name="RequestedOn">When the returnee asked.</param>
public sealed record ErasureRequest(bool Confirm, DateOnly? RequestedOn);

public sealed record ErasureDone(Guid PersonId, int CasesAnonymised, DateTime ErasedAt);

/// <summary>
/// Erasure on the returnee's request, by the data protection officer, where no legal hold applies: the person's cases are
/// anonymised at once with the retention job's rules (<see cref="CaseAnonymiser"/>: direct identifiers removed,
/// quasi-identifiers generalised, aggregates kept), in one transaction, and the erasure is an <c>Erase</c> audit line.
/// A person who is only a household member has their own identifiers removed. Refused while a case of theirs is open.
/// </summary>
[ScopedService]
public sealed class PersonErasure(HomewardDbContext db, CaseAnonymiser anonymiser, LegalHolds holds, IStringLocalizer<SharedResource> L)
{
    public abstract record Outcome
    {
        private Outcome() { }
        public sealed record Done(ErasureDone Erasure) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Invalid(FieldErrors Errors) : Outcome;
        public sealed record Refused(DomainRuleException Rule) : Outcome;
    }

    /// <summary>The person as the erasure page shows them; null when not in the caller's scope.</summary>
    public async Task<ErasureSubject?> FindAsync(Guid personId, CancellationToken ct = default)
    {
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == personId
                && db.Cases.Any(c => c.PrincipalPersonId == p.Id || (p.HouseholdId != null && c.HouseholdId == p.HouseholdId)))
            .Select(p => new { p.Id, p.GivenName, p.FamilyName }).FirstOrDefaultAsync(ct);
        if (person is null) return null;
        var cases = await db.Cases.AsNoTracking().Where(c => c.PrincipalPersonId == personId).OrderBy(c => c.OpenedAt)
            .Select(c => new ErasureCase(c.Id, c.Reference, c.Stage, c.AnonymisedAt != null)).ToListAsync(ct);
        var erased = person.GivenName == CaseAnonymiser.Placeholder && person.FamilyName == CaseAnonymiser.Placeholder;
        return new ErasureSubject(person.Id, $"{person.GivenName} {person.FamilyName}", erased, cases, await holds.ForPersonAsync(personId, ct));
    }

    public async Task<Outcome> EraseAsync(Guid personId, ErasureRequest request, CancellationToken ct = default)
    {
        if (await FindAsync(personId, ct) is not { } subject) return new Outcome.NotFound();
        var errors = new FieldErrors()
            .When(!request.Confirm, "confirm", L["Confirm the erasure: it cannot be undone."].Value)
            .When(request.RequestedOn is null, "requestedOn", L["Give the date of the request."].Value)
            .When(request.RequestedOn > Registration.UserInput.LatestToday(), "requestedOn", L["The date cannot be in the future."].Value);
        if (errors.Any) return new Outcome.Invalid(errors);
        if (subject.ActiveHolds.FirstOrDefault() is { } hold)
            return Refuse("legal-hold", L["A legal hold placed by {0} on {1} stops the erasure: {2}", hold.PlacedBy, hold.PlacedAt.ToString("yyyy-MM-dd"), hold.Reason].Value);
        if (subject.Cases.FirstOrDefault(c => c.Stage != CaseStage.Closed) is { } open)
            return Refuse("case-open", L["Case {0} is still open: close it before erasing the returnee's data.", open.Reference].Value);
        if (subject.Erased) return Refuse("already-erased", L["This person's identifiers have already been removed."].Value);

        var now = DateTime.UtcNow;
        var due = subject.Cases.Where(c => !c.Anonymised).Select(c => c.Id).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Each case is saved in turn, so the principal of several cases is anonymised with the last one.
        foreach (var caseId in due)
            await anonymiser.AnonymiseAsync(await db.Cases.SingleAsync(c => c.Id == caseId, ct), now, CaseAnonymiser.ErasureOnRequest, ct);
        // A household member only, or a principal whose cases were all anonymised before: their own identifiers.
        var person = await db.Persons.SingleAsync(p => p.Id == personId, ct);
        if (person.GivenName != CaseAnonymiser.Placeholder || person.FamilyName != CaseAnonymiser.Placeholder) CaseAnonymiser.Anonymise(person);
        db.RecordAccess(AuditActions.Erase, "Person", personId.ToString(), $"requested on {request.RequestedOn:yyyy-MM-dd}; {due.Count} case(s) anonymised");
        db.AuditValuesRedacted = true;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return new Outcome.Done(new ErasureDone(personId, due.Count, now));
    }

    /// <summary>Erasures done, newest first, from the audit log (which names no one).</summary>
    public async Task<IReadOnlyList<ErasureLogLine>> ListAsync(int limit, CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.Erase).OrderByDescending(e => e.Sequence).Take(limit)
            .Select(e => new ErasureLogLine(e.EntityId!, e.UserName, e.At, e.Details)).ToListAsync(ct);

    private static Outcome.Refused Refuse(string code, string message) => new(new DomainRuleException(code, message, isConflict: true));
}

public sealed record ErasureLogLine(string PersonId, string ErasedBy, DateTime At, string? Details);
