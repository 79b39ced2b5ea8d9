using Homeward.Data;
using Homeward.Domain.LabourMarket;
using Homeward.Web.Features.Plans;
using Homeward.Web.Features.Registration;
using Homeward.Web.Features.ServiceMap;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.LabourMarket;

public sealed record LabourMarketInput(Guid? LocationId, DateOnly? AssessedOn, string? Source, string? Sectors, string? SkillsInDemand, string? Growth, string? Wages, string? AccessBarriers);

public sealed record LabourMarketView(Guid Id, Guid LocationId, string LocationName, DateOnly AssessedOn, string Source, string Sectors, string SkillsInDemand,
    string? Growth, string? Wages, string? AccessBarriers);

/// <summary>Labour market assessments per place: recorded by supervisors, read for a place and every place above it.</summary>
[Infrastructure.ScopedService]
public sealed class LabourMarketBook(HomewardDbContext db, ServiceDirectory directory, IStringLocalizer<SharedResource> L)
{
    public async Task<IReadOnlyList<LabourMarketView>> ListAsync(Guid? locationId, CancellationToken ct = default)
    {
        var query = db.LabourMarketAssessments.AsNoTracking();
        if (locationId is { } l)
        {
            var places = await directory.WithAncestorsAsync(l, ct);
            query = query.Where(m => places.Contains(m.LocationId));
        }
        var rows = await query.OrderByDescending(m => m.AssessedOn).Take(500).ToListAsync(ct);
        var ids = rows.Select(r => r.LocationId).Distinct().ToList();
        var names = await db.Locations.Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return rows.Select(m => new LabourMarketView(m.Id, m.LocationId, names.GetValueOrDefault(m.LocationId, ""), m.AssessedOn, m.Source, m.Sectors,
            m.SkillsInDemand, m.Growth, m.Wages, m.AccessBarriers)).ToList();
    }

    public async Task<Outcome<LabourMarketView>> AddAsync(LabourMarketInput input, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (input.LocationId is not { } locationId || !await db.Locations.AnyAsync(x => x.Id == locationId, ct))
            errors.Add("locationId", L["Choose a place of the location hierarchy."].Value);
        if (input.AssessedOn is null) errors.Add("assessedOn", L["Enter the date of the assessment."].Value);
        else if (input.AssessedOn > UserInput.LatestToday()) errors.Add("assessedOn", L["The date cannot be in the future."].Value);
        foreach (var (field, value, required) in new[] { ("source", input.Source, true), ("sectors", input.Sectors, true), ("skillsInDemand", input.SkillsInDemand, true),
                     ("growth", input.Growth, false), ("wages", input.Wages, false), ("accessBarriers", input.AccessBarriers, false) })
        {
            if (required && UserInput.Clean(value) is null) errors.Add(field, L["This is needed."].Value);
            if (value?.Trim().Length > 1000) errors.Add(field, L["Keep this to {0} characters or fewer.", 1000].Value);
        }
        if (errors.Any) return Outcome<LabourMarketView>.Invalid(errors);
        var assessment = new LabourMarketAssessment
        {
            LocationId = input.LocationId!.Value, AssessedOn = input.AssessedOn!.Value, Source = UserInput.Clean(input.Source)!, Sectors = UserInput.Clean(input.Sectors)!,
            SkillsInDemand = UserInput.Clean(input.SkillsInDemand)!, Growth = UserInput.Clean(input.Growth), Wages = UserInput.Clean(input.Wages),
            AccessBarriers = UserInput.Clean(input.AccessBarriers),
        };
        db.LabourMarketAssessments.Add(assessment);
        await db.SaveChangesAsync(ct);
        return Outcome<LabourMarketView>.Done((await ListAsync(null, ct)).First(v => v.Id == assessment.Id));
    }
}
