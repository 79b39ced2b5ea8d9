using Homeward.Web.Features.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>
/// The statistics cache: figures read once are served while fresh, served stale while a fresh read runs in the
/// background (so a dashboard never waits for a national programme's records twice), and read again at once after a
/// returnee withdraws consent to statistics.
/// </summary>
public sealed class StatisticsCacheTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Counts its reads; a read can be held until the test lets it finish, or made to fail.</summary>
    private sealed class Records
    {
        public int Reads;
        public TaskCompletionSource? Gate;
        public bool Fail;

        public async Task<string> ReadAsync(IServiceProvider _, CancellationToken __)
        {
            var n = Interlocked.Increment(ref Reads);
            if (Gate is { } gate) await gate.Task;
            if (Fail) throw new InvalidOperationException("The database went away.");
            return $"figures {n}";
        }
    }

    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static StatisticsCache Cache(Clock clock, int freshForSeconds = 300) => new(
        new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Statistics:FreshForSeconds"] = $"{freshForSeconds}" }).Build(),
        clock, NullLogger<StatisticsCache>.Instance);

    /// <summary>Asks until the cache serves something other than <paramref name="old"/> (the background read swapping in).</summary>
    private static async Task<(string Value, DateTimeOffset ReadAt)> NextAsync(StatisticsCache cache, Records records, string old, string key = "k", TimeSpan? freshFor = null)
    {
        for (var i = 0; i < 500; i++)
        {
            var got = await cache.GetAsync(key, records.ReadAsync, Ct, freshFor);
            if (got.Value != old) return got;
            await Task.Delay(10, Ct);
        }
        throw new Xunit.Sdk.XunitException($"The cache still serves '{old}'.");
    }

    [Fact]
    public async Task FreshFigures_AreServedWithoutReadingTheRecordsAgain()
    {
        var clock = new Clock();
        var cache = Cache(clock);
        var records = new Records();

        var first = await cache.GetAsync("k", records.ReadAsync, Ct);
        clock.Now = clock.Now.AddSeconds(299);
        var second = await cache.GetAsync("k", records.ReadAsync, Ct);

        Assert.Equal("figures 1", second.Value);
        Assert.Equal(first.ReadAt, second.ReadAt);
        Assert.Equal(1, records.Reads);
        Assert.Equal("figures 2", (await cache.GetAsync("another table", records.ReadAsync, Ct)).Value);
    }

    [Fact]
    public async Task StaleFigures_AreServedAtOnce_WhileFreshOnesAreRead_ThenTheFreshOnes()
    {
        var clock = new Clock();
        var cache = Cache(clock);
        var records = new Records();
        var readAt = (await cache.GetAsync("k", records.ReadAsync, Ct)).ReadAt;

        clock.Now = clock.Now.AddMinutes(6);
        records.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stale = await cache.GetAsync("k", records.ReadAsync, Ct);
        Assert.Equal(("figures 1", readAt), stale);
        // The fresh read runs in the background: wait until it has begun (it then waits at the gate).
        for (var i = 0; i < 500 && Volatile.Read(ref records.Reads) < 2; i++) await Task.Delay(10, Ct);
        Assert.Equal(2, records.Reads);
        // Others asking meanwhile get the stale figures too, and start no read of their own.
        Assert.Equal("figures 1", (await cache.GetAsync("k", records.ReadAsync, Ct)).Value);
        Assert.Equal(2, records.Reads);

        records.Gate.SetResult();
        var fresh = await NextAsync(cache, records, "figures 1");
        Assert.Equal(("figures 2", clock.Now), fresh);
    }

    [Fact]
    public async Task FiguresPeopleActOn_AreReadAgainSooner_ButNeverLaterThanStatistics()
    {
        var clock = new Clock();
        var cache = Cache(clock);
        var records = new Records();
        await cache.GetAsync("spending", records.ReadAsync, Ct, freshFor: TimeSpan.FromMinutes(1));

        clock.Now = clock.Now.AddSeconds(61);
        await cache.GetAsync("spending", records.ReadAsync, Ct, freshFor: TimeSpan.FromMinutes(1));
        Assert.Equal("figures 2", (await NextAsync(cache, records, "figures 1", "spending", TimeSpan.FromMinutes(1))).Value);

        // A longer freshness than the cache's own is not honoured.
        await cache.GetAsync("totals", records.ReadAsync, Ct, freshFor: TimeSpan.FromHours(1));
        clock.Now = clock.Now.AddMinutes(6);
        await cache.GetAsync("totals", records.ReadAsync, Ct, freshFor: TimeSpan.FromHours(1));
        Assert.Equal("figures 4", (await NextAsync(cache, records, "figures 3", "totals", TimeSpan.FromHours(1))).Value);
    }

    [Fact]
    public async Task AFailedRead_KeepsServingTheFiguresAlreadyRead()
    {
        var clock = new Clock();
        var cache = Cache(clock);
        var records = new Records();
        await cache.GetAsync("k", records.ReadAsync, Ct);

        clock.Now = clock.Now.AddMinutes(6);
        records.Fail = true;
        records.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Assert.Equal("figures 1", (await cache.GetAsync("k", records.ReadAsync, Ct)).Value);
        records.Gate.SetResult();
        records.Gate = null;

        // Once the failed read is over, the next request tries again; until a read succeeds the old figures stay.
        for (var i = 0; i < 500 && records.Reads < 3; i++)
        {
            Assert.Equal("figures 1", (await cache.GetAsync("k", records.ReadAsync, Ct)).Value);
            await Task.Delay(10, Ct);
        }
        Assert.True(records.Reads >= 3);
        records.Fail = false;
        Assert.StartsWith("figures ", (await NextAsync(cache, records, "figures 1")).Value);
    }

    [Fact]
    public async Task Forgetting_MakesTheNextRequestReadTheRecords()
    {
        var cache = Cache(new Clock());
        var records = new Records();
        await cache.GetAsync("k", records.ReadAsync, Ct);

        cache.Forget();

        Assert.Equal("figures 2", (await cache.GetAsync("k", records.ReadAsync, Ct)).Value);
    }

    [Fact]
    public async Task WithFreshnessZero_EveryRequestReadsTheRecords()
    {
        var cache = Cache(new Clock(), freshForSeconds: 0);
        var records = new Records();

        await cache.GetAsync("k", records.ReadAsync, Ct);
        var second = await cache.GetAsync("k", records.ReadAsync, Ct);

        Assert.Equal("figures 2", second.Value);
    }

    [Fact]
    public async Task ARequestGivingUp_DoesNotCancelTheReadOthersWaitFor()
    {
        var cache = Cache(new Clock());
        var records = new Records { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        using var impatient = new CancellationTokenSource();

        var abandoned = cache.GetAsync("k", records.ReadAsync, impatient.Token);
        var waiting = cache.GetAsync("k", records.ReadAsync, Ct);
        await impatient.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        records.Gate.SetResult();

        Assert.Equal("figures 1", (await waiting).Value);
        Assert.Equal(1, records.Reads);
    }
}
