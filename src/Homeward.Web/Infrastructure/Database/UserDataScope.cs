using System.Security.Claims;
using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>
/// The signed-in user's need-to-know scope over cases: administrators, programme managers and the data protection
/// officer see every case, case managers the cases of their office, everyone else none (M&amp;E officers work from
/// de-identified aggregates, partners from what is shared with them). Break-glass access adds single cases for a
/// while. Work outside a request (jobs, operator commands) runs as the system.
/// Read at query time, because the database context of a request can be created before sign-in is resolved.
/// </summary>
public sealed class UserDataScope(IHttpContextAccessor accessor) : IDataScope
{
    public bool SeesAllCases => accessor.HttpContext is not { } ctx || SeesAll(ctx.User);

    public Guid? OfficeId => accessor.HttpContext?.User is { } user && user.IsInRole(Roles.CaseManager) ? user.OfficeId() : null;

    public Guid[] GrantedCaseIds => accessor.HttpContext is { } ctx ? BreakGlassGrants.Of(ctx) : [];

    public Guid? PartnerOrganisationId => accessor.HttpContext?.User is { } user && user.IsInRole(Roles.PartnerCaseWorker)
        ? user.OrganisationId() ?? Guid.Empty
        : null;

    private static bool SeesAll(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && (user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ProgrammeManager) || user.IsInRole(Roles.DataProtectionOfficer));
}
