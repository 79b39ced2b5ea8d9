using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Web.Features.FollowUps;
using Homeward.Web.Tests.Caseload;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.FollowUps;

/// <summary>
/// The overdue follow-up job's pass and its lease, on both databases. Each test runs the pass at its own "now" years
/// ahead, on visits due around then, and under its own lease name: the host's own job (which runs at the real time and
/// under the real lease) never touches these visits. Tests in this class run one after another.
/// </summary>
public abstract class OverdueFollowUpPassTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static JobClaim Claim(string lease, string holder, TimeSpan gap = default) => new(lease, holder, Lease, gap);
    private static string NewLease() => $"test-{Guid.NewGuid():N}";

    private async Task<OverdueFollowUpPass.Result> RunPassAsync(DateTime now, JobClaim claim)
    {
        app.RequireAvailable();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueFollowUpPass>().RunAsync(now, claim, Ct);
    }

    private async Task<bool> AcquireAsync(DateTime now, JobClaim claim)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await JobLeases.TryAcquireAsync(scope.ServiceProvider.GetRequiredService<HomewardDbContext>(), claim, now, Ct);
    }

    /// <summary>A day years ahead, different for each test, at noon.</summary>
    private static DateTime FutureNow(int years) => CaseSetup.Today.AddYears(years).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

    private sealed record Scenario(Guid CaseId, Guid Overdue1, Guid Overdue2, Guid Done, Guid Future, Guid ManagerId);

    /// <summary>A monitored case with two visits overdue at <paramref name="now"/>, one done and one still in the future.</summary>
    private async Task<Scenario> ScenarioAsync(DateTime now, CaseStage stage = CaseStage.Monitoring)
    {
        var today = DateOnly.FromDateTime(now);
        var caseId = await CaseSetup.CreateAsync(app, CaseSetup.UniqueName(), stage: stage);
        var ids = await CaseSetup.AddVisitsAsync(app, caseId,
            (3, today.AddDays(-5), null), (6, today.AddDays(-1), null), (1, today.AddDays(-30), today.AddDays(-29)), (9, today.AddDays(40), null));
        var manager = await app.WithDb(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseManagerId!.Value).SingleAsync(Ct));
        return new Scenario(caseId, ids[0], ids[1], ids[2], ids[3], manager);
    }

    private sealed record Effects(Dictionary<Guid, DateTime?> NotifiedAt, int TimelineEntries, int Notifications);

    private Task<Effects> EffectsAsync(Scenario s) => app.WithDb(async db => new Effects(
        await db.FollowUps.Where(v => v.CaseId == s.CaseId).ToDictionaryAsync(v => v.Id, v => v.OverdueNotifiedAt, Ct),
        await db.CaseEvents.CountAsync(e => e.CaseId == s.CaseId && e.Kind == CaseEventKind.FollowUpOverdue, Ct),
        await db.Notifications.CountAsync(n => n.UserId == s.ManagerId && n.Link == $"/cases/{s.CaseId}/follow-ups", Ct)));

    [Fact]
    public async Task Pass_MarksAndNotifiesEachOverdueVisitOnce_EvenWhenRunTwice()
    {
        var now = FutureNow(20);
        var s = await ScenarioAsync(now);
        var claim = Claim(NewLease(), "instance-a");

        var first = await RunPassAsync(now, claim);
        var second = await RunPassAsync(now.AddMinutes(1), claim);

        Assert.True(first.Ran && first.Flagged >= 2);
        Assert.True(second.Ran);
        var effects = await EffectsAsync(s);
        Assert.Equal(now, effects.NotifiedAt[s.Overdue1]);
        Assert.Equal(now, effects.NotifiedAt[s.Overdue2]);
        Assert.Equal(2, effects.TimelineEntries);
        Assert.Equal(2, effects.Notifications);
        var notice = await app.WithDb(db => db.Notifications.FirstAsync(n => n.UserId == s.ManagerId && n.Link == $"/cases/{s.CaseId}/follow-ups", Ct));
        Assert.Contains("is overdue", notice.Text);
        Assert.Null(notice.ReadAt);
    }

    [Fact]
    public async Task Pass_LeavesDoneAndFutureVisitsAlone_AndCasesNoLongerFollowedUp()
    {
        var now = FutureNow(25);
        var followed = await ScenarioAsync(now);
        var closed = await ScenarioAsync(now, CaseStage.Closed);

        await RunPassAsync(now, Claim(NewLease(), "instance-a"));

        var effects = await EffectsAsync(followed);
        Assert.Null(effects.NotifiedAt[followed.Done]);
        Assert.Null(effects.NotifiedAt[followed.Future]);
        Assert.NotNull(effects.NotifiedAt[followed.Overdue1]);
        var untouched = await EffectsAsync(closed);
        Assert.All(untouched.NotifiedAt.Values, Assert.Null);
        Assert.Equal(0, untouched.TimelineEntries);
        Assert.Equal(0, untouched.Notifications);
    }

    [Fact]
    public async Task TwoInstances_RunningAtOnce_DoTheWorkOnce()
    {
        var now = FutureNow(30);
        var s = await ScenarioAsync(now);
        var lease = NewLease();

        var results = await Task.WhenAll(RunPassAsync(now, Claim(lease, "instance-a")), RunPassAsync(now, Claim(lease, "instance-b")));

        Assert.Contains(results, r => r.Ran);
        var effects = await EffectsAsync(s);
        Assert.Equal(2, effects.TimelineEntries);
        Assert.Equal(2, effects.Notifications);
        Assert.Equal(2, effects.NotifiedAt.Values.Count(v => v == now));
    }

    [Fact]
    public async Task WhileOneInstanceHoldsTheLease_AnotherDoesNothing_UntilTheLeaseExpires()
    {
        var now = FutureNow(35);
        var s = await ScenarioAsync(now);
        var lease = NewLease();
        Assert.True(await AcquireAsync(now, Claim(lease, "instance-a")));

        var blocked = await RunPassAsync(now.AddMinutes(1), Claim(lease, "instance-b"));
        Assert.False(blocked.Ran);
        Assert.Equal(0, (await EffectsAsync(s)).TimelineEntries);

        // Instance A stopped without giving the lease back: once it expires, B takes over (restart safety).
        var takenOver = await RunPassAsync(now + Lease + TimeSpan.FromSeconds(1), Claim(lease, "instance-b"));
        Assert.True(takenOver.Ran);
        Assert.Equal(2, (await EffectsAsync(s)).TimelineEntries);
    }

    [Fact]
    public async Task Lease_TwoHoldersAskingAtOnce_OnlyOneGetsIt()
    {
        var now = FutureNow(40);
        var lease = NewLease();
        var granted = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => AcquireAsync(now, Claim(lease, $"instance-{i}"))));
        Assert.Equal(1, granted.Count(g => g));
        var holder = $"instance-{Array.IndexOf(granted, true)}";
        // The holder may renew its own lease; the others still may not take it.
        Assert.True(await AcquireAsync(now.AddMinutes(1), Claim(lease, holder)));
        Assert.False(await AcquireAsync(now.AddMinutes(2), Claim(lease, holder == "instance-0" ? "instance-1" : "instance-0")));
    }

    [Fact]
    public async Task Lease_AfterACompletedRun_WaitsForTheMinimumGap()
    {
        var now = FutureNow(45);
        var lease = NewLease();
        var gap = TimeSpan.FromMinutes(30);
        Assert.True((await RunPassAsync(now, Claim(lease, "instance-a", gap))).Ran);

        Assert.False((await RunPassAsync(now.AddMinutes(10), Claim(lease, "instance-b", gap))).Ran);
        Assert.True((await RunPassAsync(now.AddMinutes(31), Claim(lease, "instance-b", gap))).Ran);
    }
}

[Collection(CaseDataCollection.Name)]
public sealed class OverdueFollowUpPassTests_Sqlite(SqliteApp app) : OverdueFollowUpPassTests<SqliteApp>(app);
[Collection(CaseDataCollection.Name)]
public sealed class OverdueFollowUpPassTests_Postgres(PostgresApp app) : OverdueFollowUpPassTests<PostgresApp>(app);
