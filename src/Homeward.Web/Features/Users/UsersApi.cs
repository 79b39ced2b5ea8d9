using Homeward.Domain;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;

namespace Homeward.Web.Features.Users;

/// <summary>Accounts, for administrators.</summary>
public sealed class UsersApi : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(p => p.RequireRole(Roles.Administrator));
        group.MapGet("", async (UserAdministration admin, CancellationToken ct) => TypedResults.Ok(await admin.ListAsync(ct)))
            .WithSummary("Every account with its role, organisation, office and whether it is active");
        group.MapPost("", async (NewUser body, UserAdministration admin, CancellationToken ct) =>
            {
                try
                {
                    var id = await admin.CreateAsync(body, ct);
                    return Results.Created($"/api/v1/users/{id}", new { id });
                }
                catch (DomainRuleException ex)
                {
                    return ex.ToResult();
                }
            })
            .WithSummary("Create an account with one role");
        group.MapPost("/{id:guid}/deactivate", (Guid id, UserAdministration admin, CurrentUser me) => SetActive(admin, id, false, me))
            .WithSummary("Deactivate an account: its sessions and tokens end at once");
        group.MapPost("/{id:guid}/activate", (Guid id, UserAdministration admin, CurrentUser me) => SetActive(admin, id, true, me))
            .WithSummary("Reactivate an account");
        group.MapPut("/{id:guid}/sensitive-data", (Guid id, UserAdministration admin) => SetSensitiveData(admin, id, true))
            .WithSummary("Grant the permission to read sensitive sections (counselling notes, findings, disability) in the user's scope")
            .WithDescription("The user's sessions and tokens end, so the permission applies from their next sign-in. Granting it twice changes nothing.");
        group.MapDelete("/{id:guid}/sensitive-data", (Guid id, UserAdministration admin) => SetSensitiveData(admin, id, false))
            .WithSummary("Withdraw the permission to read sensitive sections; the user's sessions and tokens end at once");
        group.MapPost("/{id:guid}/two-factor/reset", async (Guid id, UserAdministration admin) =>
                await admin.ResetTwoFactorAsync(id) ? Results.NoContent() : Results.Problem("No such account.", statusCode: 404))
            .WithSummary("Turn off a user's two-factor sign-in (a lost phone): their sessions end; a role that requires it makes them set it up again");
        group.MapGet("/two-factor-roles", async (UserAdministration admin, CancellationToken ct) => TypedResults.Ok(await admin.TwoFactorRolesAsync(ct)))
            .WithSummary("The roles whose members must sign in with two factors");
        group.MapPut("/two-factor-roles", async (TwoFactorRoles body, UserAdministration admin, CancellationToken ct) =>
            {
                try
                {
                    await admin.SetTwoFactorRolesAsync(body.Roles, ct);
                    return Results.NoContent();
                }
                catch (DomainRuleException ex)
                {
                    return ex.ToResult();
                }
            })
            .WithSummary("Require two-factor sign-in for these roles")
            .WithDescription("Members of a role added or removed have their sessions ended: from their next sign-in, those without two-factor sign-in can only set it up.");
    }

    private static async Task<IResult> SetSensitiveData(UserAdministration admin, Guid id, bool granted) =>
        await admin.SetSensitiveDataAsync(id, granted) ? Results.NoContent() : Results.Problem("No such account.", statusCode: 404);

    private static async Task<IResult> SetActive(UserAdministration admin, Guid id, bool active, CurrentUser me)
    {
        try
        {
            return await admin.SetActiveAsync(id, active, me.Id) ? Results.NoContent() : Results.Problem("No such account.", statusCode: 404);
        }
        catch (DomainRuleException ex)
        {
            return ex.ToResult();
        }
    }
}
