using Homeward.Data;
using Homeward.Domain.Communities;
using Homeward.Web.Features.Plans;
using Homeward.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Features.Communities;

/// <summary>Creates a community profile, or edits one with the version it was read at (a stale edit changes nothing).</summary>
[Infrastructure.ScopedService]
public sealed class SaveProfile(HomewardDbContext db, IStringLocalizer<SharedResource> L)
{
    public const int MaxText = 4000;

    public async Task<Outcome<Guid>> CreateAsync(ProfileInput input, CancellationToken ct = default)
    {
        var errors = await ValidateAsync(input, null, ct);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        var profile = new CommunityProfile { Name = input.Name!.Trim() };
        Apply(profile, input);
        db.CommunityProfiles.Add(profile);
        await db.SaveChangesAsync(ct);
        return Outcome<Guid>.Done(profile.Id);
    }

    public async Task<Outcome<Guid>> UpdateAsync(Guid id, ProfileInput input, CancellationToken ct = default)
    {
        var profile = await db.CommunityProfiles.Include(p => p.Places).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (profile is null) return Outcome<Guid>.NotFound();
        var errors = await ValidateAsync(input, id, ct);
        errors.When(input.Version is null, "version", L["Send the version of the profile you edited."]);
        if (errors.Any) return Outcome<Guid>.Invalid(errors);
        if (input.Version != profile.Version) return Outcome<Guid>.Stale();

        profile.Name = input.Name!.Trim();
        Apply(profile, input);
        profile.Version++;
        profile.UpdatedAt = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Guid>.Stale();
        }
        return Outcome<Guid>.Done(profile.Id);
    }

    private async Task<FieldErrors> ValidateAsync(ProfileInput input, Guid? profileId, CancellationToken ct)
    {
        var errors = new FieldErrors()
            .When(string.IsNullOrWhiteSpace(input.Name), "name", L["Give the community a name."])
            .When(input.Name?.Trim().Length > 200, "name", L["Keep this to {0} characters or fewer.", 200])
            .When(input.Population < 0, "population", L["The population cannot be negative."])
            .When(input.ProfiledOn > HighReturnQuery.Today, "profiledOn", L["The date cannot be in the future."])
            .When(input.ReturneesInSessions < 0, "returneesInSessions", L["A count cannot be negative."])
            .When(input.NonMigrantsInSessions < 0, "nonMigrantsInSessions", L["A count cannot be negative."])
            .When(input.Method?.Length > 500, "method", L["Keep this to {0} characters or fewer.", 500]);
        foreach (var (field, value) in input.Texts())
            errors.When(value?.Length > MaxText, field, L["Keep this to {0} characters or fewer.", MaxText]);

        var places = input.LocationIds?.Distinct().ToList() ?? [];
        if (places.Count == 0)
        {
            errors.Add("locationIds", L["Choose at least one place the community covers."]);
            return errors;
        }
        var known = await db.Locations.Where(l => places.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (known.Count != places.Count)
        {
            errors.Add("locationIds", L["One of the places is not in the location hierarchy."]);
            return errors;
        }
        var taken = await db.CommunityPlaces.Where(x => places.Contains(x.LocationId) && x.ProfileId != profileId)
            .Join(db.CommunityProfiles, x => x.ProfileId, p => p.Id, (x, p) => p.Name).FirstOrDefaultAsync(ct);
        errors.When(taken is not null, "locationIds", L["One of the places already belongs to the community '{0}'.", taken ?? ""]);
        return errors;
    }

    private static void Apply(CommunityProfile p, ProfileInput input)
    {
        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        var places = input.LocationIds!.Distinct().ToList();
        p.Places.RemoveAll(x => !places.Contains(x.LocationId));
        foreach (var place in places.Where(id => p.Places.All(x => x.LocationId != id)))
            p.Places.Add(new CommunityPlace { ProfileId = p.Id, LocationId = place });
        p.Population = input.Population;
        p.Needs = Clean(input.Needs);
        p.Resources = Clean(input.Resources);
        p.ReturnImpact = Clean(input.ReturnImpact);
        p.MigrationDrivers = Clean(input.MigrationDrivers);
        p.ReintegrationBarriers = Clean(input.ReintegrationBarriers);
        p.ResilienceSources = Clean(input.ResilienceSources);
        p.LabourMarket = Clean(input.LabourMarket);
        p.ExistingInitiatives = Clean(input.ExistingInitiatives);
        p.Tensions = Clean(input.Tensions);
        p.ProfiledOn = input.ProfiledOn;
        p.Method = Clean(input.Method);
        p.SessionParticipants = Clean(input.SessionParticipants);
        p.ReturneesInSessions = input.ReturneesInSessions;
        p.NonMigrantsInSessions = input.NonMigrantsInSessions;
        p.LocalInterest = input.LocalInterest ?? ConditionJudgement.NotAssessed;
        p.MotivatedReturnees = input.MotivatedReturnees ?? ConditionJudgement.NotAssessed;
        p.BasicInfrastructure = input.BasicInfrastructure ?? ConditionJudgement.NotAssessed;
        p.ServicesPresent = input.ServicesPresent ?? ConditionJudgement.NotAssessed;
        p.StabilityAndOpportunity = input.StabilityAndOpportunity ?? ConditionJudgement.NotAssessed;
        p.ActiveCivilSociety = input.ActiveCivilSociety ?? ConditionJudgement.NotAssessed;
    }
}
