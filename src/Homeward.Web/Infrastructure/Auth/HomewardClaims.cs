using System.Security.Claims;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>The claims Homeward adds to a signed-in user, and how to read them.</summary>
public static class HomewardClaims
{
    public const string OfficeClaim = "homeward:office";
    public const string OrganisationClaim = "homeward:organisation";
    public const string DisplayNameClaim = "homeward:name";
    /// <summary>A permission granted on top of the role (<see cref="Domain.Accounts.Permissions"/>), stored as a user claim.</summary>
    public const string PermissionClaim = "homeward:permission";
    /// <summary>Present while the user's role requires two-factor sign-in and they have not set it up.</summary>
    public const string TwoFactorSetupClaim = "homeward:two-factor-setup";
    /// <summary>The <see cref="Data.UserSession"/> this cookie or token belongs to.</summary>
    public const string SessionClaim = "homeward:session";

    public static Guid? SessionId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(SessionClaim), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? OfficeId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OfficeClaim), out var id) ? id : null;

    public static Guid? OrganisationId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(OrganisationClaim), out var id) ? id : null;

    public static string Name(this ClaimsPrincipal user) =>
        user.FindFirstValue(DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
