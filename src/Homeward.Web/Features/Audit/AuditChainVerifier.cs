using Homeward.Data;
using Homeward.Data.Audit;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Audit;

/// <summary>Recomputes the audit log's hash chain from the first line and reports the first broken link.</summary>
[ScopedService]
public sealed class AuditChainVerifier(HomewardDbContext db)
{
    public sealed record Result(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem);

    public async Task<Result> RunAsync(CancellationToken ct = default)
    {
        string? previous = null;
        long checkedCount = 0, after = 0;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(5000).ToListAsync(ct);
            if (batch.Count == 0) return new Result(true, checkedCount, null, null);
            foreach (var entry in batch)
            {
                if (entry.PreviousHash != previous)
                    return new Result(false, checkedCount, entry.Sequence, "The line does not follow the line before it: a line was removed or reordered.");
                if (AuditHash.Compute(entry) != entry.Hash)
                    return new Result(false, checkedCount, entry.Sequence, "The line's content does not match its hash: it was changed after it was written.");
                previous = entry.Hash;
                checkedCount++;
                after = entry.Sequence;
            }
        }
    }
}
