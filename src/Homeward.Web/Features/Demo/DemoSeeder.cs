using Homeward.Data;
using Homeward.Domain.Accounts;
using Homeward.Domain.Locations;
using Homeward.Domain.Organisations;
using Homeward.Domain.Programmes;
using Homeward.Web.Features.Instruments;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Seeds the demo programme: a mission with offices in Dakar and Erbil, three countries of return, a partner
/// training centre, one account per role, 200 returnees with their households, RSS rounds for those in monitoring or
/// closed, an unaccompanied child with family tracing under way, and a results framework. Runs once per database.
/// </summary>
public sealed class DemoSeeder(HomewardDbContext db, UserManager<HomewardUser> users, RoleManager<IdentityRole<Guid>> roles, InstrumentCatalog catalog)
{
    public const string MissionName = "Homeward Demo Mission";
    public const string PartnerName = "Jappo Vocational Training Centre";
    public const int Returnees = 200;

    /// <summary>Returns false when the demo programme is already there.</summary>
    public async Task<bool> SeedAsync()
    {
        if (await db.Organisations.AnyAsync(o => o.Name == MissionName)) return false;
        await using var tx = await db.Database.BeginTransactionAsync();

        await EnsureRolesAsync(roles);
        var structure = await ProgrammeStructure.CreateAsync(db);
        await DemoServices.AddAsync(db, structure.Partner);
        var accounts = new Dictionary<string, HomewardUser>();
        foreach (var a in DemoAccounts.All)
        {
            var (org, office) = a.Office switch
            {
                DemoAccounts.DemoOffice.Dakar => (structure.Mission.Id, (Guid?)structure.Dakar.Id),
                DemoAccounts.DemoOffice.Erbil => (structure.Mission.Id, structure.Erbil.Id),
                DemoAccounts.DemoOffice.Partner => (structure.Partner.Id, null),
                _ => (structure.Mission.Id, null),
            };
            var user = new HomewardUser { UserName = a.Email, Email = a.Email, EmailConfirmed = true, DisplayName = a.Name, OrganisationId = org, OfficeId = office };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, a.Role);
            if (a.SensitiveData)
                await users.AddClaimAsync(user, new System.Security.Claims.Claim(Infrastructure.Auth.HomewardClaims.PermissionClaim, Permissions.SensitiveData));
            accounts[a.Email] = user;
        }

        var caseload = new SyntheticCaseload(new Random(20261124), DateOnly.FromDateTime(DateTime.UtcNow));
        var dakar = structure.OfficeSetup(structure.Dakar, accounts["casemanager@demo.homeward"]);
        var erbil = structure.OfficeSetup(structure.Erbil, accounts["casemanager2@demo.homeward"]);
        var batch = new SyntheticCaseload.Batch();
        for (var i = 1; i <= Returnees; i++)
            caseload.AddReturnee(batch, i % 3 == 0 ? erbil : dakar, i);
        // The shipped RSS is loaded at start-up before seeding; without it (a database seeded from the command line first) no rounds.
        var rss = (await catalog.LatestAsync()).FirstOrDefault(DemoRssRounds.IsRss) is { } latest ? await catalog.LoadAsync(latest.Id) : null;
        var rounds = new DemoRssRounds(new Random(20261125), DateOnly.FromDateTime(DateTime.UtcNow));
        if (rss is not null)
            rounds.Add(batch, rss, accounts.Values.ToDictionary(a => a.Id, a => a.DisplayName));
        var names = accounts.Values.ToDictionary(a => a.Id, a => a.DisplayName);
        var bestInterests = (await catalog.LatestAsync()).FirstOrDefault(DemoCommunityWork.IsBestInterestsShortForm) is { } form ? await catalog.LoadAsync(form.Id) : null;
        var communityWork = new DemoCommunityWork(new Random(20261126), DateOnly.FromDateTime(DateTime.UtcNow));
        communityWork.AddBestInterests(db, batch, bestInterests, names);
        await BatchWriter.WriteAsync(db, batch);
        communityWork.Add(db, batch, [dakar, erbil]);
        DemoUnaccompaniedChild.Add(db, dakar, DateOnly.FromDateTime(DateTime.UtcNow));
        DemoResultsFramework.Add(db, DateOnly.FromDateTime(DateTime.UtcNow));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return true;
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole<Guid>(role));
    }
}

/// <summary>The demo programme's organisations, offices, settings and location hierarchy.</summary>
public sealed class ProgrammeStructure
{
    public required Organisation Mission { get; init; }
    public required Organisation Partner { get; init; }
    public required Office Dakar { get; init; }
    public required Office Erbil { get; init; }
    public required Dictionary<string, List<Location>> CommunitiesByCountry { get; init; }

    public SyntheticCaseload.OfficeSetup OfficeSetup(Office office, HomewardUser? caseManager)
    {
        var countries = office.CountryCode == "IQ" ? ["IQ"] : new[] { "SN", "GN" };
        var country = DemoPlaces.Countries.First(c => c.Code == countries[0]);
        var communities = countries.SelectMany(c => CommunitiesByCountry[c]).ToList();
        return new SyntheticCaseload.OfficeSetup(office.Id, office.CountryCode, country, communities, caseManager?.Id, caseManager?.DisplayName ?? "Case manager");
    }

    public static async Task<ProgrammeStructure> CreateAsync(HomewardDbContext db)
    {
        var mission = new Organisation { Name = DemoSeeder.MissionName, Kind = OrganisationKind.ProgrammeOffice };
        var partner = new Organisation { Name = DemoSeeder.PartnerName, Kind = OrganisationKind.ServiceProvider };
        var dakar = new Office { OrganisationId = mission.Id, Name = "Dakar office", CountryCode = "SN" };
        var erbil = new Office { OrganisationId = mission.Id, Name = "Erbil office", CountryCode = "IQ" };
        db.AddRange(mission, partner, dakar, erbil);
        if (!await db.ProgrammeSettings.AnyAsync())
            db.ProgrammeSettings.Add(new ProgrammeSettings { ProgrammeName = "Sustainable reintegration in West Africa and Iraq", Currency = "EUR" });

        var communities = new Dictionary<string, List<Location>>();
        foreach (var country in DemoPlaces.Countries)
        {
            var countryLocation = new Location { Level = LocationLevel.Country, Code = country.Code, Name = country.Name };
            db.Locations.Add(countryLocation);
            communities[country.Code] = [];
            foreach (var region in country.Regions)
            {
                var r = new Location { ParentId = countryLocation.Id, Level = LocationLevel.Region, Code = Code(country.Code, region.Name), Name = region.Name };
                db.Locations.Add(r);
                foreach (var district in region.Districts)
                {
                    var d = new Location { ParentId = r.Id, Level = LocationLevel.District, Code = Code(r.Code, district.Name), Name = district.Name };
                    db.Locations.Add(d);
                    foreach (var community in district.Communities)
                    {
                        var c = new Location { ParentId = d.Id, Level = LocationLevel.Community, Code = Code(d.Code, community), Name = community };
                        db.Locations.Add(c);
                        communities[country.Code].Add(c);
                    }
                }
            }
        }
        await db.SaveChangesAsync();
        return new ProgrammeStructure { Mission = mission, Partner = partner, Dakar = dakar, Erbil = erbil, CommunitiesByCountry = communities };
    }

    private static string Code(string parent, string name) =>
        $"{parent}-{new string(Domain.People.NameKey.Normalise(name).ToUpperInvariant().Take(4).ToArray())}";
}
