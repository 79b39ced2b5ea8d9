using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Accounts;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Users;

public sealed record UserSummary(Guid Id, string Email, string DisplayName, string? Role, string Organisation, string? Office, bool IsActive, bool SensitiveData);

public sealed record TwoFactorRoles(IReadOnlyList<string>? Roles);

public sealed record NewUser(string? Email, string? DisplayName, string? Role, Guid? OrganisationId, Guid? OfficeId, string? Password);

/// <summary>The administrator's accounts work: list, create, change role, deactivate (ending sessions at once).</summary>
[ScopedService]
public sealed class UserAdministration(HomewardDbContext db, UserManager<HomewardUser> users)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken ct = default)
    {
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var offices = await db.Offices.ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var sensitive = (await db.UserClaims.Where(c => c.ClaimType == HomewardClaims.PermissionClaim && c.ClaimValue == Permissions.SensitiveData)
            .Select(c => c.UserId).ToListAsync(ct)).ToHashSet();
        var all = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        return all.Select(u => new UserSummary(u.Id, u.Email ?? "", u.DisplayName, roles.FirstOrDefault(r => r.UserId == u.Id)?.Name,
            organisations.GetValueOrDefault(u.OrganisationId, "?"), u.OfficeId is { } o ? offices.GetValueOrDefault(o) : null, u.IsActive,
            sensitive.Contains(u.Id))).ToList();
    }

    public async Task<Guid> CreateAsync(NewUser input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(input.Email) || !input.Email.Contains('@'))
            throw new DomainRuleException("user-email", "Give a valid email address.", "email");
        if (string.IsNullOrWhiteSpace(input.DisplayName))
            throw new DomainRuleException("user-name", "Give the person's name.", "displayName");
        if (input.Role is null || !Roles.All.Contains(input.Role))
            throw new DomainRuleException("user-role", $"Choose one of the roles: {string.Join(", ", Roles.All)}.", "role");
        if (input.OrganisationId is not { } organisation || !await db.Organisations.AnyAsync(o => o.Id == organisation, ct))
            throw new DomainRuleException("user-organisation", "Choose an existing organisation.", "organisationId");
        if (input.OfficeId is { } office && !await db.Offices.AnyAsync(o => o.Id == office && o.OrganisationId == organisation, ct))
            throw new DomainRuleException("user-office", "The office must belong to the user's organisation.", "officeId");
        if (input.Role == Roles.CaseManager && input.OfficeId is null)
            throw new DomainRuleException("user-office", "A case manager works in an office: choose it.", "officeId");
        if (await users.FindByEmailAsync(input.Email) is not null)
            throw new DomainRuleException("user-exists", "An account with this email already exists.", "email", isConflict: true);

        var user = new HomewardUser { UserName = input.Email, Email = input.Email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim(), OrganisationId = organisation, OfficeId = input.OfficeId };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
            throw new DomainRuleException("user-password", string.Join(" ", created.Errors.Select(e => e.Description)), "password");
        await users.AddToRoleAsync(user, input.Role);
        await tx.CommitAsync(ct);
        return user.Id;
    }

    /// <summary>
    /// Grants or withdraws the permission to read sensitive sections (counselling notes, findings, disability). The user's
    /// sessions and tokens end, so the change applies at once; it is in the audit log as a permission change.
    /// </summary>
    public async Task<bool> SetSensitiveDataAsync(Guid id, bool granted)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return false;
        var claim = new Claim(HomewardClaims.PermissionClaim, Permissions.SensitiveData);
        var has = (await users.GetClaimsAsync(user)).Any(c => c.Type == claim.Type && c.Value == claim.Value);
        if (granted == has) return true;
        await using var tx = await db.Database.BeginTransactionAsync();
        var result = granted ? await users.AddClaimAsync(user, claim) : await users.RemoveClaimAsync(user, claim);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync();
        return true;
    }

    /// <summary>Turns off a user's two-factor sign-in and forgets their authenticator key; their sessions end.</summary>
    public async Task<bool> ResetTwoFactorAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return false;
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        return true;
    }

    public async Task<TwoFactorRoles> TwoFactorRolesAsync(CancellationToken ct = default) =>
        new((await db.ProgrammeSettingsInOrder.AsNoTracking().FirstOrDefaultAsync(ct))?.TwoFactorRoleList ?? []);

    /// <summary>
    /// Requires two-factor sign-in for these roles. Members of every role added or removed have their sessions ended, so
    /// that their next sign-in carries the new rule (set-up first, or no longer).
    /// </summary>
    public async Task SetTwoFactorRolesAsync(IReadOnlyList<string>? roles, CancellationToken ct = default)
    {
        if (roles is null) throw new DomainRuleException("two-factor-roles", "Send roles: the list of roles that must sign in with two factors (it may be empty).", "roles");
        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            throw new DomainRuleException("two-factor-roles", $"{unknown} is not a role. Choose among: {string.Join(", ", Roles.All)}.", "roles");
        var settings = await db.ProgrammeSettingsInOrder.FirstOrDefaultAsync(ct);
        if (settings is null) db.ProgrammeSettings.Add(settings = new Domain.Programmes.ProgrammeSettings());
        var changed = settings.TwoFactorRoleList.Except(roles).Union(roles.Except(settings.TwoFactorRoleList)).ToList();
        settings.TwoFactorRoles = string.Join(",", roles.Distinct());
        await db.SaveChangesAsync(ct);
        foreach (var role in changed)
            foreach (var member in await users.GetUsersInRoleAsync(role))
                await users.UpdateSecurityStampAsync(member);
    }

    /// <summary>Deactivates the account; its cookies and tokens stop working with the next request.</summary>
    public async Task<bool> SetActiveAsync(Guid id, bool active, Guid? actingUser)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null) return false;
        if (!active && id == actingUser) throw new DomainRuleException("user-self", "You cannot deactivate your own account.", "id", isConflict: true);
        user.IsActive = active;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        return true;
    }
}
