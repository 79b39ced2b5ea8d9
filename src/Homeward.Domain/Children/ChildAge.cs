using Homeward.Domain.People;

namespace Homeward.Domain.Children;

/// <summary>Who is a child: a person under 18, by their date of birth or its estimate; adult on their 18th birthday.</summary>
public static class ChildAge
{
    public const int AdultAge = 18;

    /// <summary>The 18th birthday, when the date of birth (or its estimate) is known.</summary>
    public static DateOnly? AdultOn(Person person) => person.DateOfBirth?.AddYears(AdultAge);

    /// <summary>Under 18 on the day; a member with no date of birth at all counts as a child when related to the returnee as one.</summary>
    public static bool IsChildOn(Person person, DateOnly day) => IsChildOn(person.AgeOn(day), person.Relationship);

    /// <summary>The same rule from the age on the day (null without a date of birth) and the relationship to the returnee.</summary>
    public static bool IsChildOn(int? age, HouseholdRelationship relationship) =>
        age is { } years ? years < AdultAge : relationship == HouseholdRelationship.Child;
}
