namespace Homeward.Data.Audit;

/// <summary>
/// One line of the append-only audit log: who did what to which record, when. Each line carries the hash of the
/// line before it, so that a line changed or removed behind the application's back breaks the chain.
/// </summary>
public class AuditEntry
{
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    /// <summary>JSON: the fields changed with old and new values, sensitive values redacted; or a note for reads and sign-ins.</summary>
    public string? Details { get; set; }
    public string? PreviousHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>What an audit line records.</summary>
public static class AuditActions
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Read = "Read";
    public const string Export = "Export";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string PermissionChange = "PermissionChange";
    public const string BreakGlass = "BreakGlass";
    /// <summary>A record outside the caller's scope was asked for by id and refused (answered as not found).</summary>
    public const string AccessDenied = "AccessDenied";
    /// <summary>The retention policy removed a closed case's identifiers.</summary>
    public const string Anonymise = "Anonymise";
    /// <summary>The data protection officer erased a person's identifiers on their request.</summary>
    public const string Erase = "Erase";
}

/// <summary>Who is acting, for the audit log: the signed-in user, or the system.</summary>
public interface IAuditActor
{
    Guid? UserId { get; }
    string UserName { get; }
}
