using System.Diagnostics;

namespace Homeward.Bench;

/// <summary>One thing measured again and again: a request over HTTP, or the replayed SQL of one.</summary>
public sealed class Probe(string key, int every, Func<int, CancellationToken, Task<bool>> run)
{
    public string Key { get; } = key;
    /// <summary>Measured in every round (1), or every n-th round for slow, informational requests.</summary>
    public int Every { get; } = every;
    public List<double> Milliseconds { get; } = [];
    public int Errors { get; set; }

    public Stats Stats => Stats.Of(Milliseconds, Errors);

    /// <summary>Runs once and returns whether it succeeded.</summary>
    public Task<bool> RunAsync(int round, CancellationToken ct) => run(round, ct);
}

/// <summary>
/// Measures all probes in rounds, one request at a time, in a shuffled order within each round: on a shared machine whose
/// load changes from minute to minute, every probe (and the baseline) then sees the same conditions.
/// </summary>
public static class Rounds
{
    public static async Task RunAsync(IReadOnlyList<Probe> probes, int rounds, CancellationToken ct)
    {
        var warmup = Math.Clamp(rounds / 10, 3, 20);
        var rng = new Random(7);
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < warmup + rounds; round++)
        {
            foreach (var probe in probes.Where(p => round % p.Every == 0).OrderBy(_ => rng.Next()).ToList())
            {
                var one = Stopwatch.StartNew();
                var ok = await probe.RunAsync(round, ct);
                var ms = one.Elapsed.TotalMilliseconds;
                if (round < warmup) continue;
                probe.Milliseconds.Add(ms);
                if (!ok) probe.Errors++;
            }
            if (round >= warmup && (round - warmup + 1) % 50 == 0)
                Console.WriteLine($"    round {round - warmup + 1} of {rounds} ({clock.Elapsed.TotalSeconds:F0} s)");
        }
    }

    /// <summary>A GET over HTTP, cycling through the given paths; the time includes reading the whole body.</summary>
    public static Probe Http(string key, HttpClient http, string token, IReadOnlyList<string> paths, int every = 1) =>
        new(key, every, async (round, ct) =>
        {
            using var request = Api.Request(HttpMethod.Get, paths[round % paths.Count], token);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (response.IsSuccessStatusCode) return true;
            Console.Error.WriteLine($"    {request.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
            return false;
        });
}
