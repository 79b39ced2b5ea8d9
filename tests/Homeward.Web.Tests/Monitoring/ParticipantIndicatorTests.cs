using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Assessments;
using Homeward.Domain.Children;
using Homeward.Domain.Communities;
using Homeward.Domain.Consent;
using Homeward.Domain.Instruments.Stored;
using Homeward.Domain.People;
using Homeward.Domain.Plans;
using Homeward.Domain.Results;
using Homeward.Domain.Structural;
using Homeward.Web.Features.Monitoring;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Web.Tests.Monitoring.IndicatorCells;
using static Homeward.Web.Tests.Monitoring.StatisticsData;
using CommunityAgeGroup = Homeward.Domain.Communities.AgeGroup;

namespace Homeward.Web.Tests.Monitoring;

/// <summary>
/// The community project, best-interests and capacity-strengthening indicators against a recomputation from raw rows
/// the test writes itself: projects, participants and children in a country of return of its own (filtered to it), and
/// capacity activities in a year of their own. Returnees who do not consent to statistics are in the rows and must not count.
/// </summary>
public abstract class ParticipantIndicatorTests<TApp>(TApp app) where TApp : HomewardApp
{
    /// <summary>The indicators these tests recompute; the other indicator tests cover the rest of the library.</summary>
    public static readonly IndicatorKind[] Kinds =
    [
        IndicatorKind.CommunityProjectsUnderWay, IndicatorKind.CommunityProjectParticipants, IndicatorKind.ChildrenWithBestInterestsAssessment,
        IndicatorKind.ChildrenAssessedShare, IndicatorKind.CapacityStrengtheningParticipants,
    ];

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private sealed record Community(Place Place, HashSet<Guid> Consenting, List<CommunityProject> Projects, List<ReturneeParticipant> Returnees,
        List<NonMigrantParticipants> NonMigrants, List<(Guid CaseId, Person Child, DateOnly ReturnDate)> Members, List<BestInterestsAssessment> Assessments);

    /// <summary>Seven projects in the test's own community (two never under way), returnees and non-migrants joining them, and the returnees' children, half of them assessed.</summary>
    private async Task<Community> CreateCommunityAsync()
    {
        var place = await CreateAsync(app, returnees: 24, seed: 11);
        return await app.WithDb(async db => await AddCommunityAsync(db, place));
    }

    private static async Task<Community> AddCommunityAsync(Homeward.Data.HomewardDbContext db, Place place)
    {
        var cases = await db.Cases.IgnoreQueryFilters().Where(c => place.CaseIds.Contains(c.Id)).OrderBy(c => c.ReturnDate).ToListAsync(Ct);
        var principals = cases.Select(c => c.PrincipalPersonId).ToList();
        var persons = await db.Persons.Where(p => principals.Contains(p.Id)).ToDictionaryAsync(p => p.Id, Ct);
        var consenting = (await db.Consents.Where(x => principals.Contains(x.PersonId) && x.Purpose == ConsentPurpose.AnonymisedStatistics && x.WithdrawnAt == null)
            .Select(x => x.PersonId).ToListAsync(Ct)).ToHashSet();
        var instrument = await db.Instruments.Where(i => i.Kind == AssessmentKind.BestInterests).Select(i => i.Id).FirstAsync(Ct);

        var projects = new List<CommunityProject>();
        (ProjectStatus Status, DateOnly Start, DateOnly? End)[] shapes =
        [
            (ProjectStatus.Ongoing, new(2025, 2, 10), null), (ProjectStatus.Completed, new(2025, 3, 1), new(2025, 8, 20)),
            (ProjectStatus.Completed, new(2025, 1, 15), new(2025, 2, 28)), (ProjectStatus.Suspended, new(2025, 6, 2), null),
            (ProjectStatus.Ongoing, new(2025, 5, 5), null), (ProjectStatus.Ongoing, new(2025, 7, 1), null),
            (ProjectStatus.Planned, new(2025, 4, 1), null), (ProjectStatus.Cancelled, new(2025, 2, 1), new(2025, 3, 1)),
        ];
        foreach (var (status, start, end) in shapes)
            projects.Add(new CommunityProject
            {
                Title = $"Project {place.CountryCode} {projects.Count}", Type = ProjectType.ReturneesAndNonMigrants, Dimension = Dimension.Economic, Sector = "Agriculture",
                Objectives = "Irrigation", LocationId = place.CommunityId, StartOn = start, EndOn = end, Status = status, Budget = 1000,
            });
        db.CommunityProjects.AddRange(projects);

        var returnees = new List<ReturneeParticipant>();
        for (var i = 0; i < cases.Count; i++)
        {
            // Most returnees join one project, some two; those who do not consent join too.
            var project = projects[i % 6];
            var joined = project.StartOn.AddDays(3 + i);
            var person = persons[cases[i].PrincipalPersonId];
            returnees.Add(new ReturneeParticipant { ProjectId = project.Id, CaseId = cases[i].Id, Sex = person.Sex, AgeGroup = (CommunityAgeGroup)(i % 4), JoinedOn = joined });
            if (i % 3 == 0)
                returnees.Add(new ReturneeParticipant { ProjectId = projects[(i + 1) % 6].Id, CaseId = cases[i].Id, Sex = person.Sex, AgeGroup = (CommunityAgeGroup)(i % 4), JoinedOn = joined.AddDays(40) });
        }
        db.ProjectReturnees.AddRange(returnees);
        var nonMigrants = new List<NonMigrantParticipants>
        {
            new() { ProjectId = projects[0].Id, Sex = Sex.Female, AgeGroup = CommunityAgeGroup.From25To59, Count = 9 },
            new() { ProjectId = projects[0].Id, Sex = Sex.Male, AgeGroup = CommunityAgeGroup.From18To24, Count = 2 },
            new() { ProjectId = projects[3].Id, Sex = Sex.Male, AgeGroup = CommunityAgeGroup.From25To59, Count = 6 },
            new() { ProjectId = projects[6].Id, Sex = Sex.Female, AgeGroup = CommunityAgeGroup.SixtyAndOver, Count = 4 },
        };
        db.ProjectNonMigrants.AddRange(nonMigrants);

        var members = new List<(Guid, Person, DateOnly)>();
        var assessments = new List<BestInterestsAssessment>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i];
            // A child under 18 on the day of return, and every fourth household a member who had just turned 18.
            var child = new Person { GivenName = "Stat", FamilyName = $"Child{place.CountryCode}{i}", Sex = i % 2 == 0 ? Sex.Female : Sex.Male,
                DateOfBirth = c.ReturnDate.AddYears(-(2 + i % 15)), HouseholdId = c.HouseholdId, Relationship = HouseholdRelationship.Child };
            var grown = new Person { GivenName = "Stat", FamilyName = $"Adult{place.CountryCode}{i}", Sex = Sex.Male,
                DateOfBirth = c.ReturnDate.AddYears(-18).AddDays(-1), HouseholdId = c.HouseholdId, Relationship = HouseholdRelationship.Child };
            foreach (var p in i % 4 == 0 ? new[] { child, grown } : [child])
            {
                p.RefreshSearchKeys();
                db.Persons.Add(p);
                members.Add((c.Id, p, c.ReturnDate));
            }
            if (i % 3 == 1) continue;
            foreach (var (assessed, on) in i % 4 == 0 ? new[] { (child, c.ReturnDate.AddDays(20)), (grown, c.ReturnDate.AddDays(25)), (child, c.ReturnDate.AddDays(120)) }
                         : [(child, c.ReturnDate.AddDays(30))])
                assessments.Add(Assessment(db, c.Id, assessed.Id, on, instrument));
        }
        await db.SaveChangesAsync(Ct);
        return new Community(place, cases.Where(c => consenting.Contains(c.PrincipalPersonId)).Select(c => c.Id).ToHashSet(), projects, returnees, nonMigrants, members, assessments);
    }

    private static BestInterestsAssessment Assessment(Homeward.Data.HomewardDbContext db, Guid caseId, Guid personId, DateOnly on, Guid instrument)
    {
        var record = new AssessmentRecord { CaseId = caseId, PersonId = personId, Kind = AssessmentKind.BestInterests, ConductedOn = on, ConductedBy = "Test" };
        var submission = new InstrumentSubmission { CaseId = caseId, PersonId = personId, InstrumentId = instrument, AssessmentRecordId = record.Id, AnsweredOn = on, AssessorName = "Test", AnswersJson = "{}" };
        var heard = new ChildParticipation { CaseId = caseId, PersonId = personId, HeardOn = on, Step = ParticipationStep.BestInterestsAssessment, Heard = false, NotHeardReason = "Too young", RecordedBy = "Test" };
        var bia = new BestInterestsAssessment
        {
            CaseId = caseId, PersonId = personId, Form = BestInterestsForm.Short, ConductedOn = on, AssessorName = "Test", SubmissionId = submission.Id,
            AssessmentRecordId = record.Id, ParticipationId = heard.Id, ReturnFinding = ReturnFinding.NotDetermined,
        };
        db.Assessments.Add(record);
        db.InstrumentSubmissions.Add(submission);
        db.ChildParticipations.Add(heard);
        db.BestInterestsAssessments.Add(bia);
        return bia;
    }

    private async Task<IndicatorTable> ComputeAsync(IndicatorKind kind, StatisticsFilter filter, params Disaggregation[] by)
    {
        app.RequireAvailable();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IndicatorCalculator>().ComputeAsync(kind, new Dictionary<string, string>(), filter, by, PeriodLength.Quarter, Ct);
    }

    private static ReportingPeriod Quarter(string text) => ReportingPeriod.TryParse(text, out var p) ? p : throw new ArgumentException(text);
    private static readonly string[] Quarters2025 = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"];

    [Fact]
    public async Task CommunityProjectsUnderWay_CountEachProjectRunningInTheQuarter_NotPlannedOrCancelledOnes()
    {
        var data = await CreateCommunityAsync();
        var table = await ComputeAsync(IndicatorKind.CommunityProjectsUnderWay, new StatisticsFilter(LocationId: data.Place.CountryId), Disaggregation.Location);

        var ran = data.Projects.Where(p => p.Status is not (ProjectStatus.Planned or ProjectStatus.Cancelled) && p.StartOn <= Today).ToList();
        // A period's end is the first day after it.
        bool RunsIn(CommunityProject p, ReportingPeriod q) => p.StartOn < q.End && (p.EndOn ?? Today) >= q.Start && q.Start <= Today;
        AssertCell(table.Total, (ran.Count, ran.Count), table.Threshold, "all projects");
        AssertCell(table.Find(null, data.Place.RegionName), (ran.Count, ran.Count), table.Threshold, "the region");
        foreach (var quarter in Quarters2025)
        {
            var n = ran.Count(p => RunsIn(p, Quarter(quarter)));
            AssertCell(table.Find(quarter, [null]), (n, n), table.Threshold, quarter);
        }
        Assert.Equal(6, (int)table.Total!.Value!.Value);
        // Projects are not people: no count of them is suppressed, however small.
        Assert.Equal(0, table.Threshold);
        Assert.DoesNotContain(table.Cells, c => c.Suppressed);
        // Filtered to one quarter: only the projects running in it.
        var q1 = await ComputeAsync(IndicatorKind.CommunityProjectsUnderWay, new StatisticsFilter(Period: Quarter("2025-Q1"), LocationId: data.Place.CountryId));
        var inQ1 = ran.Count(p => RunsIn(p, Quarter("2025-Q1")));
        AssertCell(q1.Total, (inQ1, inQ1), q1.Threshold, "2025-Q1 only");
    }

    [Fact]
    public async Task CommunityProjectParticipants_CountConsentingReturneesOnceAndNonMigrantsByHead_ByTypeSexAndPeriod()
    {
        var data = await CreateCommunityAsync();
        var filter = new StatisticsFilter(LocationId: data.Place.CountryId);
        Assert.Contains(data.Returnees, r => !data.Consenting.Contains(r.CaseId));
        var counted = data.Returnees.Where(r => data.Consenting.Contains(r.CaseId)).ToList();
        var starts = data.Projects.ToDictionary(p => p.Id, p => p.StartOn);
        (double?, int) Expected(Func<ReturneeParticipant, bool> returnee, Func<NonMigrantParticipants, bool> nonMigrant)
        {
            var n = counted.Where(returnee).Select(r => r.CaseId).Distinct().Count() + data.NonMigrants.Where(nonMigrant).Sum(x => x.Count);
            return (n, n);
        }

        var byType = await ComputeAsync(IndicatorKind.CommunityProjectParticipants, filter, Disaggregation.ParticipantType);
        AssertCell(byType.Total, Expected(_ => true, _ => true), byType.Threshold, "total");
        AssertCell(byType.Find(null, "Returnee"), Expected(_ => true, _ => false), byType.Threshold, "returnees");
        AssertCell(byType.Find(null, "NonMigrant"), Expected(_ => false, _ => true), byType.Threshold, "non-migrants");
        foreach (var quarter in Quarters2025)
        {
            var q = Quarter(quarter);
            AssertCell(byType.Find(quarter, [null]), Expected(r => q.Contains(r.JoinedOn), n => q.Contains(starts[n.ProjectId])), byType.Threshold, quarter);
        }

        var bySexAndAge = await ComputeAsync(IndicatorKind.CommunityProjectParticipants, filter, Disaggregation.Sex, Disaggregation.AgeGroup);
        foreach (var sex in new[] { Sex.Female, Sex.Male })
        {
            AssertCell(bySexAndAge.Find(null, sex.ToString(), null), Expected(r => r.Sex == sex, n => n.Sex == sex), bySexAndAge.Threshold, $"{sex}");
            AssertCell(bySexAndAge.Find(null, sex.ToString(), "25-59"), Expected(r => r.Sex == sex && r.AgeGroup == CommunityAgeGroup.From25To59,
                n => n.Sex == sex && n.AgeGroup == CommunityAgeGroup.From25To59), bySexAndAge.Threshold, $"{sex} 25-59");
        }

        // Filtered by sex, the participant's own; by an office, non-migrants (who have none) drop out.
        var women = await ComputeAsync(IndicatorKind.CommunityProjectParticipants, filter with { Sex = Sex.Female });
        AssertCell(women.Total, Expected(r => r.Sex == Sex.Female, n => n.Sex == Sex.Female), women.Threshold, "women only");
        var (dakar, officeOf) = await app.WithDb(async db => (
            await db.Offices.Where(o => o.Name == "Dakar office").Select(o => o.Id).SingleAsync(Ct),
            await db.Cases.IgnoreQueryFilters().Where(c => data.Place.CaseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.OfficeId, Ct)));
        var office = await ComputeAsync(IndicatorKind.CommunityProjectParticipants, filter with { OfficeId = dakar });
        AssertCell(office.Total, Expected(r => officeOf[r.CaseId] == dakar, _ => false), office.Threshold, "Dakar office");
    }

    [Fact]
    public async Task ChildrenWithABestInterestsAssessment_AndTheirShare_CountChildrenAtReturnOfConsentingCasesOnly()
    {
        var data = await CreateCommunityAsync();
        var filter = new StatisticsFilter(LocationId: data.Place.CountryId);
        var children = data.Members.Where(m => data.Consenting.Contains(m.CaseId) && m.Child.AgeOn(m.ReturnDate) < 18).ToList();
        Assert.Contains(data.Assessments, a => !data.Consenting.Contains(a.CaseId));
        Assert.Contains(data.Assessments, a => data.Members.Any(m => m.Child.Id == a.PersonId && m.Child.AgeOn(m.ReturnDate) >= 18));
        var assessed = data.Assessments.Where(a => children.Any(c => c.Child.Id == a.PersonId)).ToList();

        var table = await ComputeAsync(IndicatorKind.ChildrenWithBestInterestsAssessment, filter, Disaggregation.Sex);
        (double?, int) Distinct(IEnumerable<BestInterestsAssessment> rows) { var n = rows.Select(a => a.PersonId).Distinct().Count(); return (n, n); }
        Sex SexOf(Guid person) => children.Single(c => c.Child.Id == person).Child.Sex;
        AssertCell(table.Total, Distinct(assessed), table.Threshold, "assessed children");
        foreach (var sex in new[] { Sex.Female, Sex.Male })
            AssertCell(table.Find(null, sex.ToString()), Distinct(assessed.Where(a => SexOf(a.PersonId) == sex)), table.Threshold, $"assessed {sex}");
        foreach (var quarter in Quarters2025)
            AssertCell(table.Find(quarter, [null]), Distinct(assessed.Where(a => Quarter(quarter).Contains(a.ConductedOn))), table.Threshold, $"assessed in {quarter}");
        // The sex filter is the child's, not the returnee's.
        var boys = await ComputeAsync(IndicatorKind.ChildrenWithBestInterestsAssessment, filter with { Sex = Sex.Male });
        AssertCell(boys.Total, Distinct(assessed.Where(a => SexOf(a.PersonId) == Sex.Male)), boys.Threshold, "boys only");

        var share = await ComputeAsync(IndicatorKind.ChildrenAssessedShare, filter, Disaggregation.AgeGroup);
        var withOne = children.Count(c => assessed.Any(a => a.PersonId == c.Child.Id));
        AssertCell(share.Total, (Math.Round(100.0 * withOne / children.Count, 1), children.Count), share.Threshold, "share");
        Assert.Equal(children.Count, share.Find(null, "0-17")?.People);
        Assert.Null(share.Find(null, "18-24"));
    }

    [Fact]
    public async Task CapacityStrengtheningParticipants_CountEachActivitysParticipants_ByKindAndInstitutionType()
    {
        var year = 1950 + Random.Shared.Next(45);
        var (government, civil) = (new Stakeholder { Name = $"Ministry {Guid.NewGuid():N}", Type = StakeholderType.GovernmentBody, Sector = "Labour" },
            new Stakeholder { Name = $"Association {Guid.NewGuid():N}", Type = StakeholderType.CivilSociety, Sector = "Youth" });
        CapacityActivity Activity(CapacityActivityKind kind, int month, int participants, params Stakeholder[] with) =>
            new() { Title = $"Activity {Guid.NewGuid():N}", Kind = kind, HeldOn = new DateOnly(year, month, 10), Participants = participants, StakeholderIds = with.Select(s => s.Id).ToList() };
        List<CapacityActivity> activities =
        [
            Activity(CapacityActivityKind.Training, 2, 12, government), Activity(CapacityActivityKind.TechnicalSupport, 5, 3, civil),
            Activity(CapacityActivityKind.Training, 5, 7, government, civil), Activity(CapacityActivityKind.Equipment, 8, 0, civil),
            Activity(CapacityActivityKind.Training, 11, 6),
        ];
        await app.WithDb(async db =>
        {
            db.Stakeholders.AddRange(government, civil);
            db.CapacityActivities.AddRange(activities);
            return await db.SaveChangesAsync(Ct);
        });
        var filter = new StatisticsFilter(Period: Quarter($"{year}"));
        (double?, int) Sum(Func<CapacityActivity, bool> which) { var n = activities.Where(which).Sum(a => a.Participants); return (n, n); }

        var byKind = await ComputeAsync(IndicatorKind.CapacityStrengtheningParticipants, filter, Disaggregation.CapacityActivity, Disaggregation.StakeholderType);
        AssertCell(byKind.Total, Sum(_ => true), byKind.Threshold, "all participants");
        Assert.Equal(28, (int)byKind.Total!.Value!.Value);
        foreach (var kind in Enum.GetValues<CapacityActivityKind>())
            AssertCell(byKind.Find($"{year}", kind.ToString(), null), Sum(a => a.Kind == kind), byKind.Threshold, $"{kind}");
        AssertCell(byKind.Find($"{year}", null, "GovernmentBody"), Sum(a => a.StakeholderIds.SequenceEqual([government.Id])), byKind.Threshold, "government only");
        AssertCell(byKind.Find($"{year}", null, "Several"), Sum(a => a.StakeholderIds.Count == 2), byKind.Threshold, "several institutions");
        AssertCell(byKind.Find($"{year}", null, "Unknown"), Sum(a => a.StakeholderIds.Count == 0), byKind.Threshold, "no institution");
        // Three participants from one association: hidden, and not to be had from the total less the rest.
        Assert.True(byKind.Find($"{year}", null, "CivilSociety")!.Suppressed);
        Assert.Equal(2, byKind.Cells.Count(c => c.Period == $"{year}" && c.Groups[0] is null && c.Groups[1] is not null && c.Suppressed));

        // Trainees have no sex or place recorded: filtering on either leaves nothing to count.
        var women = await ComputeAsync(IndicatorKind.CapacityStrengtheningParticipants, filter with { Sex = Sex.Female });
        Assert.Equal(0, women.Total!.People);
    }

    [Fact]
    public async Task TheApi_GivesTheNewIndicatorsValuesAndExports_AndRefusesADisaggregationTheyDoNotHave()
    {
        var data = await CreateCommunityAsync();
        var me = await app.SignedInAs("me@demo.homeward");
        var objective = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/results", new { level = "Objective", code = Code("O"), statement = "Communities take part." }, Ct));
        var ids = new Dictionary<IndicatorKind, Guid>();
        foreach (var kind in Kinds)
            ids[kind] = await CreatedAsync(await me.PostAsJsonAsync("/api/v1/indicators", new
            {
                resultId = objective, code = Code("I"), name = kind.ToString(), definition = "From the library.", unit = "people", dataSource = "Homeward",
                collectionMethod = "Computed", frequency = "Quarter", responsible = "M&E officer", disaggregations = Array.Empty<string>(), computedKind = kind.ToString(),
            }, Ct));

        var values = await me.GetFromJsonAsync<JsonElement>($"/api/v1/indicators/{ids[IndicatorKind.CommunityProjectParticipants]}/values?location={data.Place.CountryId}&by=participantType", Ct);
        Assert.Equal("CommunityProjectParticipants", values.GetProperty("computed").GetString());
        var nonMigrants = values.GetProperty("values").EnumerateArray()
            .Single(v => v.GetProperty("period").ValueKind == JsonValueKind.Null && v.GetProperty("groups").GetProperty("participantType").GetString() == "NonMigrant");
        Assert.Equal(data.NonMigrants.Sum(n => n.Count), nonMigrants.GetProperty("value").GetInt32());

        foreach (var kind in Kinds)
        {
            var ok = await me.GetAsync($"/api/v1/indicators/{ids[kind]}/values?location={data.Place.CountryId}", Ct);
            Assert.True(ok.StatusCode == HttpStatusCode.OK, $"{kind}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync(Ct)}");
        }

        foreach (var (kind, by) in new[] { (IndicatorKind.CommunityProjectParticipants, "office"), (IndicatorKind.CommunityProjectsUnderWay, "sex"),
                     (IndicatorKind.CapacityStrengtheningParticipants, "location"), (IndicatorKind.ChildrenWithBestInterestsAssessment, "participantType") })
        {
            var refused = await me.GetAsync($"/api/v1/indicators/{ids[kind]}/values?by={by}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("by", out _), $"{kind} by {by}");
            var csv = await me.GetAsync($"/api/v1/indicators/{ids[kind]}/values.csv?by={by}", Ct);
            Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        }

        var export = await me.GetStringAsync($"/api/v1/indicators/{ids[IndicatorKind.CommunityProjectParticipants]}/values.csv?location={data.Place.CountryId}&by=participantType", Ct);
        var rows = export.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Contains("participantType", rows[0]);
        Assert.Contains("#meta+participant_type", rows[1]);
        Assert.Contains("#reached+community+participants", rows[1]);
        Assert.Contains(rows, r => r.Contains("NonMigrant") && r.Contains(data.NonMigrants.Sum(n => n.Count).ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task TheIndicatorForm_OffersTheNewIndicators_WithTheirLabels(string culture)
    {
        var me = await app.SignedInAs("me@demo.homeward");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/results/indicators/new");
        request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        var html = WebUtility.HtmlDecode(await (await me.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct));
        var labels = new Dictionary<string, string[]>
        {
            ["en"] = ["Community projects under way", "Community project participants", "Children with a best-interests assessment", "Share of children with a best-interests assessment", "Capacity-strengthening participants", "Participant type"],
            ["fr"] = ["Projets communautaires en cours", "Participants aux projets communautaires", "Enfants ayant une évaluation de l'intérêt supérieur", "Part des enfants ayant une évaluation", "Participants au renforcement des capacités", "Type de participant"],
            ["ar"] = ["المشاريع المجتمعية الجارية", "المشاركون في المشاريع المجتمعية", "الأطفال الذين أُجري لهم تقييم المصالح الفضلى", "نسبة الأطفال", "المشاركون في تعزيز القدرات", "نوع المشارك"],
        };
        foreach (var kind in Kinds) Assert.Contains($"<option value=\"{kind}\"", html);
        foreach (var label in labels[culture]) Assert.Contains(label, html);
    }

    private static string Code(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..14];

    private static async Task<Guid> CreatedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }
}

public sealed class ParticipantIndicatorTests_Sqlite(SqliteApp app) : ParticipantIndicatorTests<SqliteApp>(app);
public sealed class ParticipantIndicatorTests_Postgres(PostgresApp app) : ParticipantIndicatorTests<PostgresApp>(app);
