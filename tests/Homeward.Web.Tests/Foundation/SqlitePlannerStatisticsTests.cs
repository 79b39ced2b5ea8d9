using Homeward.Web.Infrastructure.Database;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Foundation;

/// <summary>
/// SQLite plans from the table statistics Homeward gathers at start: without them it read a whole office's cases to
/// find a file's case references (25 times slower at 200,000 persons).
/// </summary>
public sealed class SqlitePlannerStatisticsTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_GathersTheStatistics_SoCasesNamedByReferenceAreFoundThroughTheReferenceIndex()
    {
        // Counted at start; other tests have added cases since.
        var (analysed, cases) = await app.WithDb(async db => (await AnalysedCasesAsync(db), await db.Cases.IgnoreQueryFilters().LongCountAsync(Ct)));
        Assert.InRange(analysed, 1, cases);

        // The shape of the import's lookup: the office scope and a list of references.
        var plan = await app.WithDb(db => PlanAsync(db,
            "SELECT c.\"Id\" FROM cases AS c WHERE c.\"OfficeId\" = (SELECT \"OfficeId\" FROM cases LIMIT 1) " +
            "AND c.\"Reference\" IN ('HW-1', 'HW-2', 'HW-3')"));
        Assert.Contains(plan, line => line.Contains("IX_cases_Reference", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statistics_AreGatheredAgain_OnlyWhenTheNumberOfCasesHasDoubledOrHalved()
    {
        // In step with the cases other tests have added since start (they may have doubled them), then nothing to do.
        await app.WithDb(db => SqlitePlannerStatistics.RefreshIfStaleAsync(db, Ct));
        Assert.False(await app.WithDb(db => SqlitePlannerStatistics.RefreshIfStaleAsync(db, Ct)));
        var cases = await app.WithDb(db => db.Cases.IgnoreQueryFilters().LongCountAsync(Ct));

        await SetAnalysedCasesAsync(cases * 3 / 4);
        Assert.False(await app.WithDb(db => SqlitePlannerStatistics.RefreshIfStaleAsync(db, Ct)));

        await SetAnalysedCasesAsync(cases / 3);
        Assert.True(await app.WithDb(db => SqlitePlannerStatistics.RefreshIfStaleAsync(db, Ct)));
        var casesAfter = await app.WithDb(db => db.Cases.IgnoreQueryFilters().LongCountAsync(Ct));
        Assert.InRange(await app.WithDb(AnalysedCasesAsync), cases, casesAfter);
    }

    /// <summary>SQLite's plan for a query, one line per step.</summary>
    private static async Task<List<string>> PlanAsync(Homeward.Data.HomewardDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(Ct)) lines.Add(reader.GetString(3));
        return lines;
    }

    private Task<int> SetAnalysedCasesAsync(long rows) => app.WithDb(db => db.Database.ExecuteSqlRawAsync(
        "UPDATE sqlite_stat1 SET stat = {0} || substr(stat, instr(stat, ' ')) WHERE tbl = 'cases' AND idx = 'IX_cases_Reference'", [rows.ToString(System.Globalization.CultureInfo.InvariantCulture)], Ct));

    private static async Task<long> AnalysedCasesAsync(Homeward.Data.HomewardDbContext db)
    {
        var stat = await db.Database.SqlQueryRaw<string>("SELECT stat AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'cases' AND idx = 'IX_cases_Reference'").SingleAsync(Ct);
        return long.Parse(stat.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
