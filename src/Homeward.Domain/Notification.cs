namespace Homeward.Domain;

/// <summary>A message for one user, such as an overdue follow-up on one of their cases.</summary>
public class Notification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public required string Text { get; set; }
    public string? Link { get; set; }
    public DateTime? ReadAt { get; set; }
}
