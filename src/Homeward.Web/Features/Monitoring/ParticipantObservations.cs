using Homeward.Data;
using Homeward.Domain.Communities;
using Homeward.Domain.People;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

/// <summary>
/// What the community and capacity-strengthening indicators count, where people take part who have no case: each
/// observation carries its own subject (a project, a returnee's case, one head of a non-migrant or trainee count),
/// its own place and its own categories. Filters then apply to what the thing counted has: the project's place for
/// country and location, the participant's recorded sex and age group; something with no office, place, sex or age
/// group is left out when a filter names one (see <see cref="StatisticsFilter.Admits"/>).
/// </summary>
[ScopedService]
public sealed class ParticipantObservations(HomewardDbContext db)
{
    public const string Returnee = "Returnee";
    public const string NonMigrant = "NonMigrant";
    public const string Several = "Several";

    /// <summary>A project counts once in each month it runs, from its start to its end (or today), so a period counts the projects under way in it.</summary>
    public async Task<List<Observation>> ProjectsUnderWayAsync(DateOnly today, CancellationToken ct)
    {
        var places = await ReturnPlaces.LoadAsync(db, ct);
        var projects = await db.CommunityProjects.AsNoTracking()
            .Where(p => p.Status != ProjectStatus.Planned && p.Status != ProjectStatus.Cancelled && p.StartOn <= today)
            .Select(p => new { p.Id, p.LocationId, p.StartOn, p.EndOn }).ToListAsync(ct);
        var observations = new List<Observation>();
        foreach (var p in projects)
        {
            var place = places.Of(p.LocationId);
            var own = PlaceCategories(place);
            var last = p.EndOn is { } end && end < today ? end : today;
            for (var month = new DateOnly(p.StartOn.Year, p.StartOn.Month, 1); month <= last; month = month.AddMonths(1))
                observations.Add(new Observation(null, month < p.StartOn ? p.StartOn : month, 1, Own: own, SubjectId: p.Id, OwnPlaces: place.Chain));
        }
        return observations;
    }

    /// <summary>
    /// Returnees whose consent to statistics is in force, counted once each (by case) on the day they joined; non-migrants,
    /// recorded as counts by sex and age group with no date, counted one head each on the project's start date.
    /// </summary>
    public async Task<List<Observation>> ProjectParticipantsAsync(IReadOnlyDictionary<Guid, CaseFacts> facts, CancellationToken ct)
    {
        var places = await ReturnPlaces.LoadAsync(db, ct);
        var projects = await db.CommunityProjects.AsNoTracking().Select(p => new { p.Id, p.LocationId, p.StartOn }).ToDictionaryAsync(p => p.Id, ct);
        var returnees = await db.ProjectReturnees.AsNoTracking().Select(r => new { r.ProjectId, r.CaseId, r.Sex, r.AgeGroup, r.JoinedOn }).ToListAsync(ct);
        var nonMigrants = await db.ProjectNonMigrants.AsNoTracking().Where(n => n.Count > 0).ToListAsync(ct);

        var observations = new List<Observation>();
        foreach (var r in returnees)
        {
            if (!facts.TryGetValue(r.CaseId, out var consenting) || !projects.TryGetValue(r.ProjectId, out var project)) continue;
            var place = places.Of(project.LocationId);
            observations.Add(new Observation(consenting, r.JoinedOn, 1, Own: ParticipantCategories(place, Returnee, r.Sex, r.AgeGroup),
                SubjectId: r.CaseId, OwnPlaces: place.Chain));
        }
        foreach (var n in nonMigrants)
        {
            if (!projects.TryGetValue(n.ProjectId, out var project)) continue;
            var place = places.Of(project.LocationId);
            var own = ParticipantCategories(place, NonMigrant, n.Sex, n.AgeGroup);
            // Non-migrants have no identity in Homeward: each head is a subject of its own.
            for (var i = 0; i < n.Count; i++)
                observations.Add(new Observation(null, project.StartOn, 1, Own: own, SubjectId: Guid.NewGuid(), OwnPlaces: place.Chain));
        }
        return observations;
    }

    /// <summary>The participants of each capacity-strengthening activity, one head each on the day it was held; they have no place, office, sex or age recorded.</summary>
    public async Task<List<Observation>> CapacityParticipantsAsync(CancellationToken ct)
    {
        var types = await db.Stakeholders.AsNoTracking().Select(s => new { s.Id, s.Type }).ToDictionaryAsync(s => s.Id, s => s.Type, ct);
        var activities = await db.CapacityActivities.AsNoTracking().Where(a => a.Participants > 0)
            .Select(a => new { a.Kind, a.HeldOn, a.StakeholderIds, a.Participants }).ToListAsync(ct);
        var observations = new List<Observation>();
        foreach (var a in activities)
        {
            var institutions = a.StakeholderIds.Where(types.ContainsKey).Select(id => types[id]).Distinct().ToList();
            var own = new Dictionary<Disaggregation, string>
            {
                [Disaggregation.CapacityActivity] = a.Kind.ToString(),
                // Participants are not recorded per institution: an activity for several types of institution counts under "Several".
                [Disaggregation.StakeholderType] = institutions.Count switch { 0 => "Unknown", 1 => institutions[0].ToString(), _ => Several },
            };
            for (var i = 0; i < a.Participants; i++)
                observations.Add(new Observation(null, a.HeldOn, 1, Own: own, SubjectId: Guid.NewGuid()));
        }
        return observations;
    }

    /// <summary>The community projects' own age groups, as statistics name them.</summary>
    public static string AgeGroupOf(AgeGroup group) => group switch
    {
        AgeGroup.Under18 => "0-17",
        AgeGroup.From18To24 => "18-24",
        AgeGroup.From25To59 => "25-59",
        AgeGroup.SixtyAndOver => "60+",
        _ => Domain.Results.AgeGroups.Unknown,
    };

    private static Dictionary<Disaggregation, string> PlaceCategories(ReturnPlaces.Place place) =>
        new() { [Disaggregation.Country] = place.Country ?? "Unknown", [Disaggregation.Location] = place.Region ?? "Unknown" };

    private static Dictionary<Disaggregation, string> ParticipantCategories(ReturnPlaces.Place place, string type, Sex sex, AgeGroup age) => new()
    {
        [Disaggregation.Country] = place.Country ?? "Unknown", [Disaggregation.Location] = place.Region ?? "Unknown", [Disaggregation.ParticipantType] = type,
        [Disaggregation.Sex] = sex.ToString(), [Disaggregation.AgeGroup] = AgeGroupOf(age),
    };
}
