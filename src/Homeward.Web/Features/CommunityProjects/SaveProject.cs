using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Communities;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Programme;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.CommunityProjects;

/// <summary>Creates a community project, or edits one with the version it was read at (a stale edit changes nothing).</summary>
[Infrastructure.ScopedService]
public sealed class SaveProject(HomewardDbContext db, ProgrammeSettingsStore settings, IStringLocalizer<SharedResource> L)
{
    public async Task<Outcome<Guid>> CreateAsync(ProjectInput input, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(input, ct);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var project = new CommunityProject { Title = "", Sector = "", Objectives = "", Currency = (await settings.GetAsync(ct)).Currency };
        return await SaveAsync(project, input, isNew: true, ct);
    }

    public async Task<Outcome<Guid>> UpdateAsync(Guid id, ProjectInput input, CancellationToken ct = default)
    {
        var project = await db.CommunityProjects.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null) return Outcome<Guid>.NotFound();
        var errors = await ValidateAsync(input, ct);
        errors.When(input.Version is null, "version", L["Send the version of the project you edited."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (input.Version != project.Version) return Outcome<Guid>.Stale();
        project.Version++;
        return await SaveAsync(project, input, isNew: false, ct);
    }

    private async Task<Outcome<Guid>> SaveAsync(CommunityProject project, ProjectInput input, bool isNew, CancellationToken ct)
    {
        project.Title = input.Title!.Trim();
        project.Type = input.Type!.Value;
        project.Dimension = input.Dimension!.Value;
        project.Sector = input.Sector!.Trim();
        project.Objectives = input.Objectives!.Trim();
        project.LocationId = input.LocationId!.Value;
        project.ProfileId = input.ProfileId;
        project.Budget = input.Budget!.Value;
        project.Spent = input.Spent ?? 0;
        project.Partners = string.IsNullOrWhiteSpace(input.Partners) ? null : input.Partners.Trim();
        project.StartOn = input.StartOn!.Value;
        project.EndOn = input.EndOn;
        project.Status = input.Status ?? ProjectStatus.Planned;
        try
        {
            ProjectRules.Check(project);
        }
        catch (DomainRuleException ex)
        {
            // Nothing was saved: the tracked project is dropped with this request's context.
            return Outcome<Guid>.Refused(ex, Message(ex));
        }
        if (isNew) db.CommunityProjects.Add(project);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Stale();
        }
        return Outcome<Guid>.Done(project.Id);
    }

    private string Message(DomainRuleException ex) => ex.Code switch
    {
        "project-budget" => L["The budget cannot be negative."],
        "project-spent" => L["Spending cannot be negative."],
        "project-overspent" => L["Spending cannot exceed the budget."],
        "project-dates" => L["The end date cannot be before the start date."],
        "project-end-missing" => L["A completed project needs its end date."],
        _ => ex.Message,
    };

    private async Task<FieldErrors> ValidateAsync(ProjectInput input, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(input.Title), "title", L["Give the project a title."])
            .When(input.Title?.Trim().Length > 200, "title", L["Keep this to {0} characters or fewer.", 200])
            .When(input.Type is null, "type", L["Choose the type of project."])
            .When(input.Dimension is null, "dimension", L["Choose the dimension."])
            .When(string.IsNullOrWhiteSpace(input.Sector), "sector", L["Say which sector the project works in."])
            .When(input.Sector?.Trim().Length > 120, "sector", L["Keep this to {0} characters or fewer.", 120])
            .When(string.IsNullOrWhiteSpace(input.Objectives), "objectives", L["Write the project's objectives."])
            .When(input.Objectives?.Length > 4000, "objectives", L["Keep this to {0} characters or fewer.", 4000])
            .When(input.Partners?.Length > 1000, "partners", L["Keep this to {0} characters or fewer.", 1000])
            .When(input.Budget is null, "budget", L["Enter the budget."])
            .When(input.Budget is { } b && decimal.Round(b, 2) != b, "budget", L["Use at most two decimals."])
            .When(input.Spent is { } s && decimal.Round(s, 2) != s, "spent", L["Use at most two decimals."])
            .When(input.StartOn is null, "startOn", L["Enter the start date."])
            .When(input.LocationId is null, "locationId", L["Choose where the project takes place."]);
        if (input.LocationId is { } place && !await db.Locations.AnyAsync(l => l.Id == place, ct))
            errors.Add("locationId", L["This place is not in the location hierarchy."]);
        if (input.ProfileId is { } profile && !await db.CommunityProfiles.AnyAsync(p => p.Id == profile, ct))
            errors.Add("profileId", L["There is no such community profile."]);
        return errors;
    }
}
