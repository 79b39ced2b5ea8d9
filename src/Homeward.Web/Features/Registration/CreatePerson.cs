using Homeward.Data;
using Homeward.Domain.People;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Registration;

/// <summary>
/// Adds a person: on their own (to be registered later as a principal returnee), or into an existing household
/// in the caller's scope with their relationship to its principal returnee, such as a child born after return.
/// </summary>
[ScopedService]
public sealed class CreatePerson(HomewardDbContext db, PersonCases personCases, IStringLocalizer<SharedResource> L)
{
    public abstract record Outcome
    {
        private Outcome() { }
        public sealed record Created(Guid PersonId, Guid? HouseholdId, HouseholdRelationship Relationship) : Outcome;
        public sealed record Invalid(FieldErrors Errors) : Outcome;
        public sealed record HouseholdNotFound : Outcome;
    }

    public async Task<Outcome> RunAsync(CreatePersonRequest request, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        PersonRules.Validate(request, "", UserInput.LatestToday(), errors, L);
        if (request.HouseholdId is not null)
            PersonRules.ValidateRelationship(request.Relationship, "relationship", errors, L);
        else if (UserInput.Clean(request.Relationship) is not null && !string.Equals(UserInput.Clean(request.Relationship), nameof(HouseholdRelationship.Principal), StringComparison.OrdinalIgnoreCase))
            errors.Add("relationship", L["A relationship needs the household it refers to: give the household id."].Value);
        if (errors.Any) return new Outcome.Invalid(errors);

        if (request.HouseholdId is { } household && !await personCases.HouseholdIsReachableAsync(household, ct))
            return new Outcome.HouseholdNotFound();

        var relationship = request.HouseholdId is null ? HouseholdRelationship.Principal
            : Enum.Parse<HouseholdRelationship>(UserInput.Clean(request.Relationship)!, ignoreCase: true);
        var person = PersonRules.ToPerson(request, request.HouseholdId, relationship);
        db.Persons.Add(person);
        await db.SaveChangesAsync(ct);
        return new Outcome.Created(person.Id, person.HouseholdId, person.Relationship);
    }
}
