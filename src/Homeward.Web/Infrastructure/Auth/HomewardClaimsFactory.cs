using System.Security.Claims;
using Homeward.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>Puts the user's office, organisation and display name into their cookie or bearer token.</summary>
public sealed class HomewardClaimsFactory(
    UserManager<HomewardUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<HomewardUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(HomewardUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HomewardClaims.OrganisationClaim, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(HomewardClaims.DisplayNameClaim, user.DisplayName));
        if (user.OfficeId is { } office) identity.AddClaim(new Claim(HomewardClaims.OfficeClaim, office.ToString()));
        return identity;
    }
}
