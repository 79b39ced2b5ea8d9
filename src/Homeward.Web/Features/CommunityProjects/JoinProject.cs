using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Communities;
using Homeward.Web.Features.Cases;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.CommunityProjects;

/// <summary>
/// A returnee joins a community project. Their case is found through the caller's data scope only: a case outside it
/// answers as an unknown one. The participation keeps the returnee's sex and age group for the project's counts and
/// is written on the case's timeline in the same save.
/// </summary>
[Infrastructure.ScopedService]
public sealed class JoinProject(HomewardDbContext db, CaseTimeline timeline, IStringLocalizer<SharedResource> L)
{
    public const string CaseNotVisible = "case-not-visible";

    public async Task<Outcome<Guid>> RunAsync(Guid projectId, ReturneeInput input, CancellationToken ct = default)
    {
        var project = await db.CommunityProjects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct);
        if (project is null) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.CaseId is null && string.IsNullOrWhiteSpace(input.CaseReference), "caseId", L["Say which returnee's case joins the project."])
            .When(input.JoinedOn is null, "joinedOn", L["Enter the date the returnee joined."])
            .When(input.JoinedOn < project.StartOn, "joinedOn", L["The returnee cannot join before the project starts."])
            .When(input.JoinedOn > PlanQueries.Today, "joinedOn", L["The date cannot be in the future."])
            .When(input.Role?.Length > 200, "role", L["Keep this to {0} characters or fewer.", 200]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);

        // Through the scoped set of cases: out of scope looks the same as unknown.
        var reference = input.CaseReference?.Trim();
        var c = input.CaseId is { } caseId
            ? await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct)
            : await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Reference == reference, ct);
        if (c is null) return new Outcome<Guid>(OutcomeKind.NotFound, default, new Dictionary<string, string[]>(), CaseNotVisible);
        var person = await db.Persons.AsNoTracking().Where(p => p.Id == c.PrincipalPersonId).Select(p => new { p.Sex, p.DateOfBirth }).FirstAsync(ct);
        var alreadyIn = await db.ProjectReturnees.AnyAsync(p => p.ProjectId == projectId && p.CaseId == c.Id, ct);
        try
        {
            ProjectRules.CheckJoin(project, alreadyIn);
        }
        catch (DomainRuleException ex)
        {
            return Outcome<Guid>.Refused(ex, ex.Code == "already-participant" ? L["This returnee already takes part in the project."] : L["The project has ended; no one can join it now."]);
        }

        var joinedOn = input.JoinedOn!.Value;
        var participant = new ReturneeParticipant
        {
            ProjectId = projectId, CaseId = c.Id, Sex = person.Sex, JoinedOn = joinedOn,
            AgeGroup = AgeGroups.For(Domain.People.Person.AgeOn(person.DateOfBirth, joinedOn)),
            Role = string.IsNullOrWhiteSpace(input.Role) ? null : input.Role.Trim(),
        };
        db.ProjectReturnees.Add(participant);
        timeline.Add(c.Id, CaseEventKind.CommunityProjectJoined, $"Joined the community project '{project.Title}' ({project.Type}) on {joinedOn:yyyy-MM-dd}.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same returnee added at the same moment by someone else: the unique index refused the second.
            return Outcome<Guid>.Refused(new DomainRuleException("already-participant", "", "caseId", isConflict: true), L["This returnee already takes part in the project."]);
        }
        return Outcome<Guid>.Done(participant.Id);
    }
}
