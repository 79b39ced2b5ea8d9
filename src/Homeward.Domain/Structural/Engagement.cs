namespace Homeward.Domain.Structural;

/// <summary>How closely the programme engages a stakeholder, from the handbook's stakeholder mapping.</summary>
public enum EngagementPriority { Inform, Communicate, ManageClosely }

/// <summary>The influence–interest grid, in the handbook's three priorities.</summary>
public static class Engagement
{
    /// <summary>
    /// High influence with at least medium interest: manage closely. Otherwise any high rating, or medium influence:
    /// communicate. The rest: inform.
    /// </summary>
    public static EngagementPriority PriorityOf(Rating influence, Rating interest) => (influence, interest) switch
    {
        (Rating.High, Rating.High or Rating.Medium) => EngagementPriority.ManageClosely,
        (Rating.High, _) or (_, Rating.High) or (Rating.Medium, _) => EngagementPriority.Communicate,
        _ => EngagementPriority.Inform,
    };
}
