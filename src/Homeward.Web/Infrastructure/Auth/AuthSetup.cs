using System.Security.Claims;
using Homeward.Data;
using Homeward.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Homeward.Web.Infrastructure.Auth;

/// <summary>
/// Identity with two ways in: a cookie for the browser and a bearer token for the API. An API call is never
/// redirected to a sign-in page: it gets 401 when not signed in and 403 when not allowed.
/// </summary>
public static class AuthSetup
{
    public const string Scheme = "Homeward";

    public static IServiceCollection AddHomewardAuth(this IServiceCollection services)
    {
        services.AddIdentity<HomewardUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<HomewardDbContext>()
            .AddClaimsPrincipalFactory<HomewardClaimsFactory>()
            .AddSignInManager<HomewardSignInManager>()
            .AddDefaultTokenProviders();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultAuthenticateScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));

        // The cookie's periodic re-check of the account builds a new principal: it keeps its session.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = ctx =>
        {
            if (ctx.CurrentPrincipal?.FindFirst(HomewardClaims.SessionClaim) is { } session && ctx.NewPrincipal?.Identity is ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == HomewardClaims.SessionClaim))
                identity.AddClaim(new Claim(HomewardClaims.SessionClaim, session.Value));
            return Task.CompletedTask;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "homeward.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure cookies wherever HTTPS is in front (always in production, where HTTPS is redirected to).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Administrator, Roles.ProgrammeManager, Roles.CaseManager,
                Roles.MEOfficer, Roles.CommunityOfficer, Roles.DataProtectionOfficer))
            .AddPolicy(Policies.CaseWork, p => p.RequireRole(Roles.CaseManager, Roles.ProgrammeManager, Roles.Administrator))
            .AddPolicy(Policies.Supervision, p => p.RequireRole(Roles.ProgrammeManager, Roles.Administrator))
            .AddPolicy(Policies.DataProtection, p => p.RequireRole(Roles.DataProtectionOfficer))
            .AddPolicy(Policies.Rectification, p => p.RequireRole(Roles.CaseManager, Roles.ProgrammeManager, Roles.Administrator, Roles.DataProtectionOfficer))
            .AddPolicy(Policies.Monitoring, p => p.RequireRole(Roles.MEOfficer, Roles.ProgrammeManager));
        return services;
    }

    private static Task ApiStatusOrRedirect(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
