using System.Security.Cryptography;
using System.Text;

namespace Homeward.Data.Audit;

/// <summary>The hash that links an audit line to the one before it.</summary>
public static class AuditHash
{
    public static string Compute(AuditEntry e)
    {
        var canonical = string.Join('\n', e.PreviousHash ?? "", e.At.Ticks, e.UserId?.ToString() ?? "", e.UserName, e.Action, e.EntityType, e.EntityId ?? "", e.Details ?? "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
