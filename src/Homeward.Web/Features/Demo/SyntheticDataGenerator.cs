using Homeward.Data;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Adds a large synthetic caseload for benchmarks (`generate --persons N`) on top of the demo programme.
/// About one in twenty returnees is written with a spelling variant, as happens when people register twice.
/// </summary>
public sealed class SyntheticDataGenerator(HomewardDbContext db, DemoSeeder seeder, ILogger<SyntheticDataGenerator> logger)
{
    public async Task<int> GenerateAsync(int persons, int seed = 7, int batchSize = 2000)
    {
        await seeder.SeedAsync();
        var dakar = await db.Offices.SingleAsync(o => o.Name == "Dakar office");
        var erbil = await db.Offices.SingleAsync(o => o.Name == "Erbil office");
        var communities = (await db.Locations.Where(l => l.Level == Domain.Locations.LocationLevel.Community).ToListAsync())
            .GroupBy(l => l.Code[..2]).ToDictionary(g => g.Key, g => g.ToList());
        var managers = await db.Users.Where(u => u.Email == "casemanager@demo.homeward" || u.Email == "casemanager2@demo.homeward").ToListAsync();
        var structure = new ProgrammeStructure
        {
            Mission = await db.Organisations.SingleAsync(o => o.Name == DemoSeeder.MissionName),
            Partner = await db.Organisations.SingleAsync(o => o.Name == DemoSeeder.PartnerName),
            Dakar = dakar, Erbil = erbil, CommunitiesByCountry = communities,
        };
        var setups = new[]
        {
            structure.OfficeSetup(dakar, managers.FirstOrDefault(m => m.OfficeId == dakar.Id)),
            structure.OfficeSetup(erbil, managers.FirstOrDefault(m => m.OfficeId == erbil.Id)),
        };

        var caseload = new SyntheticCaseload(new Random(seed), DateOnly.FromDateTime(DateTime.UtcNow));
        var sequence = await db.Cases.IgnoreQueryFilters().CountAsync() + 1;
        var rng = new Random(seed + 1);
        var written = 0;
        while (written < persons)
        {
            var batch = new SyntheticCaseload.Batch();
            while (batch.Persons.Count < batchSize && written + batch.Persons.Count < persons)
                caseload.AddReturnee(batch, setups[sequence % 3 == 0 ? 1 : 0], sequence++, withVariantSpelling: rng.Next(20) == 0);
            await BatchWriter.WriteAsync(db, batch);
            written += batch.Persons.Count;
            logger.LogInformation("Generated {Written} of {Persons} persons", written, persons);
        }
        return written;
    }
}
