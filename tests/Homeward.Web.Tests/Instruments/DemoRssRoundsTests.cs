using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments.Shipped;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Instruments;

/// <summary>The demo programme has RSS rounds, scored by the real engine, for its returnees in monitoring or closed.</summary>
public abstract class DemoRssRoundsTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoReturneesInMonitoringOrClosed_HaveScoredRssRounds_SomeImproving_SomeNot()
    {
        var composites = await app.WithDb(async db =>
        {
            var rss = await db.Instruments.Where(i => i.FormId == ReintegrationSustainabilitySurvey.FormId && i.Shipped).Select(i => i.Id).FirstAsync(Ct);
            var demoCases = db.Cases.Where(c => c.Reference.StartsWith("HW-") && !c.Reference.StartsWith("HW-T-") && c.Stage == CaseStage.Monitoring);
            return await (from s in db.InstrumentSubmissions
                          join sc in db.SubmissionScores on s.Id equals sc.SubmissionId
                          where s.InstrumentId == rss && demoCases.Any(c => c.Id == s.CaseId)
                          select new { s.CaseId, s.AnsweredOn, sc.Composite }).ToListAsync(Ct);
        });

        Assert.NotEmpty(composites);
        Assert.All(composites, c => Assert.InRange(c.Composite!.Value, 0, 1));
        var changes = composites.GroupBy(c => c.CaseId).Where(g => g.Count() > 1)
            .Select(g => g.OrderBy(c => c.AnsweredOn).Last().Composite!.Value - g.OrderBy(c => c.AnsweredOn).First().Composite!.Value).ToList();
        Assert.Contains(changes, d => d > 0);
        Assert.Contains(changes, d => d <= 0);
    }
}

public sealed class DemoRssRoundsTests_Sqlite(SqliteApp app) : DemoRssRoundsTests<SqliteApp>(app);
public sealed class DemoRssRoundsTests_Postgres(PostgresApp app) : DemoRssRoundsTests<PostgresApp>(app);
