using Homeward.Data;
using Homeward.Web.Features.FollowUps;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Retention;

/// <summary>
/// One run of the nightly retention job: under the job's lease, anonymises every case due, one transaction per case,
/// oldest closure first. Safe to stop half-way or to run again: an anonymised case is no longer due.
/// </summary>
[ScopedService]
public sealed class RetentionPass(HomewardDbContext db, RetentionSchedule schedule, CaseAnonymiser anonymiser)
{
    public const string JobName = "retention";
    private const int BatchSize = 50;

    /// <summary>Ran is false when another instance holds the lease (or ran too recently).</summary>
    public sealed record Result(bool Ran, int Anonymised);

    public async Task<Result> RunAsync(DateTime now, JobClaim claim, CancellationToken ct = default)
    {
        if (!await JobLeases.TryAcquireAsync(db, claim, now, ct)) return new Result(false, 0);
        var anonymised = 0;
        var completed = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var cutoff = await schedule.CutoffAsync(now, ct);
            var skipped = new HashSet<Guid>();
            while (true)
            {
                var batch = await schedule.Due(cutoff).Where(c => !skipped.Contains(c.Id))
                    .OrderBy(c => c.ClosedAt).ThenBy(c => c.Id).Select(c => c.Id).Take(BatchSize).ToListAsync(ct);
                foreach (var id in batch)
                    if (await anonymiser.RunAsync(id, now, ct)) anonymised++;
                    else skipped.Add(id);
                if (batch.Count < BatchSize) break;
                // A long pass keeps its lease; if it lost it, the instance that took it carries on.
                if (!await JobLeases.RenewAsync(db, claim, now + clock.Elapsed, ct)) return new Result(true, anonymised);
            }
            completed = true;
        }
        finally
        {
            await JobLeases.ReleaseAsync(db, claim, now + clock.Elapsed, completed, CancellationToken.None);
        }
        return new Result(true, anonymised);
    }
}
