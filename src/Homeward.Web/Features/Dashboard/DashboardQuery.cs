using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Dashboard;

/// <summary>
/// What the dashboard shows: the caseload by stage. For staff it is the caseload their data scope lets them see. For
/// M&amp;E officers, who see no identified case, it is counts over every office's cases of returnees who consent to
/// anonymised statistics: a withdrawn consent takes the returnee out of the next count.
/// </summary>
public sealed class DashboardQuery(HomewardDbContext db, CurrentUser user)
{
    /// <param name="DeIdentified">True when the counts are the programme-wide statistics of consenting returnees.</param>
    public sealed record Summary(IReadOnlyDictionary<CaseStage, int> CasesByStage, int Returnees, int VulnerableOpenCases, bool DeIdentified);

    public async Task<Summary> RunAsync(CancellationToken ct = default)
    {
        var deIdentified = user.IsInRole(Roles.MEOfficer);
        var cases = deIdentified ? ConsentingToStatistics() : db.Cases;
        var byStage = await cases.GroupBy(c => c.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = Enum.GetValues<CaseStage>().ToDictionary(s => s, s => byStage.FirstOrDefault(x => x.Key == s)?.Count ?? 0);
        var vulnerable = await cases.CountAsync(c => c.VulnerabilityFlag && c.Stage != CaseStage.Closed, ct);
        return new Summary(counts, counts.Values.Sum(), vulnerable, deIdentified);
    }

    /// <summary>Every office's cases whose returnee's consent to anonymised statistics is in force; only counts leave this query.</summary>
    private IQueryable<Case> ConsentingToStatistics() =>
        db.Cases.IgnoreQueryFilters().Where(c => db.Consents.Any(x =>
            x.PersonId == c.PrincipalPersonId && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null));
}
