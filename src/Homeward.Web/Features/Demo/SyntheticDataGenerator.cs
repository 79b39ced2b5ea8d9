using Homeward.Data;
using Homeward.Web.Features.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Adds a large synthetic caseload for benchmarks (`generate --persons N`) on top of the demo programme, at the performance
/// issue's proportions (per 1,000,000 persons about 400,000 cases, 3,000,000 assessments and 2,000,000 follow-ups): each
/// case with its history (<see cref="SyntheticCaseHistory"/>), RSS rounds scored as real submissions (<see cref="DemoRssRounds"/>)
/// and referrals to the demo service map in every status (<see cref="DemoReferrals"/>), written in bulk (<see cref="BatchWriter"/>).
/// About one in twenty returnees is written with a spelling variant, as happens when people register twice.
/// </summary>
public sealed class SyntheticDataGenerator(HomewardDbContext db, DemoSeeder seeder, InstrumentCatalog catalog, ILogger<SyntheticDataGenerator> logger)
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
        var names = managers.ToDictionary(m => m.Id, m => m.DisplayName);
        var rss = (await catalog.LatestAsync()).FirstOrDefault(DemoRssRounds.IsRss) is { } latest ? await catalog.LoadAsync(latest.Id) : null;
        var services = await db.Services.AsNoTracking().OrderBy(s => s.Name).ToListAsync();

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var caseload = new SyntheticCaseload(new Random(seed), today);
        var history = new SyntheticCaseHistory(new Random(seed + 2), today);
        var rounds = new DemoRssRounds(new Random(seed + 3), today, 3, 6, 12);
        var referrals = new DemoReferrals(new Random(seed + 4), today, services);
        var sequence = await db.Cases.IgnoreQueryFilters().CountAsync() + 1;
        var rng = new Random(seed + 1);
        var written = 0;
        while (written < persons)
        {
            var batch = new SyntheticCaseload.Batch();
            while (batch.Persons.Count < batchSize && written + batch.Persons.Count < persons)
                caseload.AddReturnee(batch, setups[sequence % 3 == 0 ? 1 : 0], sequence++, withVariantSpelling: rng.Next(20) == 0);
            history.Add(batch, names);
            if (rss is not null) rounds.Add(batch, rss, names);
            referrals.Add(batch, names);
            await BatchWriter.WriteAsync(db, batch);
            written += batch.Persons.Count;
            logger.LogInformation("Generated {Written} of {Persons} persons", written, persons);
        }
        return written;
    }
}
