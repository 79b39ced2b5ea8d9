using System.Diagnostics;
using System.Text.Json;

namespace Homeward.Bench;

/// <summary>What the measured database holds, and how it was made.</summary>
public sealed record DatasetInfo(
    string Size, int RequestedPersons, Dictionary<string, long> Rows, long Bytes, string ServerVersion,
    double? GeneratedSeconds, DateTime? GeneratedAt, double OverduePassSeconds, long OverdueFlagged);

/// <summary>
/// Makes the database of a size ready: generated once with Homeward's own `generate --persons N` (reused while it
/// holds at least N persons), then brought to a steady state by one run of the overdue follow-up job, so that the
/// job does not start flagging thousands of visits in the middle of a measurement.
/// </summary>
public static class Preparation
{
    private sealed record Generated(double Seconds, DateTime At);

    public static async Task<DatasetInfo> PrepareAsync(BenchDatabase db, bool fresh, CancellationToken ct)
    {
        var existing = fresh ? null : await db.CountPersonsAsync(ct);
        var record = Path.Combine(db.WorkFolder, $"generated-{db.Provider}-{db.SizeName}.json".ToLowerInvariant());
        var generated = File.Exists(record) ? JsonSerializer.Deserialize<Generated>(await File.ReadAllTextAsync(record, ct)) : null;
        if (existing is null || existing < db.Persons)
        {
            Console.WriteLine($"  Generating {db}: {db.Persons} persons");
            await db.RecreateAsync(ct);
            var clock = Stopwatch.StartNew();
            if (db.Persons > 0)
                await HomewardServer.RunCommandAsync(db, Progress, ct, "generate", "--persons", db.Persons.ToString(System.Globalization.CultureInfo.InvariantCulture));
            else
                await HomewardServer.RunCommandAsync(db, null, ct, "seed-demo");
            generated = new Generated(Math.Round(clock.Elapsed.TotalSeconds, 1), DateTime.UtcNow);
            await File.WriteAllTextAsync(record, JsonSerializer.Serialize(generated), ct);
        }
        else
        {
            Console.WriteLine($"  Reusing {db}: {existing} persons");
        }
        await db.AnalyzeAsync(ct);
        var (passSeconds, flagged) = await RunOverduePassAsync(db, ct);
        return new DatasetInfo(db.SizeName, db.Persons, await db.CountRowsAsync(ct), await db.SizeInBytesAsync(ct), await db.ServerVersionAsync(ct),
            generated?.Seconds, generated?.At, passSeconds, flagged);
    }

    private static readonly Dictionary<string, string> Progress = new() { ["Logging:LogLevel:Homeward.Web.Features.Demo"] = "Information" };

    /// <summary>
    /// Starts Homeward with the overdue job due at once and waits for its pass to complete (job_leases.LastCompletedAt
    /// changes). The servers started afterwards find it ran less than half an interval ago and skip.
    /// </summary>
    private static async Task<(double Seconds, long Flagged)> RunOverduePassAsync(BenchDatabase db, CancellationToken ct)
    {
        const string Last = "SELECT COALESCE(CAST(MAX(\"LastCompletedAt\") AS TEXT), '') FROM job_leases WHERE \"Name\" = 'overdue-follow-ups'";
        const string Flagged = "SELECT COUNT(*) FROM follow_ups WHERE \"OverdueNotifiedAt\" IS NOT NULL";
        var before = await db.ScalarAsync<string>(Last, ct);
        var flaggedBefore = await db.ScalarAsync<long>(Flagged, ct);
        var clock = Stopwatch.StartNew();
        await using (await HomewardServer.StartAsync(db, new Dictionary<string, string>
                     {
                         ["Jobs:OverdueFollowUps:FirstRunDelay"] = "00:00:00",
                         ["Jobs:OverdueFollowUps:Interval"] = "00:00:02",
                         ["Jobs:OverdueFollowUps:LeaseDuration"] = "00:05:00",
                     }, ct))
        {
            while (await db.ScalarAsync<string>(Last, ct) == before)
            {
                if (clock.Elapsed > TimeSpan.FromMinutes(60)) throw new TimeoutException("The overdue follow-up pass did not complete within an hour.");
                await Task.Delay(250, ct);
            }
        }
        var flagged = await db.ScalarAsync<long>(Flagged, ct) - flaggedBefore;
        Console.WriteLine($"  Overdue follow-up pass: {flagged} visits flagged in {clock.Elapsed.TotalSeconds:F1} s");
        return (Math.Round(clock.Elapsed.TotalSeconds, 1), flagged);
    }
}
