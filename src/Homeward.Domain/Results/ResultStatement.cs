namespace Homeward.Domain.Results;

public enum ResultLevel
{
    Objective,
    Outcome,
    Output,
    Activity,
}

/// <summary>One result of the programme's results framework: the objective, an outcome under it, an output, an activity.</summary>
public class ResultStatement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? ParentId { get; set; }
    public ResultLevel Level { get; set; }
    /// <summary>As the framework numbers it: "O", "1", "1.1", "1.1.1".</summary>
    public required string Code { get; set; }
    public required string Statement { get; set; }
    public int Position { get; set; }
    /// <summary>Concurrency token: an edit made on an older version changes nothing.</summary>
    public int Version { get; set; }
}
