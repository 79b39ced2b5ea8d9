namespace Homeward.Domain.LabourMarket;

/// <summary>
/// A labour market assessment of one place (see the domain primer, "Structural level"): sectors, skills in demand,
/// growth, wages and barriers to access, when and from which source. Read by the feasibility grid for the
/// returnee's place and any place above it.
/// </summary>
public class LabourMarketAssessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid LocationId { get; set; }
    public DateOnly AssessedOn { get; set; }
    public required string Source { get; set; }
    /// <summary>The main sectors of the local economy, comma-separated.</summary>
    public required string Sectors { get; set; }
    /// <summary>Skills and trades employers are looking for, comma-separated.</summary>
    public required string SkillsInDemand { get; set; }
    public string? Growth { get; set; }
    public string? Wages { get; set; }
    public string? AccessBarriers { get; set; }

    /// <summary>Whether a skill or trade is named among those in demand (any case, whole entries or part of one).</summary>
    public bool InDemand(string skill) =>
        SkillsInDemand.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(s => s.Contains(skill.Trim(), StringComparison.OrdinalIgnoreCase));
}
