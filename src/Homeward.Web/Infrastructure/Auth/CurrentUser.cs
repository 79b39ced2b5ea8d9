using Homeward.Domain.Accounts;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>The signed-in user as use cases need them: who, which office, whether they supervise, what they may read.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private System.Security.Claims.ClaimsPrincipal User => accessor.HttpContext?.User ?? new();

    public Guid? Id => User.UserId();
    public string Name => User.Name() is { Length: > 0 } n ? n : "system";
    public Guid? OfficeId => User.OfficeId();
    public bool IsSupervisor => User.IsInRole(Roles.ProgrammeManager) || User.IsInRole(Roles.Administrator);
    public bool IsInRole(string role) => User.IsInRole(role);
    /// <summary>May read counselling notes, findings and disability of the cases in their scope.</summary>
    public bool CanSeeSensitiveData => User.HasClaim(HomewardClaims.PermissionClaim, Permissions.SensitiveData);
}
