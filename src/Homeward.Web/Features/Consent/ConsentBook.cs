using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Registration;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Consent;

public sealed record ConsentView(Guid Id, ConsentPurpose Purpose, DateOnly GivenOn, string Method, string ObtainedBy, bool InterpreterUsed,
    DateTime? WithdrawnAt, bool Active);

/// <summary>A person's consents, with the cases in the caller's scope they belong to.</summary>
public sealed record PersonConsents(Guid PersonId, string GivenName, string FamilyName, IReadOnlyList<Guid> CaseIds, IReadOnlyList<ConsentView> Consents)
{
    public bool IsActive(ConsentPurpose purpose) => Consents.Any(c => c.Purpose == purpose && c.Active);
}

/// <summary>
/// A person's consents per purpose: reading them, giving one, and withdrawing one, which takes effect at once.
/// Each change is noted on the timeline of the person's cases in the caller's scope. Persons outside the scope are not found.
/// </summary>
[ScopedService]
public sealed class ConsentBook(HomewardDbContext db, PersonCases personCases, CaseTimeline timeline, CurrentUser user, IStringLocalizer<SharedResource> L,
    Referrals.ConsentWithdrawalStopsReferrals referrals, Monitoring.StatisticsCache statistics)
{
    public abstract record Outcome
    {
        private Outcome() { }
        public sealed record Done(PersonConsents Consents) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record Invalid(FieldErrors Errors) : Outcome;
        public sealed record Refused(DomainRuleException Rule) : Outcome;
    }

    public async Task<PersonConsents?> ListAsync(Guid personId, CancellationToken ct = default) =>
        await personCases.FindReachableAsync(personId, ct) is { } reachable ? await ReadAsync(reachable, ct) : null;

    public async Task<Outcome> GiveAsync(Guid personId, ConsentDetails details, CancellationToken ct = default)
    {
        if (await personCases.FindReachableAsync(personId, ct) is not { } reachable) return new Outcome.NotFound();
        var errors = new FieldErrors();
        ConsentRules.Validate(details, "", UserInput.LatestToday(), errors, L);
        if (errors.Any) return new Outcome.Invalid(errors);

        var record = ConsentRules.ToRecord(details, personId, user.Name);
        if (await db.Consents.AnyAsync(c => c.PersonId == personId && c.Purpose == record.Purpose && c.WithdrawnAt == null, ct))
            return new Outcome.Refused(new DomainRuleException("consent-already-given",
                L["{0} already consents to this purpose. Withdraw it first to record it again.", reachable.Person.FullName].Value, "purpose", isConflict: true));
        db.Consents.Add(record);
        Note(reachable, $"Consent to {record.Purpose} given by {reachable.Person.FullName} ({record.Method}{(record.InterpreterUsed ? ", with an interpreter" : "")}).");
        await db.SaveChangesAsync(ct);
        return new Outcome.Done(await ReadAsync(reachable, ct));
    }

    public async Task<Outcome> WithdrawAsync(Guid personId, string purposeText, CancellationToken ct = default)
    {
        if (await personCases.FindReachableAsync(personId, ct) is not { } reachable) return new Outcome.NotFound();
        if (!UserInput.TryParse<ConsentPurpose>(purposeText, out var purpose))
            return new Outcome.Invalid(new FieldErrors().Add("purpose", L["Choose one of: {0}.", UserInput.Names<ConsentPurpose>()].Value));

        var records = await db.Consents.Where(c => c.PersonId == personId && c.Purpose == purpose).ToListAsync(ct);
        var active = records.Where(c => c.WithdrawnAt is null).ToList();
        if (active.Count == 0)
            return new Outcome.Refused(records.Count == 0
                ? new DomainRuleException("consent-never-given",
                    L["{0} never gave consent to this purpose, so there is nothing to withdraw.", reachable.Person.FullName].Value, "purpose", isConflict: true)
                : new DomainRuleException("consent-already-withdrawn",
                    L["{0} has already withdrawn consent to this purpose.", reachable.Person.FullName].Value, "purpose", isConflict: true));

        var now = DateTime.UtcNow;
        foreach (var record in active) record.WithdrawnAt = now;
        Note(reachable, $"Consent to {purpose} withdrawn by {reachable.Person.FullName}.");
        if (purpose == ConsentPurpose.ReferralToPartners) await referrals.StopAsync(personId, ct);
        await db.SaveChangesAsync(ct);
        // The returnee leaves this instance's statistics at once (other instances within Statistics:FreshForSeconds).
        if (purpose == ConsentPurpose.AnonymisedStatistics) statistics.Forget();
        return new Outcome.Done(await ReadAsync(reachable, ct));
    }

    private void Note(ReachablePerson reachable, string summary)
    {
        foreach (var caseId in reachable.CaseIds) timeline.Add(caseId, CaseEventKind.ConsentChanged, summary);
    }

    private async Task<PersonConsents> ReadAsync(ReachablePerson reachable, CancellationToken ct)
    {
        var records = await db.Consents.AsNoTracking().Where(c => c.PersonId == reachable.Person.Id).ToListAsync(ct);
        var views = records
            .OrderBy(c => c.Purpose).ThenByDescending(c => c.GivenOn).ThenByDescending(c => c.Id)
            .Select(c => new ConsentView(c.Id, c.Purpose, c.GivenOn, c.Method, c.ObtainedBy, c.InterpreterUsed, c.WithdrawnAt, c.IsActive))
            .ToList();
        return new PersonConsents(reachable.Person.Id, reachable.Person.GivenName, reachable.Person.FamilyName, reachable.CaseIds, views);
    }
}
