using Homeward.Domain.People;
using Homeward.Web.Infrastructure.Api;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Registration;

/// <summary>Checks a person's details field by field, and turns valid details into a person with search keys.</summary>
public static class PersonRules
{
    public const int MaxGivenName = 100, MaxFamilyName = 100, MaxOtherNames = 400, MaxNationality = 64, MaxLanguages = 200,
        MaxDisability = 400, MaxPhone = 40, MaxDocumentType = 40, MaxDocumentNumber = 60;

    /// <param name="prefix">Where the person sits in the request, such as "principal." or "householdMembers[1]."</param>
    public static void Validate(PersonDetails p, string prefix, DateOnly today, FieldErrors errors, IStringLocalizer L)
    {
        if (UserInput.Clean(p.GivenName) is null) errors.Add(prefix + "givenName", L["Enter the given name."].Value);
        if (UserInput.Clean(p.FamilyName) is null) errors.Add(prefix + "familyName", L["Enter the family name."].Value);
        MaxLength(p.GivenName, MaxGivenName, prefix + "givenName", errors, L);
        MaxLength(p.FamilyName, MaxFamilyName, prefix + "familyName", errors, L);
        MaxLength(p.OtherNames, MaxOtherNames, prefix + "otherNames", errors, L);
        MaxLength(p.Nationality, MaxNationality, prefix + "nationality", errors, L);
        MaxLength(p.Languages, MaxLanguages, prefix + "languages", errors, L);
        MaxLength(p.Disability, MaxDisability, prefix + "disability", errors, L);
        MaxLength(p.Phone, MaxPhone, prefix + "phone", errors, L);
        MaxLength(p.DocumentType, MaxDocumentType, prefix + "documentType", errors, L);
        MaxLength(p.DocumentNumber, MaxDocumentNumber, prefix + "documentNumber", errors, L);
        if (UserInput.Clean(p.Sex) is not null && !UserInput.TryParse<Sex>(p.Sex, out _))
            errors.Add(prefix + "sex", L["Choose one of: {0}.", UserInput.Names<Sex>()].Value);
        if (p.DateOfBirth > today)
            errors.Add(prefix + "dateOfBirth", L["The date of birth cannot be in the future."].Value);
        if (UserInput.Clean(p.DocumentNumber) is not null && UserInput.Clean(p.DocumentType) is null)
            errors.Add(prefix + "documentType", L["Give the type of document as well as its number."].Value);
    }

    /// <summary>A household member's relationship to the principal: required, and never "Principal".</summary>
    public static void ValidateRelationship(string? relationship, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (UserInput.Clean(relationship) is null)
            errors.Add(field, L["Choose how this person is related to the returnee."].Value);
        else if (!UserInput.TryParse<HouseholdRelationship>(relationship, out var parsed) || parsed == HouseholdRelationship.Principal)
            errors.Add(field, L["Choose one of: {0}.", MemberRelationships].Value);
    }

    public static string MemberRelationships =>
        string.Join(", ", Enum.GetNames<HouseholdRelationship>().Where(n => n != nameof(HouseholdRelationship.Principal)));

    public static void MaxLength(string? text, int max, string field, FieldErrors errors, IStringLocalizer L)
    {
        if (UserInput.Clean(text) is { } clean && clean.Length > max)
            errors.Add(field, L["Use at most {0} characters.", max].Value);
    }

    /// <summary>A new person from validated details, with the phonetic keys duplicate search relies on.</summary>
    public static Person ToPerson(PersonDetails p, Guid? householdId, HouseholdRelationship relationship)
    {
        var person = new Person
        {
            GivenName = UserInput.Clean(p.GivenName)!,
            FamilyName = UserInput.Clean(p.FamilyName)!,
            OtherNames = UserInput.Clean(p.OtherNames),
            Sex = UserInput.TryParse<Sex>(p.Sex, out var sex) ? sex : Sex.Unknown,
            DateOfBirth = p.DateOfBirth,
            DateOfBirthEstimated = p.DateOfBirth is not null && p.DateOfBirthEstimated,
            Nationality = UserInput.Clean(p.Nationality),
            Languages = UserInput.Clean(p.Languages),
            Disability = UserInput.Clean(p.Disability),
            Phone = UserInput.Clean(p.Phone),
            DocumentType = UserInput.Clean(p.DocumentType),
            DocumentNumber = UserInput.Clean(p.DocumentNumber),
            HouseholdId = householdId,
            Relationship = relationship,
        };
        person.RefreshSearchKeys();
        return person;
    }
}
