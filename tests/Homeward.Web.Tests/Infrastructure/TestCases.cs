using Homeward.Data;
using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>Creates a fresh returnee and case for one test, so tests never depend on or change each other's data.</summary>
public static class TestCases
{
    public sealed record Created(Guid CaseId, Guid PersonId, Guid OfficeId);

    /// <param name="office">"Dakar office" (casemanager@) or "Erbil office" (casemanager2@).</param>
    public static Task<Created> CreateAsync(HomewardApp app, CaseStage stage = CaseStage.Registered, string office = "Dakar office",
        int assessments = 0, DateOnly? returnDate = null, bool consentToReferral = true) =>
        app.WithDb(async db =>
        {
            var officeId = await db.Offices.Where(o => o.Name == office).Select(o => o.Id).SingleAsync();
            var manager = await db.Users.Where(u => u.OfficeId == officeId && u.Email!.StartsWith("casemanager")).Select(u => u.Id).FirstAsync();
            var community = await db.Locations.Where(l => l.Level == Domain.Locations.LocationLevel.Community).Select(l => l.Id).FirstAsync();
            var household = new Household();
            var person = new Person { GivenName = "Test", FamilyName = $"Returnee{Random.Shared.Next(100000)}", Sex = Sex.Female, DateOfBirth = new DateOnly(1990, 5, 1), HouseholdId = household.Id };
            person.RefreshSearchKeys();
            household.PrincipalPersonId = person.Id;
            var c = new Case
            {
                Reference = $"HW-T-{Guid.NewGuid():N}"[..20], PrincipalPersonId = person.Id, HouseholdId = household.Id, OfficeId = officeId,
                CaseManagerId = manager, HostCountry = "Libya", ReturnDate = returnDate ?? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
                ReturnType = ReturnType.VoluntaryAssisted, ReturnLocationId = community, Stage = stage, AssessmentCount = assessments,
            };
            db.Households.Add(household);
            db.Persons.Add(person);
            await db.SaveChangesAsync();
            db.Cases.Add(c);
            db.Consents.Add(new ConsentRecord { PersonId = person.Id, Purpose = ConsentPurpose.CaseManagement, GivenOn = c.ReturnDate, Method = "Written", ObtainedBy = "Test" });
            if (consentToReferral)
                db.Consents.Add(new ConsentRecord { PersonId = person.Id, Purpose = ConsentPurpose.ReferralToPartners, GivenOn = c.ReturnDate, Method = "Written", ObtainedBy = "Test" });
            for (var i = 0; i < assessments; i++)
                db.Assessments.Add(new AssessmentRecord { CaseId = c.Id, Kind = AssessmentKind.RapidVulnerabilityScreening, ConductedOn = c.ReturnDate, ConductedBy = "Test" });
            await db.SaveChangesAsync();
            return new Created(c.Id, person.Id, officeId);
        });
}
