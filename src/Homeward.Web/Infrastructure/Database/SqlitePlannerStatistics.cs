using Homeward.Data;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Infrastructure.Database;

/// <summary>
/// Keeps SQLite's table statistics in step with the data. Without them SQLite guesses how many rows an index returns,
/// and at programme size it guesses wrong: looking up 500 cases by reference in one office, it read every case of the
/// office (20,000 at 200,000 persons) instead of 500 rows of the unique reference index, 25 times slower. PostgreSQL
/// gathers its statistics by itself (autovacuum); SQLite only when asked.
/// </summary>
public static class SqlitePlannerStatistics
{
    /// <summary>
    /// Analyses the whole database when it never was, or when the number of cases has since doubled or halved. A full
    /// analysis, not PRAGMA optimize's sampled one: its sample of 2,000 rows counted about 1,000 cases per office where
    /// there were 40,000, and the plan stayed wrong. It took 1.5 s on a 3 GB database of 200,000 persons.
    /// </summary>
    public static async Task<bool> RefreshIfStaleAsync(HomewardDbContext db, CancellationToken ct = default)
    {
        var cases = await db.Cases.IgnoreQueryFilters().LongCountAsync(ct);
        if (cases == 0) return false;
        var analysed = await AnalysedCaseCountAsync(db, ct);
        if (analysed is { } known && known > 0 && cases <= 2 * known && 2 * cases >= known) return false;
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=0; ANALYZE;", ct);
        return true;
    }

    /// <summary>The number of cases when the database was last analysed (the count of the reference index: every case has one); null if it never was.</summary>
    private static async Task<long?> AnalysedCaseCountAsync(HomewardDbContext db, CancellationToken ct)
    {
        var hasStatistics = await db.Database.SqlQueryRaw<long>(
            "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").SingleAsync(ct);
        if (hasStatistics == 0) return null;
        var stat = await db.Database.SqlQueryRaw<string>(
            "SELECT stat AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'cases' AND idx = 'IX_cases_Reference'")
            .ToListAsync(ct);
        return stat.Count == 1 && long.TryParse(stat[0].Split(' ')[0], out var rows) ? rows : 0;
    }
}
