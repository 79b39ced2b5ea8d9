namespace Homeward.Domain.Results;

/// <summary>How a results framework hangs together: an objective at the top, outcomes under it, outputs under outcomes, activities under outputs.</summary>
public static class FrameworkStructure
{
    /// <summary>The level a result of this level must sit under, or null for the objective, which sits under nothing.</summary>
    public static ResultLevel? ParentLevel(ResultLevel level) => level switch
    {
        ResultLevel.Objective => null,
        ResultLevel.Outcome => ResultLevel.Objective,
        ResultLevel.Output => ResultLevel.Outcome,
        _ => ResultLevel.Output,
    };
}
