using Homeward.Data;
using Homeward.Domain.Communities;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.CommunityProjects;

public sealed record CaseProjectView(Guid ProjectId, string Title, ProjectType Type, ProjectStatus Status, DateOnly JoinedOn, string? Role);

/// <summary>The community projects a returnee takes part in, for their case and plan; null when the case is out of scope.</summary>
[Infrastructure.ScopedService]
public sealed class CaseProjectsQuery(HomewardDbContext db)
{
    public async Task<IReadOnlyList<CaseProjectView>?> RunAsync(Guid caseId, CancellationToken ct = default)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, ct)) return null;
        return await db.ProjectReturnees.Where(r => r.CaseId == caseId).OrderBy(r => r.JoinedOn)
            .Join(db.CommunityProjects, r => r.ProjectId, p => p.Id, (r, p) => new CaseProjectView(p.Id, p.Title, p.Type, p.Status, r.JoinedOn, r.Role))
            .ToListAsync(ct);
    }
}
