using System.Collections.Concurrent;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// Keeps what statistics are computed from (the consenting cases' facts, each indicator's observations) for a few
/// minutes on this instance, so that a dashboard of ten charts or a month's review of every indicator does not read
/// a national programme's records again for each table. An entry older than <c>Statistics:FreshForSeconds</c>
/// (default 300) is still served while a fresh one is read in the background; a request that finds nothing waits
/// for the read. Zero turns the cache off (every request reads the database). Nothing here is state another
/// instance needs: each instance reads for itself, so two instances may differ by at most that age.
/// </summary>
public sealed class StatisticsCache(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StatisticsCache> log)
{
    private sealed class Entry(Task<object> value, DateTimeOffset takenAt)
    {
        public Task<object> Value { get; } = value;
        public DateTimeOffset TakenAt { get; } = takenAt;
        public int Refreshing;
    }

    private readonly ConcurrentDictionary<object, Entry> _entries = new();
    private DateTimeOffset _lastSweep;

    public TimeSpan FreshFor { get; } = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Statistics:FreshForSeconds", 300)));

    /// <summary>
    /// The value under <paramref name="key"/> and when it was read; <paramref name="read"/> runs in a scope of its own,
    /// which sees every office's records. <paramref name="freshFor"/> shortens <see cref="FreshFor"/> for figures people
    /// act on (never lengthens it: zero still turns the cache off).
    /// </summary>
    public async Task<(T Value, DateTimeOffset ReadAt)> GetAsync<T>(object key, Func<IServiceProvider, CancellationToken, Task<T>> read, CancellationToken ct,
        TimeSpan? freshFor = null)
        where T : class
    {
        var now = clock.GetUtcNow();
        var fresh = freshFor is { } shorter && shorter < FreshFor ? shorter : FreshFor;
        if (fresh == TimeSpan.Zero)
        {
            await using var scope = scopes.CreateAsyncScope();
            return (await read(scope.ServiceProvider, ct), now);
        }
        Sweep(now);
        var entry = _entries.GetOrAdd(key, _ => new Entry(Read(read), now));
        object value;
        try
        {
            // The read is shared: one request giving up does not cancel it for the others.
            value = await entry.Value.WaitAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
        if (now - entry.TakenAt > fresh && Interlocked.CompareExchange(ref entry.Refreshing, 1, 0) == 0)
            _ = RefreshAsync(key, entry, read);
        return ((T)value, entry.TakenAt);
    }

    /// <summary>Forgets everything read: the next request reads again (a returnee withdrew consent to statistics).</summary>
    public void Forget() => _entries.Clear();

    private async Task RefreshAsync<T>(object key, Entry stale, Func<IServiceProvider, CancellationToken, Task<T>> read) where T : class
    {
        var fresh = new Entry(Read(read), clock.GetUtcNow());
        try
        {
            await fresh.Value;
            _entries.TryUpdate(key, fresh, stale);
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Statistics for {Key} could not be read again; the figures read at {TakenAt} are still served.", key, stale.TakenAt);
            stale.Refreshing = 0;
        }
    }

    private Task<object> Read<T>(Func<IServiceProvider, CancellationToken, Task<T>> read) where T : class =>
        Task.Run(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            return (object)await read(scope.ServiceProvider, CancellationToken.None);
        });

    /// <summary>Drops entries nobody asked for lately (yesterday's, a parameter tried once), so memory does not grow.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < FreshFor) return;
        _lastSweep = now;
        foreach (var (key, entry) in _entries)
            if (now - entry.TakenAt > 3 * FreshFor && entry.Refreshing == 0)
                _entries.TryRemove(KeyValuePair.Create(key, entry));
    }
}
