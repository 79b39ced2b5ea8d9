namespace Homeward.Domain.Referrals;

/// <summary>The fields of a case that a referral can share with the receiving partner, chosen one by one.</summary>
public enum SharedField
{
    Name,
    Contact,
    Need,
    Sex,
    DateOfBirth,
    Nationality,
    Languages,
    ReturnLocation,
    HouseholdSize,
    Disability,
}

public static class SharedFields
{
    /// <summary>What every referral shares: who, how to reach them, and what they need. Anything more is chosen field by field.</summary>
    public static readonly IReadOnlyList<SharedField> Minimum = [SharedField.Name, SharedField.Contact, SharedField.Need];
}
