using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Homeward.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// Signs users in as Identity does, and records each sign-in as a <see cref="UserSession"/> whose id travels in the
/// cookie or token (<see cref="HomewardClaims.SessionClaim"/>). A refresh of the same user's sign-in keeps its session.
/// </summary>
public sealed class HomewardSignInManager(
    UserManager<HomewardUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<HomewardUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<HomewardUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<HomewardUser> confirmation, HomewardDbContext db)
    : SignInManager<HomewardUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(HomewardUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var current = Context.User;
        var sessionId = current.UserId() == user.Id && current.SessionId() is { } existing ? existing : await StartSessionAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties,
            additionalClaims.Where(c => c.Type != HomewardClaims.SessionClaim).Append(new Claim(HomewardClaims.SessionClaim, sessionId.ToString())));
    }

    private async Task<Guid> StartSessionAsync(HomewardUser user)
    {
        var now = DateTime.UtcNow;
        var agent = Context.Request.Headers.UserAgent.ToString();
        var session = new UserSession
        {
            UserId = user.Id,
            Channel = AuthenticationScheme == IdentityConstants.BearerScheme ? "api" : "web",
            UserAgent = agent.Length == 0 ? null : agent[..Math.Min(agent.Length, 256)],
            IpAddress = Context.Connection.RemoteIpAddress?.ToString(),
            CreatedAt = now,
            LastSeenAt = now,
            StampHash = SessionStamp.Hash(await UserManager.GetSecurityStampAsync(user)),
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }
}

public static class SessionStamp
{
    public static string Hash(string? stamp) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp ?? "")));
}
