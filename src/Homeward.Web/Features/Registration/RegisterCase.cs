using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.People;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Consent;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Registration;

/// <summary>
/// Registers a returnee: the principal (new, or an existing person found as a duplicate), their household, the
/// return, their consents and a case in the case manager's office, all in one save. Nothing is saved when any
/// field is wrong, when consent to case management is missing, or when likely duplicates are left unanswered.
/// </summary>
[ScopedService]
public sealed class RegisterCase(HomewardDbContext db, CurrentUser user, CaseTimeline timeline, DuplicateSearch duplicates,
    CaseReferences references, PlacesOfReturn places, IStringLocalizer<SharedResource> L)
{
    public const int MaxHouseholdMembers = 30, MaxHostCountry = 64, MaxMigrationHistory = 4000, MaxOverrideReason = 500;

    public async Task<RegistrationOutcome> RunAsync(RegisterCaseRequest request, CancellationToken ct = default)
    {
        if (user.OfficeId is not { } officeId || await db.Offices.FirstOrDefaultAsync(o => o.Id == officeId, ct) is not { } office)
            return new RegistrationOutcome.NoOffice();

        var errors = Validate(request, UserInput.LatestToday());
        Person? linked = null;
        if (request.LinkToPersonId is { } linkId && (linked = await db.Persons.FirstOrDefaultAsync(p => p.Id == linkId, ct)) is null)
            errors.Add("linkToPersonId", L["No person with this id exists."].Value);
        if (request.ReturnLocationId is { } place && !await places.ExistsAsync(place, ct))
            errors.Add("returnLocationId", L["No place with this id exists."].Value);
        var dateOfBirth = linked is not null ? linked.DateOfBirth : request.Principal?.DateOfBirth;
        if (request.ReturnDate < dateOfBirth)
            errors.Add("returnDate", L["The return date cannot be before the returnee's date of birth."].Value);
        if (errors.Any) return new RegistrationOutcome.Invalid(errors);

        if (linked is not null && await RefuseLinkAsync(linked, ct) is { } refusal) return new RegistrationOutcome.Refused(refusal);

        var overrideReason = UserInput.Clean(request.DuplicateOverrideReason);
        IReadOnlyList<DuplicateMatch> setAside = [];
        if (linked is null)
        {
            var p = request.Principal!;
            setAside = await duplicates.FindAsync(new DuplicateProbe(p.GivenName!, p.FamilyName!, p.DateOfBirth?.Year, request.ReturnLocationId), ct);
            if (setAside.Count > 0 && overrideReason is null) return new RegistrationOutcome.LikelyDuplicates(setAside);
        }

        var now = DateTime.UtcNow;
        var (household, principal) = linked is null ? NewPrincipal(request.Principal!) : await HouseholdOfAsync(linked, ct);
        var members = (request.HouseholdMembers ?? []).Select(m =>
            PersonRules.ToPerson(m, household.Id, Enum.Parse<HouseholdRelationship>(UserInput.Clean(m.Relationship)!, ignoreCase: true))).ToList();
        db.Persons.AddRange(members);

        var c = new Case
        {
            Reference = await references.NewAsync(office.CountryCode, now, ct),
            PrincipalPersonId = principal.Id,
            HouseholdId = household.Id,
            OfficeId = office.Id,
            CaseManagerId = user.Id,
            HostCountry = UserInput.Clean(request.HostCountry)!,
            ReturnDate = request.ReturnDate!.Value,
            ReturnType = Enum.Parse<ReturnType>(UserInput.Clean(request.ReturnType)!, ignoreCase: true),
            ReturnLocationId = request.ReturnLocationId,
            MigrationHistory = UserInput.Clean(request.MigrationHistory),
            OpenedAt = now,
        };
        db.Cases.Add(c);
        await AddConsentsAsync(request.Consents ?? [], principal, isNew: linked is null, ct);
        timeline.Add(c.Id, CaseEventKind.Registered, Summary(principal, c, members.Count, linked is not null, setAside, overrideReason));
        await db.SaveChangesAsync(ct);
        return new RegistrationOutcome.Registered(c.Id, c.Reference, principal.Id, household.Id, members.Select(m => m.Id).ToList());
    }

    private FieldErrors Validate(RegisterCaseRequest r, DateOnly today)
    {
        var errors = new FieldErrors();
        if (r.LinkToPersonId is null)
        {
            if (r.Principal is null) errors.Add("principal", L["Enter the returnee's details."].Value);
            else PersonRules.Validate(r.Principal, "principal.", today, errors, L);
        }
        else if (UserInput.Clean(r.DuplicateOverrideReason) is not null)
        {
            errors.Add("duplicateOverrideReason", L["Either link to an existing person or give a reason why this is a different person, not both."].Value);
        }
        PersonRules.MaxLength(r.DuplicateOverrideReason, MaxOverrideReason, "duplicateOverrideReason", errors, L);

        var members = r.HouseholdMembers ?? [];
        errors.When(members.Count > MaxHouseholdMembers, "householdMembers", L["Register at most {0} household members at once.", MaxHouseholdMembers].Value);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is not { } m)
            {
                errors.Add($"householdMembers[{i}]", L["Enter the household member's details."].Value);
                continue;
            }
            PersonRules.Validate(m, $"householdMembers[{i}].", today, errors, L);
            PersonRules.ValidateRelationship(m.Relationship, $"householdMembers[{i}].relationship", errors, L);
        }

        errors.When(UserInput.Clean(r.HostCountry) is null, "hostCountry", L["Enter the country the returnee came back from."].Value);
        PersonRules.MaxLength(r.HostCountry, MaxHostCountry, "hostCountry", errors, L);
        if (r.ReturnDate is null) errors.Add("returnDate", L["Enter the return date."].Value);
        else if (r.ReturnDate > today) errors.Add("returnDate", L["The return date cannot be in the future."].Value);
        if (UserInput.Clean(r.ReturnType) is null) errors.Add("returnType", L["Choose the type of return."].Value);
        else if (!UserInput.TryParse<ReturnType>(r.ReturnType, out _)) errors.Add("returnType", L["Choose one of: {0}.", UserInput.Names<ReturnType>()].Value);
        errors.When(r.ReturnLocationId is null, "returnLocationId", L["Choose the place of return."].Value);
        PersonRules.MaxLength(r.MigrationHistory, MaxMigrationHistory, "migrationHistory", errors, L);

        var consents = r.Consents ?? [];
        var purposes = new HashSet<ConsentPurpose>();
        for (var i = 0; i < consents.Count; i++)
        {
            if (consents[i] is not { } consent)
            {
                errors.Add($"consents[{i}]", L["Enter the consent's purpose and method."].Value);
                continue;
            }
            ConsentRules.Validate(consent, $"consents[{i}].", today, errors, L);
            if (UserInput.TryParse<ConsentPurpose>(consent.Purpose, out var purpose) && !purposes.Add(purpose))
                errors.Add($"consents[{i}].purpose", L["Consent to this purpose is listed twice."].Value);
        }
        errors.When(!purposes.Contains(ConsentPurpose.CaseManagement), "consents",
            L["The returnee must consent to case management before a case can be registered."].Value);
        return errors;
    }

    /// <summary>A linked person must be able to head a new case: not someone else's household member, not already in an open case.</summary>
    private async Task<DomainRuleException?> RefuseLinkAsync(Person linked, CancellationToken ct)
    {
        if (linked.HouseholdId is { } h && await db.Households.AnyAsync(x => x.Id == h && x.PrincipalPersonId != linked.Id, ct))
            return new DomainRuleException("linked-person-in-other-household",
                L["This person is a member of another returnee's household: a case is registered for a household's principal returnee."].Value,
                "linkToPersonId", isConflict: true);
        // Across every office: one returnee, one open case.
        var open = await db.Cases.IgnoreQueryFilters()
            .Where(c => c.PrincipalPersonId == linked.Id && c.Stage != CaseStage.Closed).Select(c => c.Reference).FirstOrDefaultAsync(ct);
        return open is null ? null : new DomainRuleException("linked-person-has-open-case",
            L["This person already has an open case ({0}). Ask for it to be transferred instead of registering a new one.", open].Value,
            "linkToPersonId", isConflict: true);
    }

    private (Household, Person) NewPrincipal(PersonDetails details)
    {
        var household = new Household();
        var principal = PersonRules.ToPerson(details, household.Id, HouseholdRelationship.Principal);
        household.PrincipalPersonId = principal.Id;
        db.Households.Add(household);
        db.Persons.Add(principal);
        return (household, principal);
    }

    private async Task<(Household, Person)> HouseholdOfAsync(Person linked, CancellationToken ct)
    {
        if (linked.HouseholdId is { } id) return (await db.Households.SingleAsync(h => h.Id == id, ct), linked);
        var household = new Household { PrincipalPersonId = linked.Id };
        db.Households.Add(household);
        linked.HouseholdId = household.Id;
        linked.Relationship = HouseholdRelationship.Principal;
        return (household, linked);
    }

    /// <summary>The principal's consents; for an existing person, purposes they already consent to are kept as they are.</summary>
    private async Task AddConsentsAsync(List<ConsentDetails> consents, Person principal, bool isNew, CancellationToken ct)
    {
        List<ConsentPurpose> active = isNew ? [] : await db.Consents.Where(c => c.PersonId == principal.Id && c.WithdrawnAt == null).Select(c => c.Purpose).ToListAsync(ct);
        foreach (var record in consents.Select(c => ConsentRules.ToRecord(c, principal.Id, user.Name)).Where(r => !active.Contains(r.Purpose)))
            db.Consents.Add(record);
    }

    private static string Summary(Person principal, Case c, int members, bool linked, IReadOnlyList<DuplicateMatch> setAside, string? reason)
    {
        var summary = $"Registered {principal.FullName} on return from {c.HostCountry}"
                      + (members > 0 ? $" with {members} household member{(members == 1 ? "" : "s")}." : ".")
                      + (linked ? " The case is registered for the existing person record." : "")
                      + (setAside.Count > 0
                          ? $" Registered as a different person from likely duplicates: {reason} (set aside: {string.Join(", ", setAside.Select(d => d.CaseReference ?? $"{d.GivenName} {d.FamilyName}"))})."
                          : "");
        return summary.Length <= 1000 ? summary : summary[..1000];
    }
}
