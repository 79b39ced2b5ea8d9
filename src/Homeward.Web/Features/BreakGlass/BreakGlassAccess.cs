using System.Globalization;
using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Domain;
using Homeward.Domain.Accounts;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Homeward.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.BreakGlass;

/// <summary>A break-glass access as the data protection officer reviews it.</summary>
public sealed record BreakGlassView(Guid Id, string UserName, Guid CaseId, string? CaseReference, string Reason, DateTime GrantedAt, DateTime ExpiresAt, bool Active);

/// <summary>
/// Opens a case outside the caller's scope for a while, on a stated reason: the grant, its audit line and a notice to
/// each data protection officer are saved together. While it lasts the data scope includes the case for that user.
/// </summary>
[ScopedService]
public sealed class BreakGlassAccess(HomewardDbContext db, CurrentUser user, ProgrammeSettingsStore settings, CaseTimeline timeline, IStringLocalizer<SharedResource> L)
{
    public const int MinReason = 10, MaxReason = 1000, ListLimit = 500;

    public abstract record Outcome
    {
        private Outcome() { }
        public sealed record Granted(Guid CaseId, string Reference, DateTime GrantedAt, DateTime ExpiresAt) : Outcome;
        public sealed record Invalid(FieldErrors Errors) : Outcome;
        public sealed record NotFound : Outcome;
        public sealed record AlreadyInScope(DomainRuleException Rule) : Outcome;
    }

    public async Task<Outcome> OpenAsync(Guid caseId, string? reason, CancellationToken ct = default)
    {
        var target = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Id, c.Reference }).FirstOrDefaultAsync(ct);
        if (target is null || user.Id is not { } userId) return new Outcome.NotFound();
        var text = reason?.Trim() ?? "";
        var errors = new FieldErrors()
            .When(text.Length < MinReason, "reason", L["Say why you need this case, in at least {0} characters: the data protection officer reviews every access.", MinReason].Value)
            .When(text.Length > MaxReason, "reason", L["Use at most {0} characters.", MaxReason].Value);
        if (errors.Any) return new Outcome.Invalid(errors);
        if (await db.Cases.AnyAsync(c => c.Id == caseId, ct))
            return new Outcome.AlreadyInScope(new DomainRuleException("already-in-scope",
                L["This case is already open to you: break-glass access is only for cases outside your scope."].Value, isConflict: true));

        var now = DateTime.UtcNow;
        var expires = now.AddMinutes((await settings.GetAsync(ct)).BreakGlassMinutes);
        db.BreakGlassGrants.Add(new BreakGlassGrant { UserId = userId, UserName = user.Name, CaseId = caseId, Reason = text, GrantedAt = now, ExpiresAt = expires });
        db.RecordAccess(AuditActions.BreakGlass, "Case", caseId.ToString(), $"until {expires:O}: {text}");
        // The case's own office sees who came in from outside, and why.
        timeline.Add(caseId, CaseEventKind.BreakGlassAccess, $"Opened by {user.Name} from outside the office until {expires:yyyy-MM-dd HH:mm} UTC: {text}");
        await NotifyOfficersAsync(target.Id, target.Reference, text, now, ct);
        await db.SaveChangesAsync(ct);
        return new Outcome.Granted(caseId, target.Reference, now, expires);
    }

    /// <summary>Every break-glass access, newest first, with whether it still runs.</summary>
    public async Task<IReadOnlyList<BreakGlassView>> ListAsync(CancellationToken ct = default)
    {
        var now = DateTime.UtcNow;
        return await (
                from g in db.BreakGlassGrants.AsNoTracking()
                from c in db.Cases.IgnoreQueryFilters().Where(c => c.Id == g.CaseId).DefaultIfEmpty()
                orderby g.GrantedAt descending, g.Id descending
                select new BreakGlassView(g.Id, g.UserName, g.CaseId, c == null ? null : c.Reference, g.Reason, g.GrantedAt, g.ExpiresAt, g.ExpiresAt > now))
            .Take(ListLimit).ToListAsync(ct);
    }

    /// <summary>Each active data protection officer hears of the access at once, in their own language.</summary>
    private async Task NotifyOfficersAsync(Guid caseId, string reference, string reason, DateTime now, CancellationToken ct)
    {
        var officers = await (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == Roles.DataProtectionOfficer && u.IsActive
                select new { u.Id, u.PreferredCulture })
            .ToListAsync(ct);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var officer in officers)
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.Supported.Contains(officer.PreferredCulture) ? officer.PreferredCulture! : Cultures.Default);
                db.Notifications.Add(new Notification
                {
                    UserId = officer.Id, CreatedAt = now, Link = $"/cases/{caseId}",
                    Text = L["{0} opened case {1} outside their scope (break-glass): {2}", user.Name, reference, reason].Value,
                });
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
