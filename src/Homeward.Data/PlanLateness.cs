using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data;

/// <summary>
/// Keeps <see cref="Case.PlanLateFrom"/> in step with what it is computed from: a case's return date, plan agreement and
/// stage on every save, and every case at once when the programme's plan deadline changes.
/// </summary>
internal static class PlanLateness
{
    /// <summary>The new plan deadline when this save sets or changes it, else null.</summary>
    public static int? DeadlineChange(HomewardDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries<ProgrammeSettings>())
        {
            if (entry.State == EntityState.Added) return entry.Entity.PlanDeadlineDays;
            var days = entry.Property(s => s.PlanDeadlineDays);
            if (entry.State == EntityState.Modified && days.IsModified && days.OriginalValue != days.CurrentValue) return days.CurrentValue;
        }
        return null;
    }

    /// <summary>Computes the date of every added case, and of every case whose return date, plan agreement or stage changed.</summary>
    public static async Task KeepAsync(HomewardDbContext db, int? newDeadline, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries<Case>()
            .Where(e => e.State == EntityState.Added || e.State == EntityState.Modified
                && (e.Property(c => c.ReturnDate).IsModified || e.Property(c => c.PlanAgreedOn).IsModified || e.Property(c => c.Stage).IsModified))
            .Select(e => e.Entity)
            .ToList();
        await ComputeAsync(db, changed, newDeadline, ct);
    }

    /// <summary>Computes the date of these cases under the given deadline, or the programme's when none is given.</summary>
    public static async Task ComputeAsync(HomewardDbContext db, IReadOnlyCollection<Case> cases, int? deadline, CancellationToken ct)
    {
        if (cases.Count == 0) return;
        var days = deadline ?? await DeadlineAsync(db, ct);
        foreach (var c in cases) c.PlanLateFrom = PlanDeadline.LateFrom(c.ReturnDate, c.PlanAgreedOn, c.Stage, days);
    }

    /// <summary>One set-based UPDATE of every case, whatever the caller's data scope, for a new deadline.</summary>
    public static Task<int> RecomputeAllAsync(HomewardDbContext db, int days, CancellationToken ct) =>
        db.Cases.IgnoreQueryFilters().ExecuteUpdateAsync(s => s.SetProperty(c => c.PlanLateFrom, c =>
            (c.PlanAgreedOn != null && c.PlanAgreedOn <= c.ReturnDate.AddDays(days)) || (c.PlanAgreedOn == null && c.Stage == CaseStage.Closed)
                ? null
                : c.ReturnDate.AddDays(days + 1)), ct);

    private static async Task<int> DeadlineAsync(HomewardDbContext db, CancellationToken ct) =>
        await db.ProgrammeSettingsInOrder.AsNoTracking().Select(s => (int?)s.PlanDeadlineDays).FirstOrDefaultAsync(ct)
            ?? new ProgrammeSettings().PlanDeadlineDays;
}
