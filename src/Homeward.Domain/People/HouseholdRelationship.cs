namespace Homeward.Domain.People;

/// <summary>How a household member relates to the principal returnee.</summary>
public enum HouseholdRelationship
{
    Principal,
    Spouse,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    Other,
}
