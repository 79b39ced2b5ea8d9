using Homeward.Domain;
using Homeward.Web.Infrastructure.Api;

namespace Homeward.Web.Features.Registration;

/// <summary>How a registration ended; the API and the page each turn it into their own answer.</summary>
public abstract record RegistrationOutcome
{
    private RegistrationOutcome() { }

    public sealed record Registered(Guid CaseId, string Reference, Guid PrincipalPersonId, Guid HouseholdId, IReadOnlyList<Guid> MemberIds) : RegistrationOutcome;

    /// <summary>Fields at fault; nothing was saved.</summary>
    public sealed record Invalid(FieldErrors Errors) : RegistrationOutcome;

    /// <summary>Likely duplicates exist and the request neither links to one nor says why this is someone else.</summary>
    public sealed record LikelyDuplicates(IReadOnlyList<DuplicateMatch> Candidates) : RegistrationOutcome;

    /// <summary>Refused because of a record's state, such as a linked person who already has an open case.</summary>
    public sealed record Refused(DomainRuleException Rule) : RegistrationOutcome;

    /// <summary>The user has no office to register the case in.</summary>
    public sealed record NoOffice : RegistrationOutcome;
}
