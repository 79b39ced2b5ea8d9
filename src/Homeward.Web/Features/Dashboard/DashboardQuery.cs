using Homeward.Data;
using Homeward.Domain.Cases;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Dashboard;

/// <summary>What the dashboard shows: the visible caseload by stage. The data scope limits it to the user's cases.</summary>
public sealed class DashboardQuery(HomewardDbContext db)
{
    public sealed record Summary(IReadOnlyDictionary<CaseStage, int> CasesByStage, int Returnees, int VulnerableOpenCases);

    public async Task<Summary> RunAsync(CancellationToken ct = default)
    {
        var byStage = await db.Cases.GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = Enum.GetValues<CaseStage>().ToDictionary(s => s, s => byStage.FirstOrDefault(x => x.Key == s)?.Count ?? 0);
        var vulnerable = await db.Cases.CountAsync(c => c.VulnerabilityFlag && c.Stage != CaseStage.Closed, ct);
        return new Summary(counts, counts.Values.Sum(), vulnerable);
    }
}
