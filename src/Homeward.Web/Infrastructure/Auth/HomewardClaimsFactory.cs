using System.Security.Claims;
using Homeward.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// Puts the user's office, organisation, display name and permissions into their cookie or bearer token, and marks a
/// sign-in that must set up two-factor sign-in before anything else.
/// </summary>
public sealed class HomewardClaimsFactory(
    UserManager<HomewardUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options, HomewardDbContext db)
    : UserClaimsPrincipalFactory<HomewardUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HomewardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HomewardClaims.OrganisationClaim, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(HomewardClaims.DisplayNameClaim, user.DisplayName));
        if (user.OfficeId is { } office) identity.AddClaim(new Claim(HomewardClaims.OfficeClaim, office.ToString()));
        if (!user.TwoFactorEnabled && await TwoFactorRequiredAsync(user)) identity.AddClaim(new Claim(HomewardClaims.TwoFactorSetupClaim, "true"));
        return identity;
    }

    /// <summary>Whether one of the user's roles is among those the programme requires two-factor sign-in for.</summary>
    private async Task<bool> TwoFactorRequiredAsync(HomewardUser user)
    {
        var required = await db.ProgrammeSettingsInOrder.AsNoTracking().Select(s => s.TwoFactorRoles).FirstOrDefaultAsync() ?? "";
        if (required.Length == 0) return false;
        var mandated = required.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (await UserManager.GetRolesAsync(user)).Any(mandated.Contains);
    }
}
