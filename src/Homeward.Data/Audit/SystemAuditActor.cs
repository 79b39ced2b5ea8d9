namespace Homeward.Data.Audit;

public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();
    public Guid? UserId => null;
    public string UserName => "system";
}
