using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.People;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// One unaccompanied child to walk through in the demo (Dakar office, at assessment): registered with an appointed guardian and
/// a tracing request open for her mother, who returned earlier and has her own case, so tracing finds her among Homeward's records.
/// </summary>
public static class DemoUnaccompaniedChild
{
    public const string Reference = "HW-SN-DEMO-UAC001";

    public static void Add(HomewardDbContext db, SyntheticCaseload.OfficeSetup dakar, DateOnly today)
    {
        var mother = NewCase(db, dakar, $"HW-SN-DEMO-MOT001", "Khady", "Sow", Sex.Female, new DateOnly(1986, 3, 14), today.AddDays(-120), CaseStage.Monitoring);
        mother.Case.PlanAgreedOn = today.AddDays(-90);
        var child = NewCase(db, dakar, Reference, "Aminata", "Sow", Sex.Female, today.AddYears(-14).AddDays(-50), today.AddDays(-6), CaseStage.Assessment);
        db.SeparatedChildren.Add(new SeparatedChild
        {
            CaseId = child.Case.Id, PersonId = child.Person.Id, Status = SeparationStatus.Unaccompanied, GuardianName = "Awa Ba",
            GuardianRelationship = "Appointed guardian (social worker)", GuardianContact = "+221 77 555 12 34", GuardianAppointedOn = today.AddDays(-5),
            RecordedBy = dakar.CaseManagerName,
        });
        db.FamilyTracings.Add(new FamilyTracing
        {
            CaseId = child.Case.Id, PersonId = child.Person.Id, SoughtGivenName = "Khady", SoughtFamilyName = "Sow", SoughtBirthYear = 1986,
            SoughtRelationship = "Mother", KnownPlaces = "Pikine, Dakar; before that Kaolack", LastContact = "A phone call from Morocco, about a year ago",
            OpenedOn = today.AddDays(-4), OpenedBy = dakar.CaseManagerName,
        });
        db.CaseEvents.Add(new CaseEvent { CaseId = child.Case.Id, At = DateTime.UtcNow.AddDays(-5), ActorId = dakar.CaseManagerId, ActorName = dakar.CaseManagerName,
            Kind = CaseEventKind.ChildRecorded, Summary = "Aminata Sow registered as unaccompanied; guardian recorded." });
    }

    private static (Case Case, Person Person) NewCase(HomewardDbContext db, SyntheticCaseload.OfficeSetup office, string reference, string given, string family, Sex sex,
        DateOnly born, DateOnly returned, CaseStage stage)
    {
        var household = new Household();
        var person = new Person { GivenName = given, FamilyName = family, Sex = sex, DateOfBirth = born, HouseholdId = household.Id, Relationship = HouseholdRelationship.Principal, Nationality = office.Country.Name };
        person.RefreshSearchKeys();
        household.PrincipalPersonId = person.Id;
        var opened = returned.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        var c = new Case
        {
            Reference = reference, PrincipalPersonId = person.Id, HouseholdId = household.Id, OfficeId = office.OfficeId, CaseManagerId = office.CaseManagerId,
            HostCountry = office.Country.HostCountries[0], ReturnDate = returned, ReturnType = ReturnType.VoluntaryAssisted, ReturnLocationId = office.Communities[0].Id,
            OpenedAt = opened, Stage = stage,
        };
        db.AddRange(household, person, c);
        db.CaseEvents.Add(new CaseEvent { CaseId = c.Id, At = opened, ActorId = office.CaseManagerId, ActorName = office.CaseManagerName, Kind = CaseEventKind.Registered,
            Summary = $"Registered {person.FullName} on return from {c.HostCountry}." });
        return (c, person);
    }
}
