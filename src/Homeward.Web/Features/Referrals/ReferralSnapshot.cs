using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Features.Referrals;

/// <summary>Copies the values of the shared fields, and only those, from the case into the referral when it is sent.</summary>
[Infrastructure.ScopedService]
public sealed class ReferralSnapshot(HomewardDbContext db)
{
    public async Task TakeAsync(Referral referral, Case c, CancellationToken ct)
    {
        var person = await db.Persons.AsNoTracking().FirstAsync(p => p.Id == c.PrincipalPersonId, ct);
        foreach (var field in referral.Shared)
        {
            var value = field switch
            {
                SharedField.Name => person.FullName,
                SharedField.Contact => person.Phone,
                SharedField.Need => referral.Need,
                SharedField.Sex => person.Sex.ToString(),
                SharedField.DateOfBirth => person.DateOfBirth?.ToString("yyyy-MM-dd") + (person.DateOfBirthEstimated ? " (estimated)" : ""),
                SharedField.Nationality => person.Nationality,
                SharedField.Languages => person.Languages,
                SharedField.ReturnLocation => c.ReturnLocationId is { } l ? await db.Locations.Where(x => x.Id == l).Select(x => x.Name).FirstOrDefaultAsync(ct) : null,
                SharedField.HouseholdSize => c.HouseholdId is { } h ? (await db.Persons.CountAsync(p => p.HouseholdId == h, ct)).ToString() : "1",
                SharedField.Disability => person.Disability,
                _ => null,
            };
            // Added through the set: a value with its id already set, found only through the navigation, would be taken for an existing row.
            db.ReferralSharedValues.Add(new ReferralSharedValue { ReferralId = referral.Id, Field = field, Value = value });
        }
    }
}
