namespace Homeward.Web.Features.Caseload;

/// <summary>
/// The caseload's query string as a person or client typed it, before it is checked. Every value is text so that a
/// bad one is answered with a 400 naming the parameter, not a binding failure.
/// </summary>
public sealed record CaseloadRequest(
    string? Stage = null,
    string? OverdueFollowUp = null,
    string? LatePlan = null,
    string? Vulnerable = null,
    string? LocationId = null,
    string? CaseManagerId = null,
    string? Mine = null,
    string? Q = null,
    string? After = null,
    string? Limit = null);
