using Homeward.Domain.Consent;
using Microsoft.AspNetCore.Components.Forms;

namespace Homeward.Web.Features.Registration;

/// <summary>
/// What the registration page posts. The returnee, members and return details bind straight to the request;
/// consents are a checkbox per purpose with one method, date and interpreter answer for all of them.
/// </summary>
public sealed class RegistrationForm
{
    public const string AddMember = "add-member", RemoveMember = "remove-member-", Register = "register", Override = "override";
    /// <summary>Removing a member asks first: these confirm the removal, or keep the member.</summary>
    public const string ConfirmRemoveMember = "confirm-remove-member-", KeepMember = "keep-member";

    public PersonDetails Principal { get; set; } = new();
    public List<HouseholdMemberDetails> Members { get; set; } = [];
    public string? HostCountry { get; set; }
    public DateOnly? ReturnDate { get; set; }
    public string? ReturnType { get; set; }
    public Guid? ReturnLocationId { get; set; }
    public string? MigrationHistory { get; set; }
    public List<ConsentChoice> Consents { get; set; } = Enum.GetValues<ConsentPurpose>().Select(p => new ConsentChoice { Purpose = p.ToString() }).ToList();
    public string? ConsentMethod { get; set; } = "Written";
    public DateOnly? ConsentGivenOn { get; set; } = DateOnly.FromDateTime(DateTime.UtcNow);
    public bool InterpreterUsed { get; set; }
    /// <summary>Set by the "same person" button of a likely duplicate.</summary>
    public Guid? LinkToPersonId { get; set; }
    public string? DuplicateOverrideReason { get; set; }
    /// <summary>Which submit button was pressed.</summary>
    public string? Action { get; set; }

    /// <summary>
    /// Fills what a post left out (form binding leaves absent lists and objects null) and keeps one consent row per
    /// purpose, in order, whatever was posted.
    /// </summary>
    public RegistrationForm Complete()
    {
        Principal ??= new();
        Members = Members?.Where(m => m is not null).ToList() ?? [];
        var given = (Consents ?? []).Where(c => c is { Given: true }).Select(c => c.Purpose).ToHashSet(StringComparer.Ordinal);
        Consents = Enum.GetNames<ConsentPurpose>().Select(p => new ConsentChoice { Purpose = p, Given = given.Contains(p) }).ToList();
        return this;
    }

    public RegisterCaseRequest ToRequest() => new()
    {
        Principal = Principal,
        HouseholdMembers = Members,
        HostCountry = HostCountry,
        ReturnDate = ReturnDate,
        ReturnType = ReturnType,
        ReturnLocationId = ReturnLocationId,
        MigrationHistory = MigrationHistory,
        Consents = Consents.Where(c => c.Given).Select(c => new ConsentDetails
        {
            Purpose = c.Purpose, Method = ConsentMethod, GivenOn = ConsentGivenOn, InterpreterUsed = InterpreterUsed,
        }).ToList(),
        LinkToPersonId = LinkToPersonId,
        DuplicateOverrideReason = LinkToPersonId is null ? DuplicateOverrideReason : null,
    };

    /// <summary>The model property an API field error belongs to, so the input is marked invalid (aria-invalid) too.</summary>
    public FieldIdentifier? ModelField(string apiField)
    {
        static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
        var dot = apiField.LastIndexOf('.');
        var (owner, property) = dot < 0 ? ("", apiField) : (apiField[..dot], apiField[(dot + 1)..]);
        if (owner == "") return new FieldIdentifier(this, Pascal(property));
        if (owner == "principal") return new FieldIdentifier(Principal, Pascal(property));
        if (owner.StartsWith("consents[", StringComparison.Ordinal))
            return property switch
            {
                "method" => new FieldIdentifier(this, nameof(ConsentMethod)),
                "givenOn" => new FieldIdentifier(this, nameof(ConsentGivenOn)),
                _ => null,
            };
        return owner.StartsWith("householdMembers[", StringComparison.Ordinal)
               && int.TryParse(owner["householdMembers[".Length..^1], out var i) && i >= 0 && i < Members.Count
            ? new FieldIdentifier(Members[i], Pascal(property))
            : null;
    }

    /// <summary>
    /// The form control an API field error belongs to: "householdMembers[0].givenName" is "householdMembers-0-givenName";
    /// a consent's method or date is the one shared method or date field.
    /// </summary>
    public static string FieldId(string apiField)
    {
        if (apiField.StartsWith("consents[", StringComparison.Ordinal))
            return apiField.EndsWith(".method", StringComparison.Ordinal) ? "consentMethod"
                : apiField.EndsWith(".givenOn", StringComparison.Ordinal) ? "consentGivenOn" : "consents";
        return apiField.Replace("]", "").Replace('[', '-').Replace('.', '-');
    }
}

public sealed class ConsentChoice
{
    public string? Purpose { get; set; }
    public bool Given { get; set; }
}
