namespace Homeward.Data;

/// <summary>
/// One sign-in of a user (a browser's cookie or an API token), so that the user can see where they are signed in
/// and end a session they do not recognise. Every authenticated request checks its session has not been ended.
/// </summary>
public class UserSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    /// <summary>"web" (the sign-in page) or "api" (a bearer token).</summary>
    public required string Channel { get; set; }
    public string? UserAgent { get; set; }
    public string? IpAddress { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? EndedAt { get; set; }
    /// <summary>A hash of the account's security stamp at sign-in: a later password, role or permission change ends the session.</summary>
    public required string StampHash { get; set; }
}
