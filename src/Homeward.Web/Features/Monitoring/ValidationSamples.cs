using System.Security.Cryptography;
using Homeward.Data;
using Homeward.Domain;
using Homeward.Domain.Results;
using Homeward.Web.Infrastructure;
using Homeward.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Monitoring;

public sealed record SampleInput(int? Size, int? Seed, Guid? OfficeId);
public sealed record CheckInput(CheckResult? Result, string? Notes);

public sealed record SampleView(Guid Id, int Seed, int Size, int PopulationCount, Guid? OfficeId, DateTime DrawnAt, string DrawnBy,
    IReadOnlyDictionary<CheckResult, int> Results, IReadOnlyList<CheckView> Checks);

public sealed record CheckView(Guid CaseId, string Reference, int Position, CheckResult Result, string? Notes, string? CheckedBy, DateTime? CheckedAt);

/// <summary>
/// Data validation: a reproducible random sample of the cases in the drawer's scope (optionally one office), and the
/// result of checking each sampled record against the returnee. The sample names cases, so it is for supervisors,
/// and each check is seen only with its case, through the data scope.
/// </summary>
[ScopedService]
public sealed class ValidationSamples(HomewardDbContext db, CurrentUser user)
{
    public async Task<SampleView> DrawAsync(SampleInput input, CancellationToken ct = default)
    {
        if (input.Size is null) throw new DomainRuleException("sample-size", "Say how many cases to draw.", "size");
        if (input.OfficeId is { } office && !await db.Offices.AnyAsync(o => o.Id == office, ct))
            throw new DomainRuleException("sample-office", "There is no such office.", "officeId");
        var population = await db.Cases.Where(c => c.AnonymisedAt == null && (input.OfficeId == null || c.OfficeId == input.OfficeId))
            .OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct);
        var seed = input.Seed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
        var drawn = ValidationSampling.Draw(population, input.Size.Value, seed);
        var sample = new ValidationSample { Seed = seed, Size = input.Size.Value, PopulationCount = population.Count, OfficeId = input.OfficeId, DrawnBy = user.Name };
        sample.Checks.AddRange(drawn.Select((caseId, i) => new ValidationCheck { SampleId = sample.Id, CaseId = caseId, Position = i }));
        db.ValidationSamples.Add(sample);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(sample.Id, ct))!;
    }

    public async Task<SampleView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var sample = await db.ValidationSamples.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sample is null) return null;
        var checks = await (from v in db.ValidationChecks
                            join c in db.Cases on v.CaseId equals c.Id
                            where v.SampleId == id
                            orderby v.Position
                            select new CheckView(v.CaseId, c.Reference, v.Position, v.Result, v.Notes, v.CheckedBy, v.CheckedAt)).AsNoTracking().ToListAsync(ct);
        var results = Enum.GetValues<CheckResult>().ToDictionary(r => r, r => checks.Count(c => c.Result == r));
        return new SampleView(sample.Id, sample.Seed, sample.Size, sample.PopulationCount, sample.OfficeId, sample.DrawnAt, sample.DrawnBy, results, checks);
    }

    /// <returns>Null when the sample has no such case in the caller's scope.</returns>
    public async Task<SampleView?> RecordAsync(Guid sampleId, Guid caseId, CheckInput input, CancellationToken ct = default)
    {
        var check = await db.ValidationChecks.FirstOrDefaultAsync(v => v.SampleId == sampleId && v.CaseId == caseId, ct);
        if (check is null) return null;
        ValidationSampling.Record(check, input.Result ?? CheckResult.Pending, input.Notes, user.Name, DateTime.UtcNow);
        await db.SaveChangesAsync(ct);
        return await GetAsync(sampleId, ct);
    }
}
