using Homeward.Domain.Assessments;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Consent;
using Homeward.Domain.FollowUps;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.Locations;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Domain.Referrals;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>
/// A country of return of its own, made up for one test, with returnees in both offices, plans, assistance,
/// follow-ups, closures and RSS rounds. Filtering statistics to <see cref="Place.CountryId"/> sees these cases
/// and nothing any other test writes.
/// </summary>
public static class StatisticsData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record Place(Guid CountryId, string CountryCode, Guid RegionId, string RegionName, Guid CommunityId, IReadOnlyList<Guid> CaseIds);

    public static Task<Place> CreateAsync(HomewardApp app, int returnees = 48, int seed = 7) => app.WithDb(async db =>
    {
        var rng = new Random(seed);
        var code = $"Z{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var country = new Location { Level = LocationLevel.Country, Code = code, Name = $"Testland {code}" };
        var region = new Location { ParentId = country.Id, Level = LocationLevel.Region, Code = $"{code}-R", Name = $"Region {code}" };
        var community = new Location { ParentId = region.Id, Level = LocationLevel.Community, Code = $"{code}-R-C", Name = "Village" };
        db.Locations.AddRange(country, region, community);
        var offices = await db.Offices.Where(o => o.Name == "Dakar office" || o.Name == "Erbil office").OrderBy(o => o.Name).Select(o => o.Id).ToListAsync(Ct);
        var rss = await db.Instruments.Where(i => i.Kind == AssessmentKind.SustainabilityBaseline).AsNoTracking().FirstAsync(Ct);
        // A later version of the survey's weights, for re-scoring.
        var reweighted = new StoredInstrument
        {
            FormId = rss.FormId, Version = $"test-{code}", Title = rss.Title, Kind = rss.Kind, FileName = rss.FileName, File = rss.File,
            SurveyJson = rss.SurveyJson, ChoicesJson = rss.ChoicesJson, SettingsJson = rss.SettingsJson, ImportedBy = "Test",
        };
        db.Instruments.Add(reweighted);
        await db.SaveChangesAsync(Ct);
        var service = await db.Services.AsNoTracking().OrderBy(x => x.Name).Select(x => new { x.Id, x.OrganisationId }).FirstAsync(Ct);

        var ids = new List<Guid>();
        var start = new DateOnly(2025, 1, 6);
        for (var i = 0; i < returnees; i++)
        {
            var household = new Household();
            var returned = start.AddDays(i * 8);
            var person = new Person
            {
                GivenName = "Stat", FamilyName = $"Returnee{code}{i}", Sex = i % 3 == 0 ? Sex.Female : Sex.Male,
                DateOfBirth = i % 11 == 0 ? null : returned.AddYears(-(16 + rng.Next(40))), HouseholdId = household.Id,
            };
            person.RefreshSearchKeys();
            household.PrincipalPersonId = person.Id;
            db.Households.Add(household);
            db.Persons.Add(person);
            await db.SaveChangesAsync(Ct);

            var c = new Case
            {
                Reference = $"HW-S-{Guid.NewGuid():N}"[..20], PrincipalPersonId = person.Id, HouseholdId = household.Id, OfficeId = offices[i % 3 == 2 ? 1 : 0],
                HostCountry = "Libya", ReturnDate = returned, ReturnType = i % 5 == 0 ? ReturnType.Forced : ReturnType.VoluntaryAssisted,
                ReturnLocationId = community.Id, VulnerabilityFlag = i % 4 == 0, Stage = CaseStage.Implementation,
                OpenedAt = returned.AddDays(1 + i % 3).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            };
            db.Cases.Add(c);
            ids.Add(c.Id);
            db.Consents.Add(new ConsentRecord { PersonId = person.Id, Purpose = ConsentPurpose.CaseManagement, GivenOn = returned, Method = "Written", ObtainedBy = "Test" });
            // Most consent to statistics; some never did and one withdrew: neither may be counted.
            if (i % 7 != 3)
                db.Consents.Add(new ConsentRecord
                {
                    PersonId = person.Id, Purpose = ConsentPurpose.AnonymisedStatistics, GivenOn = returned, Method = "Written", ObtainedBy = "Test",
                    WithdrawnAt = i == 5 ? DateTime.UtcNow.AddDays(-3) : null,
                });

            if (i % 3 != 1)
            {
                var agreed = returned.AddDays(10 + rng.Next(50));
                c.PlanAgreedOn = agreed;
                var plan = new ReintegrationPlan { CaseId = c.Id, Status = PlanStatus.Agreed, AgreedOn = agreed, AgreementMethod = "Signed" };
                var economic = new BudgetLine { PlanId = plan.Id, Description = "Tools", Dimension = Dimension.Economic, EstimatedCost = 600 + rng.Next(5) * 100 };
                var social = new BudgetLine { PlanId = plan.Id, Description = "Rent", Dimension = Dimension.Social, EstimatedCost = 300 };
                plan.BudgetLines.AddRange([economic, social]);
                plan.Activities.Add(new PlanActivity { PlanId = plan.Id, Description = "Start a workshop", Dimension = Dimension.Economic, AssistanceType = AssistanceType.IndividualMicroBusiness });
                db.Plans.Add(plan);
                if (i % 4 != 1)
                    db.Referrals.Add(Referral(c.Id, service.Id, service.OrganisationId, agreed, i));
                if (i % 2 == 0)
                    db.AssistanceDeliveries.Add(new AssistanceDelivery
                    {
                        CaseId = c.Id, BudgetLineKey = economic.LineKey, DeliveredOn = agreed.AddDays(5), Amount = 400 + rng.Next(3) * 50,
                        Method = i % 4 == 0 ? DeliveryMethod.MobileMoney : DeliveryMethod.CashInHand, DeliveredBy = "Test",
                    });
                if (i % 3 == 0)
                    db.AssistanceDeliveries.Add(new AssistanceDelivery
                    {
                        CaseId = c.Id, BudgetLineKey = social.LineKey, DeliveredOn = agreed.AddDays(20), Amount = 150, Method = DeliveryMethod.InKind,
                        Goods = "Mattresses", DeliveredBy = "Test",
                    });
                foreach (var months in new[] { 1, 3, 6 })
                {
                    var due = returned.AddMonths(months);
                    db.FollowUps.Add(new FollowUpVisit { CaseId = c.Id, MonthsAfterReturn = months, DueOn = due, DoneOn = rng.Next(4) == 0 ? null : due.AddDays(rng.Next(10)) });
                }
                var rounds = i % 2 == 0 ? 3 : 1;
                for (var r = 0; r < rounds; r++)
                {
                    var answered = agreed.AddMonths(r * 4);
                    var record = new AssessmentRecord { CaseId = c.Id, PersonId = person.Id, Kind = AssessmentKind.SustainabilityBaseline, ConductedOn = answered, ConductedBy = "Test" };
                    var submission = new InstrumentSubmission
                    {
                        CaseId = c.Id, PersonId = person.Id, InstrumentId = rss.Id, AssessmentRecordId = record.Id, AnsweredOn = answered, AssessorName = "Test", AnswersJson = "{}",
                    };
                    var composite = Math.Round(0.3 + rng.NextDouble() * 0.5, 3);
                    var score = new SubmissionScore { SubmissionId = submission.Id, InstrumentId = rss.Id, InstrumentVersion = rss.Version, ScoredBy = "Test", Composite = composite };
                    score.Dimensions.Add(new SubmissionDimensionScore { SubmissionScoreId = score.Id, Position = 0, Dimension = "economic", Score = Math.Round(rng.NextDouble(), 3), ItemCount = 3 });
                    score.Dimensions.Add(new SubmissionDimensionScore { SubmissionScoreId = score.Id, Position = 1, Dimension = "social", Score = Math.Round(rng.NextDouble(), 3), ItemCount = 3 });
                    db.Assessments.Add(record);
                    db.InstrumentSubmissions.Add(submission);
                    db.SubmissionScores.Add(score);
                    // A later re-scoring replaces the first scores in statistics.
                    if (r == 0 && i % 4 == 0)
                        db.SubmissionScores.Add(new SubmissionScore
                        {
                            SubmissionId = submission.Id, InstrumentId = reweighted.Id, InstrumentVersion = reweighted.Version, ScoredBy = "Rescore", Composite = Math.Round(composite / 2, 3),
                            ScoredAt = DateTime.UtcNow.AddMinutes(5),
                        });
                }
            }
            if (i % 5 == 1)
            {
                c.Stage = CaseStage.Closed;
                c.ClosedAt = returned.AddDays(200).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
                c.ClosureReason = i % 10 == 1 ? ClosureReason.SupportPeriodEnded : ClosureReason.ReMigrated;
            }
            await db.SaveChangesAsync(Ct);
        }
        return new Place(country.Id, code, region.Id, region.Name, community.Id, ids);
    });

    /// <summary>A referral sent after the plan: most accepted, some declined; some reached first contact, some of those completed.</summary>
    private static Referral Referral(Guid caseId, Guid serviceId, Guid organisationId, DateOnly agreed, int i)
    {
        var sent = agreed.AddDays(3).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var r = new Referral
        {
            CaseId = caseId, ServiceId = serviceId, OrganisationId = organisationId, Need = "Vocational training", Reason = "Plan activity", Requested = "A place on a course",
            SharedFieldNames = "", CreatedBy = "Test", Status = ReferralStatus.Sent, SentAt = sent,
        };
        if (i % 5 == 3)
        {
            r.Status = ReferralStatus.Declined;
            r.RespondedAt = sent.AddDays(1);
            r.DeclineReason = "Full";
            return r;
        }
        if (i % 7 == 6) return r;
        r.Status = ReferralStatus.Accepted;
        r.RespondedAt = sent.AddDays(2 + i % 4);
        if (i % 2 == 1) return r;
        r.Status = ReferralStatus.InProgress;
        r.FirstContactOn = DateOnly.FromDateTime(sent).AddDays(3 + i % 9);
        if (i % 3 != 0) return r;
        r.Status = ReferralStatus.Completed;
        r.Outcome = "Course finished";
        r.Updates.Add(new ReferralUpdate { ReferralId = r.Id, Step = ReferralStep.Completed, ByName = "Partner", At = sent.AddDays(40 + i % 5) });
        return r;
    }
}
