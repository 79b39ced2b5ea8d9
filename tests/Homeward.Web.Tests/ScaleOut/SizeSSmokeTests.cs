using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Caseload;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.ScaleOut;

/// <summary>
/// The CI smoke test of the benchmark: at size S (10 000 persons) the duplicate search and the caseload list, asked
/// several times with inputs drawn from the data, return the right people and the right pages. Correctness only: the
/// timings are the bench's business (bench/Homeward.Bench), never a test's.
/// </summary>
public sealed class SizeSSmokeTests(GeneratedCaseload data) : IClassFixture<GeneratedCaseload>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ClusterNode App => data.App;

    private sealed record Returnee(Guid PersonId, string GivenName, string FamilyName, int? BirthYear, Guid? ReturnLocationId, string Reference, string Office);

    /// <summary>Principal returnees spread over the whole data set (every n-th case by reference), for repeatable probes.</summary>
    private Task<List<Returnee>> ReturneesAsync(string office, int count, Func<Returnee, bool>? where = null) => App.WithDb(async db =>
    {
        var all = await (from c in db.Cases.IgnoreQueryFilters()
                         join p in db.Persons on c.PrincipalPersonId equals p.Id
                         join o in db.Offices on c.OfficeId equals o.Id
                         where o.Name == office
                         orderby c.Reference
                         select new Returnee(p.Id, p.GivenName, p.FamilyName, p.BirthYear, c.ReturnLocationId, c.Reference, o.Name)).ToListAsync(Ct);
        var chosen = all.Where(where ?? (_ => true)).ToList();
        return chosen.Where((_, i) => i % Math.Max(1, chosen.Count / count) == 0).Take(count).ToList();
    });

    private static async Task<List<JsonElement>> DuplicatesAsync(HttpClient client, string given, string family, int? year, Guid? place = null)
    {
        var query = $"/api/v1/persons/duplicates?givenName={Uri.EscapeDataString(given)}&familyName={Uri.EscapeDataString(family)}"
            + (year is { } y ? $"&birthYear={y}" : "") + (place is { } l ? $"&returnLocationId={l}" : "");
        var list = await client.GetFromJsonAsync<JsonElement>(query, Ct);
        return [.. list.GetProperty("candidates").EnumerateArray()];
    }

    private static JsonElement Find(List<JsonElement> candidates, Guid personId) =>
        Assert.Single(candidates, c => c.GetProperty("personId").GetGuid() == personId);

    [Fact]
    public async Task Generation_WroteTheWholeSize_WithCasesInEveryStage()
    {
        Assert.Equal(GeneratedCaseload.Persons, data.Generated, tolerance: 10);
        var stages = await App.WithDb(db => db.Cases.IgnoreQueryFilters().Select(c => c.Stage).Distinct().ToListAsync(Ct));
        Assert.Equal(Enum.GetValues<CaseStage>().Order(), stages.Order());
        Assert.True(await App.WithDb(db => db.Persons.CountAsync(Ct)) >= GeneratedCaseload.Persons);
    }

    [Fact]
    public async Task Generation_ReachesTheIssuesProportions_WithScoredRssRounds_AndReferralsInEveryStatus()
    {
        var (cases, assessments, followUps, miscounted) = await App.WithDb(async db => (
            await db.Cases.IgnoreQueryFilters().CountAsync(Ct), await db.Assessments.CountAsync(Ct), await db.FollowUps.CountAsync(Ct),
            await db.Cases.IgnoreQueryFilters().CountAsync(c => c.AssessmentCount != db.Assessments.Count(a => a.CaseId == c.Id), Ct)));
        // Size L is 1M persons, 400k cases, 3M assessments and 2M follow-ups: 7.5 assessments and 5 follow-ups per case.
        Assert.InRange(cases, 3_800, 4_600);
        Assert.InRange(assessments / (double)cases, 7.0, 9.0);
        Assert.InRange(followUps / (double)cases, 4.8, 6.5);
        var wrong = await App.WithDb(db => db.Cases.IgnoreQueryFilters().Where(c => c.AssessmentCount != db.Assessments.Count(a => a.CaseId == c.Id))
            .Select(c => $"{c.Reference}: {c.AssessmentCount} counted, {db.Assessments.Count(a => a.CaseId == c.Id)} stored").Take(5).ToListAsync(Ct));
        Assert.True(miscounted == 0, $"{miscounted} cases count their assessments wrongly, e.g. {string.Join("; ", wrong)}");

        // RSS rounds: a baseline, then follow-up rounds at 3, 6 and 12 months while past; each scored.
        // (The demo programme's best-interests assessments are submissions too, of a form that is not scored.)
        var (submissions, unscored, rssCases, laterRounds, mostRounds) = await App.WithDb(async db =>
        {
            var rss = db.InstrumentSubmissions.Where(s => db.Instruments.Any(i => i.Id == s.InstrumentId && i.FormId == "homeward_rss"));
            return (
                await rss.CountAsync(Ct),
                await rss.CountAsync(s => !db.SubmissionScores.Any(x => x.SubmissionId == s.Id && x.Composite != null), Ct),
                await rss.Select(s => s.CaseId).Distinct().CountAsync(Ct),
                await rss.GroupBy(s => s.CaseId).CountAsync(g => g.Count() >= 2, Ct),
                await rss.GroupBy(s => s.CaseId).Select(g => g.Count()).MaxAsync(Ct));
        });
        Assert.InRange(submissions, 2_000, 6_000);
        Assert.Equal(0, unscored);
        Assert.InRange(laterRounds / (double)rssCases, 0.6, 1.0);
        Assert.Equal(4, mostRounds);

        var statuses = await App.WithDb(db => db.Referrals.IgnoreQueryFilters().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct));
        Assert.Equal(Enum.GetValues<Domain.Referrals.ReferralStatus>().Order(), statuses.Select(s => s.Key).Order());
        var unshared = await App.WithDb(db => db.Referrals.IgnoreQueryFilters()
            .CountAsync(r => r.Status != Domain.Referrals.ReferralStatus.Draft && (r.SentAt == null || !r.SharedValues.Any() || !r.Updates.Any()), Ct));
        Assert.Equal(0, unshared);
    }

    [Fact]
    public async Task Generation_GivesEveryCaseTheDayItsPlanIsLateFrom_AsASaveWould()
    {
        var (deadline, cases) = await App.WithDb(async db => (
            await db.ProgrammeSettings.Select(s => s.PlanDeadlineDays).SingleAsync(Ct),
            await db.Cases.IgnoreQueryFilters().Select(c => new { c.Reference, c.ReturnDate, c.PlanAgreedOn, c.Stage, c.PlanLateFrom }).ToListAsync(Ct)));
        var wrong = cases.Where(c => c.PlanLateFrom != Domain.Plans.PlanDeadline.LateFrom(c.ReturnDate, c.PlanAgreedOn, c.Stage, deadline)).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cases.Count} cases have the wrong late-plan date, e.g. {string.Join("; ", wrong.Take(3))}");
        // Without it the caseload's "late plan" filter and the supervisor's count would show no case at all.
        Assert.Contains(cases, c => c.Stage != CaseStage.Closed && c.PlanLateFrom <= CaseSetup.Today);
    }

    [Fact]
    public async Task DuplicateSearch_FindsEachReturneeAsTyped_InEitherNameOrder_WithTheirCase()
    {
        var client = await App.SignedInAs("casemanager@demo.homeward");
        foreach (var r in await ReturneesAsync("Dakar office", 8))
        {
            var exact = await DuplicatesAsync(client, r.GivenName, r.FamilyName, r.BirthYear, r.ReturnLocationId);
            var match = Find(exact, r.PersonId);
            Assert.Equal(exact.Max(c => c.GetProperty("score").GetDouble()), match.GetProperty("score").GetDouble());
            Assert.Equal(r.Reference, match.GetProperty("caseReference").GetString());
            Assert.True(match.GetProperty("inYourScope").GetBoolean());
            Assert.Equal(JsonValueKind.Object, match.GetProperty("details").ValueKind);

            var swapped = await DuplicatesAsync(client, r.FamilyName, r.GivenName, r.BirthYear);
            Find(swapped, r.PersonId);
            Assert.All(swapped, c => Assert.True(c.GetProperty("score").GetDouble() >= DuplicateScorer.OfferThreshold));
        }
    }

    [Fact]
    public async Task DuplicateSearch_FindsReturneesUnderAnotherSpellingOfTheirName()
    {
        // Spellings that sound the same ("Mohamed", "Muhammad", "Mouhamed") share the phonetic key the search looks up.
        static string? SameSounding(string name) =>
            DemoNames.Variants.TryGetValue(name, out var variants) ? variants.FirstOrDefault(v => NameKey.For(v) == NameKey.For(name)) : null;
        var client = await App.SignedInAs("casemanager@demo.homeward");
        var returnees = await ReturneesAsync("Dakar office", 6, r => SameSounding(r.GivenName) is not null);
        Assert.NotEmpty(returnees);
        foreach (var r in returnees)
            Find(await DuplicatesAsync(client, SameSounding(r.GivenName)!, r.FamilyName, r.BirthYear + 1), r.PersonId);
    }

    [Fact]
    public async Task DuplicateSearch_ByAnotherOffice_ShowsTheMatchWithoutItsDetails()
    {
        var erbil = await App.SignedInAs("casemanager2@demo.homeward");
        foreach (var r in await ReturneesAsync("Dakar office", 4))
        {
            var match = Find(await DuplicatesAsync(erbil, r.GivenName, r.FamilyName, r.BirthYear), r.PersonId);
            Assert.False(match.GetProperty("inYourScope").GetBoolean());
            Assert.Equal(JsonValueKind.Null, match.GetProperty("details").ValueKind);
            Assert.Equal("Dakar office", match.GetProperty("officeName").GetString());
        }
        Assert.Empty(await DuplicatesAsync(erbil, "Zyxwvut", "Qqqqrrrr", 1990));
    }

    [Fact]
    public async Task Caseload_FirstPage_IsTheOfficesNewestFiftyCases()
    {
        var client = await App.SignedInAs("casemanager@demo.homeward");
        var expected = await App.WithDb(db => db.Cases.IgnoreQueryFilters()
            .Where(c => db.Offices.Any(o => o.Id == c.OfficeId && o.Name == "Dakar office"))
            .OrderByDescending(c => c.OpenedAt).ThenByDescending(c => c.Id).Take(50).Select(c => c.Id).ToListAsync(Ct));

        for (var i = 0; i < 3; i++)
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/cases", Ct);
            Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).ToList());
            Assert.NotEqual(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        }
    }

    [Theory]
    [InlineData("casemanager@demo.homeward", "Dakar office", "stage=Assessment&vulnerable=true")]
    [InlineData("casemanager@demo.homeward", "Dakar office", "stage=Monitoring")]
    [InlineData("casemanager2@demo.homeward", "Erbil office", "overdueFollowUp=true")]
    public async Task Caseload_PagingThroughAFilter_ReturnsEachMatchingCaseOfTheOfficeOnce(string account, string office, string filter)
    {
        var client = await App.SignedInAs(account);
        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases?{filter}&limit=200{(cursor is null ? "" : $"&after={cursor}")}", Ct);
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.All(items, x => Assert.Equal(office, x.GetProperty("office").GetString()));
            if (filter.Contains("overdueFollowUp")) Assert.All(items, x => Assert.True(x.GetProperty("flags").GetProperty("overdueFollowUp").GetBoolean()));
            if (filter.Contains("vulnerable")) Assert.All(items, x => Assert.True(x.GetProperty("flags").GetProperty("vulnerable").GetBoolean()));
            if (filter.Contains("stage=")) Assert.All(items, x => Assert.Equal(filter.Split('&')[0]["stage=".Length..], x.GetProperty("stage").GetString()));
            seen.AddRange(items.Select(x => x.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        var today = CaseSetup.Today;
        var expected = await App.WithDb(db =>
        {
            var cases = db.Cases.IgnoreQueryFilters().Where(c => db.Offices.Any(o => o.Id == c.OfficeId && o.Name == office));
            if (filter == "stage=Assessment&vulnerable=true") cases = cases.Where(c => c.Stage == CaseStage.Assessment && c.VulnerabilityFlag);
            if (filter == "stage=Monitoring") cases = cases.Where(c => c.Stage == CaseStage.Monitoring);
            if (filter == "overdueFollowUp=true") cases = cases.Where(c => c.Stage != CaseStage.Closed && c.NextFollowUpDueOn != null && c.NextFollowUpDueOn < today);
            return cases.Select(c => c.Id).ToListAsync(Ct);
        });
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(expected.Order(), seen.Order());
        Assert.True(pages >= 1);
    }

    [Fact]
    public async Task Caseload_AskedByEachRoleInTurn_ShowsEachTheirOwnScope()
    {
        // The same query shape for every role: the data scope decides the SQL (an office equality, or none), and it
        // must never carry over from one caller to the next.
        var clients = new Dictionary<string, HttpClient>
        {
            ["manager@demo.homeward"] = await App.SignedInAs("manager@demo.homeward"),
            ["casemanager@demo.homeward"] = await App.SignedInAs("casemanager@demo.homeward"),
            ["casemanager2@demo.homeward"] = await App.SignedInAs("casemanager2@demo.homeward"),
            ["community@demo.homeward"] = await App.SignedInAs("community@demo.homeward"),
        };
        var expected = new Dictionary<string, string[]>
        {
            ["manager@demo.homeward"] = ["Dakar office", "Erbil office"],
            ["casemanager@demo.homeward"] = ["Dakar office"],
            ["casemanager2@demo.homeward"] = ["Erbil office"],
            // Staff without an office and without a programme-wide role see no case.
            ["community@demo.homeward"] = [],
        };
        string[] turns = ["manager@demo.homeward", "casemanager@demo.homeward", "casemanager2@demo.homeward", "community@demo.homeward",
            "manager@demo.homeward", "casemanager2@demo.homeward", "community@demo.homeward", "casemanager@demo.homeward", "manager@demo.homeward"];
        foreach (var account in turns)
        {
            var page = await clients[account].GetFromJsonAsync<JsonElement>("/api/v1/cases?limit=200", Ct);
            var offices = page.GetProperty("items").EnumerateArray().Select(x => x.GetProperty("office").GetString()).Distinct().Order().ToArray();
            Assert.Equal(expected[account], offices);
        }
    }

    [Fact]
    public async Task Caseload_SearchByReference_FindsExactlyThatCase()
    {
        var client = await App.SignedInAs("casemanager@demo.homeward");
        foreach (var r in await ReturneesAsync("Dakar office", 5))
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases?q={r.Reference}", Ct);
            var item = Assert.Single(page.GetProperty("items").EnumerateArray());
            Assert.Equal(r.Reference, item.GetProperty("reference").GetString());
            Assert.Equal($"{r.GivenName} {r.FamilyName}", item.GetProperty("principalName").GetString());
        }
    }
}
