namespace Homeward.Domain.People;

/// <summary>A returnee or a household member. Children are persons in their own right.</summary>
public class Person
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    /// <summary>Other spellings and aliases, separated by semicolons.</summary>
    public string? OtherNames { get; set; }
    public Sex Sex { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public bool DateOfBirthEstimated { get; set; }
    public string? Nationality { get; set; }
    public string? Languages { get; set; }
    public string? Disability { get; set; }
    public string? Phone { get; set; }
    public string? DocumentType { get; set; }
    public string? DocumentNumber { get; set; }
    /// <summary>Keyed hash of the document number, set by the data layer on save: searched instead of the encrypted number.</summary>
    public string? DocumentNumberHash { get; set; }
    public Guid? HouseholdId { get; set; }
    public HouseholdRelationship Relationship { get; set; } = HouseholdRelationship.Principal;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Phonetic keys kept in step with the names, for duplicate search on any database.</summary>
    public string GivenNameKey { get; private set; } = "";
    public string FamilyNameKey { get; private set; } = "";
    public int? BirthYear { get; private set; }

    public string FullName => $"{GivenName} {FamilyName}";

    /// <summary>Recomputes the search keys; call after changing names or date of birth.</summary>
    public void RefreshSearchKeys()
    {
        GivenNameKey = NameKey.For(GivenName);
        FamilyNameKey = NameKey.For(FamilyName);
        BirthYear = DateOfBirth?.Year;
    }

    public int? AgeOn(DateOnly day) => AgeOn(DateOfBirth, day);

    /// <summary>Age in whole years on the day, from a date of birth when there is one.</summary>
    public static int? AgeOn(DateOnly? dateOfBirth, DateOnly day)
    {
        if (dateOfBirth is not { } dob) return null;
        var age = day.Year - dob.Year;
        if (day < dob.AddYears(age)) age--;
        return age;
    }
}
