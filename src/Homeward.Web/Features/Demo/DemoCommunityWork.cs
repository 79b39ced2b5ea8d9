using Homeward.Data;
using Homeward.Domain.Cases;
using Homeward.Domain.Children;
using Homeward.Domain.Communities;
using Homeward.Domain.Instruments.Submissions;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Domain.Structural;
using Homeward.Web.Features.Instruments;
using CommunityAgeGroups = Homeward.Domain.Communities.AgeGroups;

namespace Homeward.Web.Features.Demo;

/// <summary>
/// The demo programme's community and structural work, and its children's best-interests assessments, so that the
/// results framework's community, capacity and child indicators have something to count: community projects in the
/// communities of return with returnees and non-migrants taking part, partner institutions and the trainings held
/// with them, and a best-interests assessment for many of the children returning with a family.
/// </summary>
public sealed class DemoCommunityWork(Random rng, DateOnly today)
{
    private const string BestInterestsShortFormId = "homeward_bia_short";

    public void Add(HomewardDbContext db, SyntheticCaseload.Batch batch, IReadOnlyList<SyntheticCaseload.OfficeSetup> offices)
    {
        var persons = batch.Persons.ToDictionary(p => p.Id);
        var sectors = new[] { ("Agriculture", "Shared irrigation and a seed bank for market gardens."), ("Vocational training", "A tailoring and repair workshop open to young people."),
            ("Infrastructure", "Rehabilitating the water point used by returning and resident families."), ("Social cohesion", "Sports and cultural days joining returnees and neighbours.") };
        var n = 0;
        foreach (var office in offices)
            foreach (var community in office.Communities.Take(2))
            {
                var (sector, objectives) = sectors[n % sectors.Length];
                var start = today.AddMonths(-(4 + 5 * n));
                var completed = n % 3 == 2;
                var project = new CommunityProject
                {
                    Title = $"{sector}: {community.Name}", Type = ProjectType.ReturneesAndNonMigrants, Dimension = n % 2 == 0 ? Dimension.Economic : Dimension.Social,
                    Sector = sector, Objectives = objectives, LocationId = community.Id, StartOn = start, EndOn = completed ? start.AddMonths(3) : null,
                    Status = completed ? ProjectStatus.Completed : ProjectStatus.Ongoing, Budget = 12000 + 3000 * n, Spent = 4000 + 1500 * n,
                };
                db.CommunityProjects.Add(project);
                // Returnees of the office who returned before the project ended take part; about one in three.
                foreach (var c in batch.Cases.Where(c => c.OfficeId == office.OfficeId && c.ReturnDate < (project.EndOn ?? today) && rng.Next(3) == 0).Take(14))
                {
                    var person = persons[c.PrincipalPersonId];
                    var joined = Later(project.StartOn, c.ReturnDate).AddDays(rng.Next(20));
                    db.ProjectReturnees.Add(new ReturneeParticipant
                    {
                        ProjectId = project.Id, CaseId = c.Id, Sex = person.Sex, AgeGroup = CommunityAgeGroups.For(person.AgeOn(joined)),
                        JoinedOn = joined > today ? today : joined, Role = rng.Next(4) == 0 ? "Group leader" : null,
                    });
                }
                foreach (var (sex, age) in new[] { (Sex.Female, AgeGroup.From25To59), (Sex.Male, AgeGroup.From25To59), (Sex.Female, AgeGroup.From18To24), (Sex.Male, AgeGroup.From18To24) })
                    db.ProjectNonMigrants.Add(new NonMigrantParticipants { ProjectId = project.Id, Sex = sex, AgeGroup = age, Count = 3 + rng.Next(9) });
                n++;
            }

        var ministry = new Stakeholder { Name = "Ministry of Labour and Vocational Training", Type = StakeholderType.GovernmentBody, Level = StakeholderLevel.National, Sector = "Employment" };
        var chamber = new Stakeholder { Name = "Chamber of Commerce and Crafts", Type = StakeholderType.PrivateSector, Level = StakeholderLevel.Local, Sector = "Small business" };
        var association = new Stakeholder { Name = "Returnee and Youth Association", Type = StakeholderType.CivilSociety, Level = StakeholderLevel.Local, Sector = "Psychosocial support" };
        db.Stakeholders.AddRange(ministry, chamber, association);
        (string Title, CapacityActivityKind Kind, int MonthsAgo, int Participants, Stakeholder[] With)[] activities =
        [
            ("Case management and referral for labour inspectors", CapacityActivityKind.Training, 14, 18, [ministry]),
            ("Business coaching for returnees: training of trainers", CapacityActivityKind.Training, 9, 12, [chamber, association]),
            ("Psychosocial first aid for association volunteers", CapacityActivityKind.Training, 5, 16, [association]),
            ("Referral pathway set-up with the employment office", CapacityActivityKind.TechnicalSupport, 3, 7, [ministry]),
            ("Counselling room equipment", CapacityActivityKind.Equipment, 2, 0, [association]),
        ];
        foreach (var (title, kind, monthsAgo, participants, with) in activities)
            db.CapacityActivities.Add(new CapacityActivity
            {
                Title = title, Kind = kind, HeldOn = today.AddMonths(-monthsAgo), Participants = participants, StakeholderIds = with.Select(s => s.Id).ToList(),
            });
    }

    /// <summary>
    /// A short-form best-interests assessment, heard and recorded as the case manager would, for about two thirds of the children
    /// under 18 returning with a family whose case is past registration; the answers go through the real checker. The
    /// assessment records, submissions and timeline entries go into the batch (so each case counts its assessments);
    /// the assessments and the child's participation are saved after the batch is written.
    /// </summary>
    public void AddBestInterests(HomewardDbContext db, SyntheticCaseload.Batch batch, LoadedInstrument? shortForm, IReadOnlyDictionary<Guid, string> caseManagerNames)
    {
        if (shortForm is null) return;
        var children = batch.Persons.Where(p => p.Relationship == HouseholdRelationship.Child).ToLookup(p => p.HouseholdId);
        foreach (var c in batch.Cases.Where(c => c.Stage != CaseStage.Registered))
            foreach (var child in children[c.HouseholdId].Where(p => ChildAge.IsChildOn(p, c.ReturnDate) && rng.Next(3) != 0))
            {
                var on = DateOnly.FromDateTime(c.OpenedAt).AddDays(5 + rng.Next(25));
                if (on > today) on = today;
                var assessor = c.CaseManagerId is { } m && caseManagerNames.TryGetValue(m, out var name) ? name : "Case manager";
                var finding = rng.Next(10) == 0 ? "not_determined" : "in_best_interests";
                var healthNeeds = rng.Next(5) == 0;
                var answers = new AnswerSet(new Dictionary<string, string?>(StringComparer.Ordinal)
                {
                    ["immediate_danger"] = "no", ["care_arrangement"] = "parents", ["care_adequate"] = "yes", ["health_needs"] = healthNeeds ? "yes" : "no",
                    ["health_details"] = healthNeeds ? "Asthma; needs an inhaler and a check-up." : null,
                    ["in_school"] = rng.Next(2) == 0 ? "yes" : "no", ["urgent_actions"] = "School enrolment and a health check at the district clinic.",
                    ["return_in_best_interests"] = finding, ["findings"] = "Living with the parent who returned; the family is settling in.",
                });
                var check = SubmissionChecker.Check(shortForm.Instrument, answers, on);
                if (!check.IsValid) throw new InvalidOperationException($"Demo best-interests answers refused: {string.Join("; ", check.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
                var records = SubmissionRecords.Build(shortForm, check, on, c.Id, child.Id, c.CaseManagerId, assessor);
                c.AssessmentCount++;
                var heard = new ChildParticipation
                {
                    CaseId = c.Id, PersonId = child.Id, HeardOn = on, Step = ParticipationStep.BestInterestsAssessment, Heard = child.AgeOn(on) >= 6,
                    Method = child.AgeOn(on) >= 6 ? ParticipationMethod.IndividualConversation : null, Language = child.AgeOn(on) >= 6 ? "Mother tongue" : null,
                    ChildViews = child.AgeOn(on) >= 6 ? "Glad to be with family; wants to go back to school." : null,
                    NotHeardReason = child.AgeOn(on) >= 6 ? null : "Too young to be heard; observed with the parent.", RecordedBy = assessor,
                };
                batch.Assessments.Add(records.Record);
                batch.Submissions.Add(records.Submission);
                batch.Events.Add(new CaseEvent
                {
                    CaseId = c.Id, At = on.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc), ActorId = c.CaseManagerId, ActorName = assessor,
                    Kind = CaseEventKind.BestInterests, Summary = $"Best interests assessment (Short form) of {child.FullName} recorded.",
                });
                db.ChildParticipations.Add(heard);
                db.BestInterestsAssessments.Add(new BestInterestsAssessment
                {
                    CaseId = c.Id, PersonId = child.Id, Form = BestInterestsForm.Short, ConductedOn = on, AssessorId = c.CaseManagerId, AssessorName = assessor,
                    SubmissionId = records.Submission.Id, AssessmentRecordId = records.Record.Id, ParticipationId = heard.Id,
                    ReturnFinding = finding == "in_best_interests" ? ReturnFinding.InBestInterests : ReturnFinding.NotDetermined,
                });
            }
    }

    public static bool IsBestInterestsShortForm(InstrumentSummary instrument) => instrument.FormId == BestInterestsShortFormId;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
