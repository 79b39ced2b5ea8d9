using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Web.Features.BreakGlass;
using Homeward.Web.Features.Erasure;
using Homeward.Web.Features.Rectification;
using Homeward.Web.Features.Retention;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.DataProtection;

/// <summary>A subject access export as the audit log recorded it.</summary>
public sealed record SubjectAccessDone(Guid PersonId, string PersonName, string ExportedBy, DateTime At, string? Details);

/// <summary>An erasure with the person's id (their name is gone).</summary>
public sealed record ErasureDoneView(Guid PersonId, string ErasedBy, DateTime At, string? Details);

/// <summary>Everything the data protection officer reviews, on one page.</summary>
public sealed record OfficerOverviewData(
    IReadOnlyList<BreakGlassView> BreakGlass, IReadOnlyList<DueCase> RetentionDue, IReadOnlyList<SubjectAccessDone> SubjectAccess,
    IReadOnlyList<OpenCorrection> OpenCorrections, IReadOnlyList<ErasureDoneView> Erasures, IReadOnlyList<LegalHoldView> LegalHolds);

/// <summary>
/// The data protection officer's lists, each read from where its feature keeps it: break-glass grants, cases due for
/// retention anonymisation, subject access exports and erasures (from the audit log), open correction requests, legal holds.
/// Read one after the other on one context.
/// </summary>
[ScopedService]
public sealed class OfficerOverview(HomewardDbContext db, BreakGlassAccess breakGlass, RetentionSchedule retention, CorrectionRequests corrections,
    PersonErasure erasure, LegalHolds holds)
{
    public const int Limit = 100;

    public async Task<OfficerOverviewData> LoadAsync(CancellationToken ct = default)
    {
        var grants = (await breakGlass.ListAsync(ct)).Take(Limit).ToList();
        var due = (await retention.ListAsync(DateTime.UtcNow, ct)).Take(Limit).ToList();
        var exports = await SubjectAccessAsync(ct);
        var open = await corrections.OpenAsync(Limit, ct);
        var erasures = (await erasure.ListAsync(Limit, ct))
            .Select(e => Guid.TryParse(e.PersonId, out var id) ? new ErasureDoneView(id, e.ErasedBy, e.At, e.Details) : null).OfType<ErasureDoneView>().ToList();
        var legalHolds = (await holds.ListAsync(ct)).Take(Limit).ToList();
        return new OfficerOverviewData(grants, due, exports, open, erasures, legalHolds);
    }

    private async Task<IReadOnlyList<SubjectAccessDone>> SubjectAccessAsync(CancellationToken ct)
    {
        var lines = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.Export && e.EntityType == "Person" && e.Details != null && e.Details.StartsWith("subject access"))
            .OrderByDescending(e => e.Sequence).Take(Limit)
            .Select(e => new { e.EntityId, e.UserName, e.At, e.Details }).ToListAsync(ct);
        var ids = lines.Select(l => Guid.TryParse(l.EntityId, out var id) ? id : Guid.Empty).Distinct().ToList();
        var names = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName, ct);
        return lines.Where(l => Guid.TryParse(l.EntityId, out _))
            .Select(l => { var id = Guid.Parse(l.EntityId!); return new SubjectAccessDone(id, names.GetValueOrDefault(id) ?? "", l.UserName, l.At, l.Details); })
            .ToList();
    }
}
