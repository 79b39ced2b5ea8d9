using Homeward.Domain.Communities;
using Homeward.Domain.Plans;

namespace Homeward.Web.Features.CommunityProjects;

/// <summary>A community project as the API and the project form send it. <see cref="Version"/> is required to edit.</summary>
public sealed class ProjectInput
{
    public string? Title { get; set; }
    public ProjectType? Type { get; set; }
    public Dimension? Dimension { get; set; }
    public string? Sector { get; set; }
    public string? Objectives { get; set; }
    public Guid? LocationId { get; set; }
    public Guid? ProfileId { get; set; }
    public decimal? Budget { get; set; }
    public decimal? Spent { get; set; }
    public string? Partners { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public ProjectStatus? Status { get; set; }
    public int? Version { get; set; }

    public static ProjectInput From(CommunityProject p) => new()
    {
        Title = p.Title, Type = p.Type, Dimension = p.Dimension, Sector = p.Sector, Objectives = p.Objectives, LocationId = p.LocationId,
        ProfileId = p.ProfileId, Budget = p.Budget, Spent = p.Spent, Partners = p.Partners, StartOn = p.StartOn, EndOn = p.EndOn,
        Status = p.Status, Version = p.Version,
    };
}

/// <summary>A returnee joining a project: their case by id (API) or by reference (form), within the caller's scope.</summary>
public sealed class ReturneeInput
{
    public Guid? CaseId { get; set; }
    public string? CaseReference { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public string? Role { get; set; }
}

/// <summary>How many non-migrant community members of one sex and age group take part; zero removes the count.</summary>
public sealed class NonMigrantInput
{
    public Domain.People.Sex? Sex { get; set; }
    public AgeGroup? AgeGroup { get; set; }
    public int? Count { get; set; }
}

public sealed class StepInput
{
    public ProjectStage? Stage { get; set; }
    public DateOnly? HeldOn { get; set; }
    public int? Returnees { get; set; }
    public int? NonMigrants { get; set; }
    public string? WhoTookPart { get; set; }
    public string? Notes { get; set; }
}

public sealed class ResultInput
{
    public ResultLevel? Level { get; set; }
    public string? Description { get; set; }
    public string? Unit { get; set; }
    public decimal? Target { get; set; }
    public decimal? Achieved { get; set; }
}

public sealed class AchievedInput
{
    public decimal? Achieved { get; set; }
}
