using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>
/// The signed-in user's need-to-know scope over cases: programme-wide roles see every case, case managers the
/// cases of their office, everyone else none. Work outside a request (jobs, operator commands) runs as the system.
/// </summary>
public sealed class UserDataScope : IDataScope
{
    public UserDataScope(IHttpContextAccessor accessor)
    {
        var user = accessor.HttpContext?.User;
        if (accessor.HttpContext is null)
        {
            SeesAllCases = true;
            return;
        }
        if (user?.Identity?.IsAuthenticated != true) return;
        SeesAllCases = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ProgrammeManager)
            || user.IsInRole(Roles.MEOfficer) || user.IsInRole(Roles.DataProtectionOfficer);
        OfficeId = user.IsInRole(Roles.CaseManager) ? user.OfficeId() : null;
    }

    public bool SeesAllCases { get; }
    public Guid? OfficeId { get; }
}
