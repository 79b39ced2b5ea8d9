using System.Security.Cryptography;
using Homeward.Data;
using Homeward.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Registration;

/// <summary>
/// Human-readable case references, HW-{office country}-{year of registration}-{6 digits}. The digits are random, so
/// a reference says nothing about caseload sizes; the unique index on the reference is the final guard.
/// </summary>
[ScopedService]
public sealed class CaseReferences(HomewardDbContext db)
{
    public async Task<string> NewAsync(string countryCode, DateTime registeredAt, CancellationToken ct = default)
    {
        while (true)
        {
            var reference = $"HW-{countryCode.ToUpperInvariant()}-{registeredAt.Year}-{RandomNumberGenerator.GetInt32(1_000_000):D6}";
            // Every office's cases: references are unique across the programme.
            if (!await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.Reference == reference, ct)) return reference;
        }
    }
}
