namespace Homeward.Domain.Communities;

public enum ProjectStage { Assessment, Design, Implementation, Review }

/// <summary>A stage of the project worked through with the community, and who took part.</summary>
public class ParticipatoryStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ProjectId { get; set; }
    public ProjectStage Stage { get; set; }
    public DateOnly HeldOn { get; set; }
    public int Returnees { get; set; }
    public int NonMigrants { get; set; }
    public required string WhoTookPart { get; set; }
    public string? Notes { get; set; }
}
