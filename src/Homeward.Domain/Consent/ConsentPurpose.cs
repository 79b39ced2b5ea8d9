namespace Homeward.Domain.Consent;

/// <summary>The purposes a person consents to separately.</summary>
public enum ConsentPurpose
{
    CaseManagement,
    ReferralToPartners,
    SharingWithOtherCountryOffice,
    AnonymisedStatistics,
}
