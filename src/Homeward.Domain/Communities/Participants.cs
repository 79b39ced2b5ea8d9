using Homeward.Domain.People;

namespace Homeward.Domain.Communities;

public enum AgeGroup { Under18, From18To24, From25To59, SixtyAndOver, Unknown }

public static class AgeGroups
{
    public static AgeGroup For(int? age) => age switch
    {
        null => AgeGroup.Unknown,
        < 18 => AgeGroup.Under18,
        < 25 => AgeGroup.From18To24,
        < 60 => AgeGroup.From25To59,
        _ => AgeGroup.SixtyAndOver,
    };
}

/// <summary>
/// A returnee taking part in a community project, linked to their case. Sex and age group are copied when they join,
/// so the project's counts never need the case; who the returnee is comes only through the case, within one's scope.
/// </summary>
public class ReturneeParticipant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public Guid CaseId { get; set; }
    public Sex Sex { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public DateOnly JoinedOn { get; set; }
    public string? Role { get; set; }
}

/// <summary>Non-migrant community members taking part, counted by sex and age group only.</summary>
public class NonMigrantParticipants
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public Sex Sex { get; set; }
    public AgeGroup AgeGroup { get; set; }
    public int Count { get; set; }
}
