using System.Text;
using Homeward.Data;
using Homeward.Domain;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Account;

public sealed record TwoFactorStatus(bool Enabled, bool RequiredByRole, int RecoveryCodesLeft);

/// <param name="SharedKey">The key to type into an authenticator app, in groups of four.</param>
/// <param name="AuthenticatorUri">The same key as an otpauth:// link, for apps that open it.</param>
public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);

/// <summary>Recovery codes, each usable once when the authenticator is not at hand. Shown once.</summary>
public sealed record TwoFactorEnabled(IReadOnlyList<string> RecoveryCodes);

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238), for the signed-in user: set up a key, confirm it with
/// a code (which turns it on, returns recovery codes and ends the user's other sessions), or turn it off unless their
/// role requires it. Changes to the account are in the audit log; the key itself never is.
/// </summary>
[ScopedService]
public sealed class TwoFactorEnrolment(UserManager<HomewardUser> users, IUserStore<HomewardUser> store, HomewardDbContext db, CurrentUser me, IStringLocalizer<SharedResource> L)
{
    public const int RecoveryCodes = 10;

    public async Task<TwoFactorStatus> StatusAsync(CancellationToken ct = default)
    {
        var user = await CurrentAsync();
        return new TwoFactorStatus(user.TwoFactorEnabled, await RequiredAsync(user, ct), user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    /// <summary>A new key, not yet in force until confirmed. Refused while two-factor sign-in is on.</summary>
    public async Task<TwoFactorSetup> SetupAsync()
    {
        var user = await CurrentAsync();
        if (user.TwoFactorEnabled)
            throw new DomainRuleException("two-factor-on", L["Two-factor sign-in is already on. Turn it off first to use another authenticator."].Value, isConflict: true);
        await SetKeyAsync(user, users.GenerateNewAuthenticatorKey());
        return await CurrentSetupAsync(user);
    }

    /// <summary>The key being set up, to show it again after a wrong code; null when none was set up.</summary>
    public async Task<TwoFactorSetup?> PendingSetupAsync()
    {
        var user = await CurrentAsync();
        return user.TwoFactorEnabled || await users.GetAuthenticatorKeyAsync(user) is null ? null : await CurrentSetupAsync(user);
    }

    public async Task<TwoFactorEnabled> EnableAsync(string? code)
    {
        var user = await CurrentAsync();
        if (user.TwoFactorEnabled)
            throw new DomainRuleException("two-factor-on", L["Two-factor sign-in is already on."].Value, isConflict: true);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
            throw new DomainRuleException("two-factor-no-key", L["Set up the authenticator first, then confirm it with a code."].Value, isConflict: true);
        var clean = Clean(code);
        if (clean.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, clean))
            throw new DomainRuleException("two-factor-code", L["This code is not right. Enter the six digits your authenticator app shows now."].Value, "code");
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodes) ?? [];
        return new TwoFactorEnabled(codes.ToList());
    }

    /// <summary>Turns two-factor sign-in off and forgets the key; the user's sessions end.</summary>
    public async Task DisableAsync(CancellationToken ct = default)
    {
        var user = await CurrentAsync();
        if (!user.TwoFactorEnabled)
            throw new DomainRuleException("two-factor-off", L["Two-factor sign-in is off already."].Value, isConflict: true);
        if (await RequiredAsync(user, ct))
            throw new DomainRuleException("two-factor-required", L["Your role requires two-factor sign-in: it cannot be turned off."].Value, isConflict: true);
        await SetKeyAsync(user, null);
        await users.SetTwoFactorEnabledAsync(user, false);
    }

    /// <summary>
    /// Stores (or forgets) the authenticator key without ending the user's sessions: Identity's own reset changes the
    /// security stamp, which would sign the user out in the middle of setting up a key that is not yet in force.
    /// </summary>
    private async Task SetKeyAsync(HomewardUser user, string? key)
    {
        await ((IUserAuthenticatorKeyStore<HomewardUser>)store).SetAuthenticatorKeyAsync(user, key!, CancellationToken.None);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException(string.Join(" ", updated.Errors.Select(e => e.Description)));
    }

    /// <summary>Digits and letters only: "123 456" and "123-456" are the code 123456.</summary>
    public static string Clean(string? code) => new((code ?? "").Where(char.IsLetterOrDigit).ToArray());

    private async Task<HomewardUser> CurrentAsync() =>
        me.Id is { } id && await users.FindByIdAsync(id.ToString()) is { } user ? user : throw new InvalidOperationException("No signed-in user.");

    private async Task<bool> RequiredAsync(HomewardUser user, CancellationToken ct)
    {
        var required = (await db.ProgrammeSettingsInOrder.AsNoTracking().FirstOrDefaultAsync(ct))?.TwoFactorRoleList ?? [];
        return required.Count > 0 && (await users.GetRolesAsync(user)).Any(required.Contains);
    }

    private async Task<TwoFactorSetup> CurrentSetupAsync(HomewardUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) grouped.Append(grouped.Length > 0 ? " " : "").Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? "");
        return new TwoFactorSetup(grouped.ToString().ToLowerInvariant(), $"otpauth://totp/Homeward:{account}?secret={key}&issuer=Homeward&digits=6");
    }
}
