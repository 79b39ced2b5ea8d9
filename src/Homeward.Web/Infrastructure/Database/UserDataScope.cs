using System.Security.Claims;
using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>
/// The signed-in user's need-to-know scope over cases: programme-wide roles see every case, case managers the
/// cases of their office, everyone else none. Work outside a request (jobs, operator commands) runs as the system.
/// Read at query time, because the database context of a request can be created before sign-in is resolved.
/// </summary>
public sealed class UserDataScope(IHttpContextAccessor accessor) : IDataScope
{
    public bool SeesAllCases => accessor.HttpContext is not { } ctx || SeesAll(ctx.User);

    public Guid? OfficeId => accessor.HttpContext?.User is { } user && user.IsInRole(Roles.CaseManager) ? user.OfficeId() : null;

    private static bool SeesAll(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ProgrammeManager)
            || user.IsInRole(Roles.MEOfficer) || user.IsInRole(Roles.DataProtectionOfficer));
}
