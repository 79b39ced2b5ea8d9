using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.Locations;
using Homeward.Domain.People;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Communities;

/// <summary>Places and returns of their own for community tests, so counts never depend on other tests.</summary>
public static class CommunitySetup
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// A new district under a demo region. It is a district, not a community, so tests that take "the first community"
    /// of the hierarchy never land on it.
    /// </summary>
    public static Task<Guid> NewPlaceAsync(HomewardApp app) =>
        app.WithDb(async db =>
        {
            var region = await db.Locations.Where(l => l.Level == LocationLevel.Region).OrderBy(l => l.Code).Select(l => l.Id).FirstAsync();
            var place = new Location { ParentId = region, Level = LocationLevel.District, Code = $"T-{Guid.NewGuid():N}"[..24], Name = $"Testville {Random.Shared.Next(1_000_000)}" };
            db.Locations.Add(place);
            await db.SaveChangesAsync();
            return place.Id;
        });

    /// <summary>A demo community, for rankings by community over a period of the past that no other data falls in.</summary>
    public static Task<Location> DemoCommunityAsync(HomewardApp app, int index) =>
        app.WithDb(db => db.Locations.AsNoTracking().Where(l => l.Level == LocationLevel.Community).OrderBy(l => l.Code).Skip(index).FirstAsync());

    /// <summary>A year of the past that no demo case and no other test run uses.</summary>
    public static int UnusedYear() => 1900 + Random.Shared.Next(90);

    /// <summary>Cases of returnees (female, born 1990) who came back to the place on the given days, in the Dakar office.</summary>
    public static Task<List<Guid>> ReturnsAsync(HomewardApp app, Guid placeId, IEnumerable<DateOnly> returnDates, bool consentToStatistics = true) =>
        app.WithDb(async db =>
        {
            var office = await db.Offices.Where(o => o.Name == "Dakar office").Select(o => o.Id).SingleAsync();
            var ids = new List<Guid>();
            foreach (var day in returnDates)
            {
                var person = new Person { GivenName = "Test", FamilyName = $"Communityreturnee{Random.Shared.Next(1_000_000)}", Sex = Sex.Female, DateOfBirth = new DateOnly(1990, 5, 1) };
                person.RefreshSearchKeys();
                var c = new Case
                {
                    Reference = $"HW-C-{Guid.NewGuid():N}"[..20], PrincipalPersonId = person.Id, OfficeId = office, HostCountry = "Libya",
                    ReturnDate = day, ReturnType = ReturnType.VoluntaryAssisted, ReturnLocationId = placeId, Stage = CaseStage.Planning,
                };
                db.Persons.Add(person);
                db.Cases.Add(c);
                db.Consents.Add(new ConsentRecord { PersonId = person.Id, Purpose = ConsentPurpose.CaseManagement, GivenOn = day, Method = "Written", ObtainedBy = "Test" });
                if (consentToStatistics)
                    db.Consents.Add(new ConsentRecord { PersonId = person.Id, Purpose = ConsentPurpose.AnonymisedStatistics, GivenOn = day, Method = "Written", ObtainedBy = "Test" });
                ids.Add(c.Id);
            }
            await db.SaveChangesAsync();
            return ids;
        });
}
