namespace Homeward.Data;

/// <summary>
/// An API request sent with an Idempotency-Key, and the answer it got: a client that resends it after a dropped
/// connection gets the same answer, and nothing is created twice.
/// </summary>
public class IdempotentRequest
{
    public Guid UserId { get; set; }
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    /// <summary>Null while the first request is still being handled.</summary>
    public int? StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? ResponseBody { get; set; }
    public DateTime CreatedAt { get; set; }
}
