namespace Homeward.Data;

/// <summary>A lease that lets exactly one instance of a cluster run a background job at a time.</summary>
public class JobLease
{
    public required string Name { get; set; }
    public string? Holder { get; set; }
    public DateTime LeasedUntil { get; set; }
    public DateTime? LastCompletedAt { get; set; }
}
