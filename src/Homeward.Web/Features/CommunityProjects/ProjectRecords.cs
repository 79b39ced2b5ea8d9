using Homeward.Data;
using Homeward.Domain.Communities;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.CommunityProjects;

/// <summary>What a project records as it runs: non-migrant participants, participatory steps, results against targets.</summary>
[Infrastructure.ScopedService]
public sealed class ProjectRecords(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<Guid>> SetNonMigrantsAsync(Guid projectId, NonMigrantInput input, CancellationToken ct = default)
    {
        if (!await db.CommunityProjects.AnyAsync(p => p.Id == projectId, ct)) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.Sex is null, "sex", L["Choose the sex."])
            .When(input.AgeGroup is null, "ageGroup", L["Choose the age group."])
            .When(input.Count is null, "count", L["Enter how many take part."])
            .When(input.Count < 0, "count", L["A count cannot be negative."])
            .When(input.Count > 100_000, "count", L["Enter a count of at most {0}.", 100_000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var row = await db.ProjectNonMigrants.FirstOrDefaultAsync(x => x.ProjectId == projectId && x.Sex == input.Sex && x.AgeGroup == input.AgeGroup, ct);
        if (row is null)
        {
            row = new NonMigrantParticipants { ProjectId = projectId, Sex = input.Sex!.Value, AgeGroup = input.AgeGroup!.Value };
            if (input.Count > 0) db.ProjectNonMigrants.Add(row);
        }
        else if (input.Count == 0)
        {
            db.ProjectNonMigrants.Remove(row);
        }
        row.Count = input.Count!.Value;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(projectId);
    }

    public async Task<Outcome<Guid>> AddStepAsync(Guid projectId, StepInput input, CancellationToken ct = default)
    {
        if (!await db.CommunityProjects.AnyAsync(p => p.Id == projectId, ct)) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.Stage is null, "stage", L["Choose the stage."])
            .When(input.HeldOn is null, "heldOn", L["Enter the date."])
            .When(input.HeldOn > PlanQueries.Today, "heldOn", L["The date cannot be in the future."])
            .When(input.Returnees < 0, "returnees", L["A count cannot be negative."])
            .When(input.NonMigrants < 0, "nonMigrants", L["A count cannot be negative."])
            .When(string.IsNullOrWhiteSpace(input.WhoTookPart), "whoTookPart", L["Say who took part."])
            .When(input.WhoTookPart?.Length > 1000, "whoTookPart", L["Keep this to {0} characters or fewer.", 1000])
            .When(input.Notes?.Length > 4000, "notes", L["Keep this to {0} characters or fewer.", 4000]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var step = new ParticipatoryStep
        {
            ProjectId = projectId, Stage = input.Stage!.Value, HeldOn = input.HeldOn!.Value, Returnees = input.Returnees ?? 0,
            NonMigrants = input.NonMigrants ?? 0, WhoTookPart = input.WhoTookPart!.Trim(), Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim(),
        };
        db.ProjectSteps.Add(step);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(step.Id);
    }

    public async Task<Outcome<Guid>> AddResultAsync(Guid projectId, ResultInput input, CancellationToken ct = default)
    {
        if (!await db.CommunityProjects.AnyAsync(p => p.Id == projectId, ct)) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.Level is null, "level", L["Choose output or outcome."])
            .When(string.IsNullOrWhiteSpace(input.Description), "description", L["Describe the result."])
            .When(input.Description?.Length > 500, "description", L["Keep this to {0} characters or fewer.", 500])
            .When(string.IsNullOrWhiteSpace(input.Unit), "unit", L["Say what is counted (people, businesses, hectares…)."])
            .When(input.Unit?.Length > 60, "unit", L["Keep this to {0} characters or fewer.", 60])
            .When(input.Target is null, "target", L["Enter the target."])
            .When(input.Target <= 0, "target", L["The target must be more than zero."])
            .When(input.Achieved < 0, "achieved", L["What was achieved cannot be negative."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var result = new ProjectResult
        {
            ProjectId = projectId, Level = input.Level!.Value, Description = input.Description!.Trim(), Unit = input.Unit!.Trim(),
            Target = input.Target!.Value, Achieved = input.Achieved,
        };
        db.ProjectResults.Add(result);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(result.Id);
    }

    public async Task<Outcome<Guid>> RecordAchievedAsync(Guid projectId, Guid resultId, AchievedInput input, CancellationToken ct = default)
    {
        var result = await db.ProjectResults.FirstOrDefaultAsync(r => r.Id == resultId && r.ProjectId == projectId, ct);
        if (result is null) return Outcome<Guid>.NotFound();
        var errors = new FieldErrors()
            .When(input.Achieved is null, "achieved", L["Enter what was achieved."])
            .When(input.Achieved < 0, "achieved", L["What was achieved cannot be negative."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        result.Achieved = input.Achieved;
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(result.Id);
    }
}
