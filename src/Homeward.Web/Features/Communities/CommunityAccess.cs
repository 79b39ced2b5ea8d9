using Homeward.Domain.Accounts;

namespace Homeward.Web.Features.Communities;

/// <summary>Who works at the community and structural levels: community officers, programme managers, administrators.</summary>
public static class CommunityAccess
{
    /// <summary>For <c>[Authorize(Roles = …)]</c> on pages.</summary>
    public const string Roles = $"{Domain.Accounts.Roles.CommunityOfficer},{Domain.Accounts.Roles.ProgrammeManager},{Domain.Accounts.Roles.Administrator}";

    public static readonly string[] RoleList = [Domain.Accounts.Roles.CommunityOfficer, Domain.Accounts.Roles.ProgrammeManager, Domain.Accounts.Roles.Administrator];

    /// <summary>Endpoints that change community or structural records.</summary>
    public static TBuilder RequireCommunityWork<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(p => p.RequireRole(RoleList));
}
