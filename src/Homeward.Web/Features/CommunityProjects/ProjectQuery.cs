using Homeward.Data;
using Homeward.Domain.Communities;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.CommunityProjects;

public sealed record ProjectListItem(Guid Id, string Title, ProjectType Type, Dimension Dimension, string Sector, string Place, ProjectStatus Status,
    DateOnly StartOn, DateOnly? EndOn, decimal Budget, decimal Spent, string Currency, int Returnees, int NonMigrants);

/// <param name="CaseId">Null when the returnee's case is outside the reader's scope: only sex, age group and dates show then.</param>
public sealed record ReturneeView(Guid Id, Guid? CaseId, string? CaseReference, string? ReturneeName, Sex Sex, AgeGroup AgeGroup, DateOnly JoinedOn, string? Role);

public sealed record NonMigrantView(Sex Sex, AgeGroup AgeGroup, int Count);

/// <summary>Participants per sex and age group, returnees and non-migrants side by side.</summary>
public sealed record ParticipantCount(Sex Sex, AgeGroup AgeGroup, int Returnees, int NonMigrants);

public sealed record StepView(Guid Id, ProjectStage Stage, DateOnly HeldOn, int Returnees, int NonMigrants, string WhoTookPart, string? Notes);

public sealed record ResultView(Guid Id, ResultLevel Level, string Description, string Unit, decimal Target, decimal? Achieved, decimal? Progress);

public sealed record ProjectView(Guid Id, string Title, ProjectType Type, Dimension Dimension, string Sector, string Objectives, Guid LocationId,
    string Place, Guid? ProfileId, string? ProfileName, decimal Budget, decimal Spent, string Currency, string? Partners, DateOnly StartOn,
    DateOnly? EndOn, ProjectStatus Status, int Version, IReadOnlyList<ReturneeView> Returnees, IReadOnlyList<NonMigrantView> NonMigrants,
    IReadOnlyList<ParticipantCount> ParticipantCounts, IReadOnlyList<StepView> Steps, IReadOnlyList<ResultView> Results)
{
    public ProjectInput ToInput() => new()
    {
        Title = Title, Type = Type, Dimension = Dimension, Sector = Sector, Objectives = Objectives, LocationId = LocationId, ProfileId = ProfileId,
        Budget = Budget, Spent = Spent, Partners = Partners, StartOn = StartOn, EndOn = EndOn, Status = Status, Version = Version,
    };
}

/// <summary>Community projects: the list, one project with its participants (identities only within the reader's case scope), steps and results.</summary>
[Infrastructure.ScopedService]
public sealed class ProjectQuery(HomewardDbContext db)
{
    public async Task<IReadOnlyList<ProjectListItem>> ListAsync(CancellationToken ct = default)
    {
        var map = await PlaceMap.LoadAsync(db, ct);
        var projects = await db.CommunityProjects.AsNoTracking().OrderByDescending(p => p.StartOn).ThenBy(p => p.Title).ToListAsync(ct);
        var returnees = await db.ProjectReturnees.GroupBy(r => r.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var others = await db.ProjectNonMigrants.GroupBy(r => r.ProjectId).Select(g => new { g.Key, Count = g.Sum(x => x.Count) }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return projects.Select(p => new ProjectListItem(p.Id, p.Title, p.Type, p.Dimension, p.Sector, map.Path(p.LocationId), p.Status, p.StartOn, p.EndOn,
            p.Budget, p.Spent, p.Currency, returnees.GetValueOrDefault(p.Id), others.GetValueOrDefault(p.Id))).ToList();
    }

    public async Task<ProjectView?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var p = await db.CommunityProjects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var map = await PlaceMap.LoadAsync(db, ct);
        var profileName = p.ProfileId is { } pid ? await db.CommunityProfiles.Where(x => x.Id == pid).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;

        var participants = await db.ProjectReturnees.AsNoTracking().Where(r => r.ProjectId == id).OrderBy(r => r.JoinedOn).ToListAsync(ct);
        var caseIds = participants.Select(r => r.CaseId).ToList();
        // The scoped set of cases decides whose identity the reader may see.
        var visible = await db.Cases.Where(c => caseIds.Contains(c.Id))
            .Join(db.Persons, c => c.PrincipalPersonId, x => x.Id, (c, x) => new { c.Id, c.Reference, x.GivenName, x.FamilyName })
            .ToDictionaryAsync(x => x.Id, ct);
        var returnees = participants.Select(r => visible.TryGetValue(r.CaseId, out var c)
            ? new ReturneeView(r.Id, c.Id, c.Reference, $"{c.GivenName} {c.FamilyName}", r.Sex, r.AgeGroup, r.JoinedOn, r.Role)
            : new ReturneeView(r.Id, null, null, null, r.Sex, r.AgeGroup, r.JoinedOn, r.Role)).ToList();

        var nonMigrants = await db.ProjectNonMigrants.AsNoTracking().Where(x => x.ProjectId == id)
            .Select(x => new NonMigrantView(x.Sex, x.AgeGroup, x.Count)).ToListAsync(ct);
        var counts = returnees.Select(r => (r.Sex, r.AgeGroup)).Concat(nonMigrants.Select(n => (n.Sex, n.AgeGroup))).Distinct()
            .OrderBy(k => k.Sex).ThenBy(k => k.AgeGroup)
            .Select(k => new ParticipantCount(k.Sex, k.AgeGroup, returnees.Count(r => r.Sex == k.Sex && r.AgeGroup == k.AgeGroup),
                nonMigrants.Where(n => n.Sex == k.Sex && n.AgeGroup == k.AgeGroup).Sum(n => n.Count)))
            .ToList();
        var steps = await db.ProjectSteps.AsNoTracking().Where(s => s.ProjectId == id).OrderBy(s => s.HeldOn)
            .Select(s => new StepView(s.Id, s.Stage, s.HeldOn, s.Returnees, s.NonMigrants, s.WhoTookPart, s.Notes)).ToListAsync(ct);
        var results = (await db.ProjectResults.AsNoTracking().Where(r => r.ProjectId == id).ToListAsync(ct))
            .OrderBy(r => r.Level).ThenBy(r => r.Description, StringComparer.CurrentCulture)
            .Select(r => new ResultView(r.Id, r.Level, r.Description, r.Unit, r.Target, r.Achieved, r.Progress)).ToList();

        return new ProjectView(p.Id, p.Title, p.Type, p.Dimension, p.Sector, p.Objectives, p.LocationId, map.Path(p.LocationId), p.ProfileId, profileName,
            p.Budget, p.Spent, p.Currency, p.Partners, p.StartOn, p.EndOn, p.Status, p.Version, returnees, nonMigrants, counts, steps, results);
    }
}
