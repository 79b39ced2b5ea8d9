using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Web.Infrastructure;

namespace Homeward.Web.Features.Account;

/// <summary>Writes every sign-in and failed sign-in to the audit log.</summary>
[ScopedService]
public sealed class SignInAudit(HomewardDbContext db)
{
    public async Task RecordAsync(string email, HomewardUser? user, bool succeeded, string channel)
    {
        db.RecordAccess(succeeded ? AuditActions.SignIn : AuditActions.SignInFailed, "User", user?.Id.ToString(),
            $"{channel}: {email}", user?.Id, user?.DisplayName ?? "anonymous");
        await db.SaveChangesAsync();
    }
}
