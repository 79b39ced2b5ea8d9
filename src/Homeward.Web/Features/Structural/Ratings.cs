using Homeward.Domain.Structural;

namespace Homeward.Web.Features.Structural;

/// <summary>Badges for engagement priorities; the priority is always written out too.</summary>
public static class Ratings
{
    public static string PriorityBadge(EngagementPriority p) => p switch
    {
        EngagementPriority.ManageClosely => "badge text-bg-danger",
        EngagementPriority.Communicate => "badge text-bg-warning",
        _ => "badge text-bg-light border",
    };
}
