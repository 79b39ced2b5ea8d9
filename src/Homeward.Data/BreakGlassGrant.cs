namespace Homeward.Data;

/// <summary>
/// Access to one case outside a user's need-to-know scope, opened by the user with a reason and closed by time.
/// While it lasts, the data scope includes the case for that user. The data protection officer reviews them all.
/// </summary>
public class BreakGlassGrant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }
    public required string UserName { get; set; }
    public Guid CaseId { get; set; }
    public required string Reason { get; set; }
    public DateTime GrantedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
