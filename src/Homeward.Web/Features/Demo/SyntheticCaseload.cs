using Homeward.Domain.Assessments;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.Locations;
using Homeward.Domain.People;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// Makes realistic synthetic returnees: households with children, cases in every stage, consents, assessments
/// and a timeline. Deterministic for a given seed, so the demo looks the same on every machine.
/// </summary>
public sealed class SyntheticCaseload(Random rng, DateOnly today)
{
    /// <summary>Where one office's returnees come back to and who manages their cases.</summary>
    public sealed record OfficeSetup(Guid OfficeId, string CountryCode, DemoPlaces.Country Country, IReadOnlyList<Location> Communities, Guid? CaseManagerId, string CaseManagerName);

    public sealed class Batch
    {
        public List<Person> Persons { get; } = [];
        public List<Household> Households { get; } = [];
        public List<Case> Cases { get; } = [];
        public List<ConsentRecord> Consents { get; } = [];
        public List<AssessmentRecord> Assessments { get; } = [];
        public List<CaseEvent> Events { get; } = [];
        public List<Domain.Plans.ReintegrationPlan> Plans { get; } = [];
        public List<Domain.Assistance.AssistanceDelivery> Deliveries { get; } = [];
        public List<Domain.FollowUps.FollowUpVisit> FollowUps { get; } = [];
        public List<Domain.Instruments.Stored.InstrumentSubmission> Submissions { get; } = [];
        public List<Domain.Instruments.Stored.SubmissionScore> Scores { get; } = [];
        public List<Domain.Referrals.Referral> Referrals { get; } = [];
    }

    private static readonly int[] DefaultFollowUpMonths = [1, 3, 6, 9, 12, 18];
    private readonly DemoPlans _plans = new(rng, today);

    private static readonly (CaseStage Stage, int Weight)[] StageMix =
    [
        (CaseStage.Registered, 12), (CaseStage.Assessment, 15), (CaseStage.Planning, 17),
        (CaseStage.Implementation, 20), (CaseStage.Monitoring, 20), (CaseStage.Closed, 16),
    ];

    /// <summary>One principal returnee, their household and their case.</summary>
    public void AddReturnee(Batch batch, OfficeSetup office, int sequence, bool withVariantSpelling = false)
    {
        var naming = DemoNames.For(office.Country.Naming);
        var household = new Household();
        var sex = rng.Next(100) < 72 ? Sex.Male : Sex.Female;
        var family = Pick(naming.Family);
        var given = Pick(sex == Sex.Male ? naming.Male : naming.Female);
        if (withVariantSpelling) (given, family) = (Variant(given), Variant(family));
        var principal = NewPerson(given, family, sex, today.AddYears(-rng.Next(19, 46)).AddDays(-rng.Next(365)), household.Id,
            HouseholdRelationship.Principal, office.Country.Name);
        principal.Phone = office.CountryCode == "IQ" ? $"+964 750 {rng.Next(100, 999)} {rng.Next(1000, 9999)}" : $"+{(office.CountryCode == "SN" ? 221 : 224)} 77 {rng.Next(100, 999)} {rng.Next(10, 99)} {rng.Next(10, 99)}";
        principal.DocumentType = rng.Next(100) < 60 ? "Passport" : "Laissez-passer";
        principal.DocumentNumber = $"{office.CountryCode}{rng.Next(1000000, 9999999)}";
        principal.Languages = office.CountryCode == "IQ" ? (rng.Next(2) == 0 ? "Arabic; Kurdish" : "Arabic") : (office.CountryCode == "SN" ? "Wolof; French" : "Pular; French");
        household.PrincipalPersonId = principal.Id;
        batch.Households.Add(household);
        batch.Persons.Add(principal);

        if (rng.Next(100) < 45) AddFamily(batch, naming, principal, household, office);

        var stage = PickStage();
        var daysSinceReturn = stage switch
        {
            CaseStage.Registered => rng.Next(1, 20),
            CaseStage.Assessment => rng.Next(5, 40),
            CaseStage.Planning => rng.Next(15, 70),
            CaseStage.Implementation => rng.Next(40, 200),
            CaseStage.Monitoring => rng.Next(120, 500),
            _ => rng.Next(200, 600),
        };
        var returnDate = today.AddDays(-daysSinceReturn);
        var opened = returnDate.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc).AddHours(rng.Next(0, 72));
        var c = new Case
        {
            Reference = $"HW-{office.CountryCode}-{returnDate.Year}-{sequence:D6}",
            PrincipalPersonId = principal.Id,
            HouseholdId = household.Id,
            OfficeId = office.OfficeId,
            CaseManagerId = office.CaseManagerId,
            HostCountry = Pick(office.Country.HostCountries),
            ReturnDate = returnDate,
            ReturnType = rng.Next(100) switch { < 75 => ReturnType.VoluntaryAssisted, < 90 => ReturnType.Spontaneous, _ => ReturnType.Forced },
            ReturnLocationId = Pick(office.Communities).Id,
            MigrationHistory = $"Left in {returnDate.Year - rng.Next(1, 6)}; transited through {Pick(office.Country.HostCountries)}.",
            OpenedAt = opened,
        };
        batch.Cases.Add(c);
        AddConsents(batch, principal, returnDate, office.CaseManagerName);
        batch.Events.Add(new CaseEvent { CaseId = c.Id, At = opened, ActorId = office.CaseManagerId, ActorName = office.CaseManagerName, Kind = CaseEventKind.Registered, Summary = $"Registered {principal.FullName} on return from {c.HostCountry}." });

        var at = opened;
        foreach (var next in new[] { CaseStage.Assessment, CaseStage.Planning, CaseStage.Implementation, CaseStage.Monitoring })
        {
            if (StageRank(stage) < StageRank(next)) break;
            at = at.AddDays(rng.Next(2, 20));
            if (next == CaseStage.Assessment) AddAssessments(batch, c, principal, DateOnly.FromDateTime(at), office.CaseManagerName);
            if (next == CaseStage.Implementation) c.PlanAgreedOn = DateOnly.FromDateTime(at.AddDays(-1));
            c.Stage = next;
            batch.Events.Add(new CaseEvent { CaseId = c.Id, At = at, ActorId = office.CaseManagerId, ActorName = office.CaseManagerName, Kind = CaseEventKind.StageChanged, Summary = $"Moved to {next}." });
        }
        var hasChildren = batch.Persons.Any(p => p.HouseholdId == household.Id && p.Relationship == HouseholdRelationship.Child);
        if (stage == CaseStage.Closed && c.PlanAgreedOn is not null)
            _plans.AddFor(batch, c, DefaultFollowUpMonths, office.CaseManagerName, hasChildren);
        if (stage == CaseStage.Closed)
        {
            if (c.AssessmentCount == 0) AddAssessments(batch, c, principal, DateOnly.FromDateTime(at.AddDays(3)), office.CaseManagerName);
            var reason = rng.Next(100) switch
            {
                < 55 => ClosureReason.SupportPeriodEnded, < 70 => ClosureReason.ReturneeChoseToStop, < 80 => ClosureReason.LeftTheArea,
                < 88 => ClosureReason.ReMigrated, < 94 => ClosureReason.NoLongerMeetsCriteria, _ => ClosureReason.FundingEnded,
            };
            var closedAt = at.AddDays(rng.Next(30, 120));
            if (closedAt > DateTime.UtcNow) closedAt = DateTime.UtcNow.AddDays(-1);
            CaseLifecycle.Close(c, reason, reason == ClosureReason.ReturneeChoseToStop ? OptOutReason.NoLongerWantsHelp : null,
                null, closedAt, approvalRequired: false, actorIsSupervisor: true, office.CaseManagerId);
            batch.Events.Add(new CaseEvent { CaseId = c.Id, At = closedAt, ActorId = office.CaseManagerId, ActorName = office.CaseManagerName, Kind = CaseEventKind.Closed, Summary = $"Closed: {reason}." });
            // Visits not done by closure are not kept as open work.
            batch.FollowUps.RemoveAll(v => v.CaseId == c.Id && v.DoneOn is null);
            c.NextFollowUpDueOn = null;
        }
        else
        {
            _plans.AddFor(batch, c, DefaultFollowUpMonths, office.CaseManagerName, hasChildren);
        }
    }

    private void AddFamily(Batch batch, DemoNames.Naming naming, Person principal, Household household, OfficeSetup office)
    {
        if (rng.Next(100) < 70)
        {
            var spouseSex = principal.Sex == Sex.Male ? Sex.Female : Sex.Male;
            batch.Persons.Add(NewPerson(Pick(spouseSex == Sex.Male ? naming.Male : naming.Female), principal.FamilyName, spouseSex,
                principal.DateOfBirth!.Value.AddYears(rng.Next(-3, 6)), household.Id, HouseholdRelationship.Spouse, office.Country.Name));
        }
        var children = rng.Next(1, 5);
        for (var i = 0; i < children; i++)
        {
            var sex = rng.Next(2) == 0 ? Sex.Male : Sex.Female;
            var child = NewPerson(Pick(sex == Sex.Male ? naming.Male : naming.Female), principal.FamilyName, sex,
                today.AddYears(-rng.Next(0, 17)).AddDays(-rng.Next(365)), household.Id, HouseholdRelationship.Child, office.Country.Name);
            child.DateOfBirthEstimated = rng.Next(100) < 20;
            batch.Persons.Add(child);
        }
    }

    private void AddConsents(Batch batch, Person principal, DateOnly on, string obtainedBy)
    {
        void Give(ConsentPurpose purpose) => batch.Consents.Add(new ConsentRecord
        {
            PersonId = principal.Id, Purpose = purpose, GivenOn = on, Method = rng.Next(100) < 80 ? "Written" : "Verbal",
            ObtainedBy = obtainedBy, InterpreterUsed = rng.Next(100) < 30,
        });
        Give(ConsentPurpose.CaseManagement);
        if (rng.Next(100) < 90) Give(ConsentPurpose.ReferralToPartners);
        if (rng.Next(100) < 85) Give(ConsentPurpose.AnonymisedStatistics);
        if (rng.Next(100) < 50) Give(ConsentPurpose.SharingWithOtherCountryOffice);
    }

    private void AddAssessments(Batch batch, Case c, Person principal, DateOnly on, string by)
    {
        var flagged = rng.Next(100) < 20;
        batch.Assessments.Add(new AssessmentRecord
        {
            CaseId = c.Id, PersonId = principal.Id, Kind = AssessmentKind.RapidVulnerabilityScreening, ConductedOn = on, ConductedBy = by,
            VulnerabilityFlagged = flagged, Findings = flagged ? "Potential vulnerability: full screening needed." : "No vulnerability flagged.",
        });
        batch.Assessments.Add(new AssessmentRecord
        {
            CaseId = c.Id, PersonId = principal.Id, Kind = AssessmentKind.SkillsAndCapacities, ConductedOn = on.AddDays(1), ConductedBy = by,
            Findings = Pick(["Experience in tailoring; wants a small workshop.", "Worked in construction; interested in masonry training.",
                "Farming background; wants to restart livestock.", "Driver; seeks a job placement.", "Trader; wants to restock a shop."]),
        });
        c.AssessmentCount += 2;
        c.VulnerabilityFlag = flagged;
        batch.Events.Add(new CaseEvent { CaseId = c.Id, At = on.ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc), ActorName = by, Kind = CaseEventKind.AssessmentRecorded, Summary = "Rapid vulnerability screening and skills assessment recorded." });
    }

    private Person NewPerson(string given, string family, Sex sex, DateOnly dob, Guid householdId, HouseholdRelationship relationship, string nationality)
    {
        var p = new Person
        {
            GivenName = given, FamilyName = family, Sex = sex, DateOfBirth = dob, HouseholdId = householdId,
            Relationship = relationship, Nationality = nationality, DateOfBirthEstimated = rng.Next(100) < 10,
        };
        p.RefreshSearchKeys();
        return p;
    }

    private CaseStage PickStage()
    {
        var roll = rng.Next(StageMix.Sum(s => s.Weight));
        foreach (var (stage, weight) in StageMix)
        {
            if (roll < weight) return stage;
            roll -= weight;
        }
        return CaseStage.Registered;
    }

    private static int StageRank(CaseStage s) => s == CaseStage.Closed ? 99 : (int)s;

    private string Variant(string name) =>
        DemoNames.Variants.TryGetValue(name, out var variants) ? variants[rng.Next(variants.Length)] : name;

    private T Pick<T>(IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
