using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Caseload;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.ScaleOut;

/// <summary>
/// Two instances behind a load balancer without sticky sessions: whatever one instance issues or writes, the other
/// accepts and reads, and a background job runs once per interval across the cluster.
/// </summary>
public sealed partial class ScaleOutTests(PostgresCluster cluster) : IClassFixture<PostgresCluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string CaseManager = "casemanager@demo.homeward";

    [Fact]
    public async Task BearerToken_IssuedByA_IsAcceptedByB()
    {
        var viaA = await cluster.A.SignedInAs(CaseManager);
        var onB = Cookieless(cluster.B);
        onB.DefaultRequestHeaders.Authorization = viaA.DefaultRequestHeaders.Authorization;

        var response = await onB.GetAsync("/api/v1/auth/me", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CaseManager, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("email").GetString());
    }

    [Fact]
    public async Task SignInCookie_IssuedByA_IsAcceptedByB_AndTheSignInFormOfB_PostsToA()
    {
        cluster.A.RequireAvailable();
        // The form (and its anti-forgery cookie and token) comes from B; the sign-in is posted to A.
        var form = await Cookieless(cluster.B).GetAsync("/account/login", Ct);
        var html = await form.Content.ReadAsStringAsync(Ct);
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = HiddenValue(html, "__RequestVerificationToken"),
                [InputName(html, "email")] = CaseManager,
                [InputName(html, "password")] = DemoAccounts.Password,
            }),
        };
        post.Headers.Add("Cookie", Cookie(form, "homeward.antiforgery"));

        var signedIn = await Cookieless(cluster.A).SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var auth = Cookie(signedIn, "homeward.auth");
        var page = new HttpRequestMessage(HttpMethod.Get, "/cases");
        page.Headers.Add("Cookie", auth);
        var onB = await Cookieless(cluster.B).SendAsync(page, Ct);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
        me.Headers.Add("Cookie", auth);
        var who = await Cookieless(cluster.B).SendAsync(me, Ct);
        Assert.Equal(CaseManager, (await who.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("email").GetString());
    }

    [Fact]
    public async Task ChangeMadeThroughA_IsReadThroughB_AndAStaleEditThroughB_IsRefused()
    {
        var created = await TestCases.CreateAsync(cluster.A);
        var viaA = await cluster.A.SignedInAs(CaseManager);
        var viaB = await cluster.B.SignedInAs(CaseManager);
        var note = $"Scale-out note {Guid.NewGuid():N}";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var recorded = await viaA.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/counselling",
            new { heldOn = today, attendees = "Returnee", notes = note }, Ct);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var onB = await viaB.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.CaseId}", Ct);
        Assert.Contains(onB.GetProperty("counsellingSessions").EnumerateArray(), s => s.GetProperty("notes").GetString() == note);

        var loaded = onB.GetProperty("version").GetInt32();
        var moved = await viaA.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/transitions", new { to = "Assessment", version = loaded }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var stale = await viaB.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/opt-out",
            new { optOutReason = "NoLongerWantsHelp", note = "Edited from an old copy.", version = loaded }, Ct);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("stale-edit", (await stale.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
        var after = await viaB.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{created.CaseId}", Ct);
        Assert.Equal("Assessment", after.GetProperty("stage").GetString());
        Assert.Equal(loaded + 1, after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task OverdueFollowUpJob_OnTwoInstancesStartedTogether_RunsThePassOnce()
    {
        cluster.A.RequireAvailable();
        var today = CaseSetup.Today;
        var caseId = await CaseSetup.CreateAsync(cluster.A, CaseSetup.UniqueName(), stage: CaseStage.Monitoring);
        await CaseSetup.AddVisitsAsync(cluster.A, caseId, (3, today.AddDays(-9), null), (6, today.AddDays(-2), null), (9, today.AddDays(60), null));
        var manager = await cluster.A.WithDb(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.CaseManagerId!.Value).SingleAsync(Ct));

        // Two more instances whose job is due at once; each asks for the lease, one runs the pass.
        var c = cluster.AddNode("C", TimeSpan.Zero);
        var d = cluster.AddNode("D", TimeSpan.Zero);
        await Task.WhenAll(c.StartAsync(), d.StartAsync());
        await WaitUntilAsync(async () => LeaseAttempts(c) > 0 && LeaseAttempts(d) > 0
            && await cluster.A.WithDb(db => db.JobLeases.AnyAsync(l => l.Name == "overdue-follow-ups" && l.LastCompletedAt != null, Ct)));

        var passes = PassLines(c).Concat(PassLines(d)).ToList();
        Assert.Single(passes);
        var visits = await cluster.A.WithDb(db => db.FollowUps.Where(v => v.CaseId == caseId).OrderBy(v => v.DueOn).ToListAsync(Ct));
        Assert.NotNull(visits[0].OverdueNotifiedAt);
        Assert.NotNull(visits[1].OverdueNotifiedAt);
        Assert.Null(visits[2].OverdueNotifiedAt);
        Assert.Equal(2, await cluster.A.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.FollowUpOverdue, Ct)));
        Assert.Equal(2, await cluster.A.WithDb(db => db.Notifications.CountAsync(n => n.UserId == manager && n.Link == $"/cases/{caseId}/follow-ups", Ct)));
    }

    /// <summary>Each time an instance asked for (or gave back) the job's lease: a conditional UPDATE of job_leases.</summary>
    private static int LeaseAttempts(ClusterNode node) =>
        node.Log.Lines("Microsoft.EntityFrameworkCore.Database.Command", "UPDATE job_leases").Count;

    private static IReadOnlyList<string> PassLines(ClusterNode node) =>
        node.Log.Lines("Homeward.Web.Features.FollowUps.OverdueFollowUpJob", "Overdue follow-up pass flagged");

    /// <summary>Polls a condition the instances reach on their own; fails, rather than waits forever, if they never do.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The instances did not both try the overdue job within two minutes.");
            await Task.Delay(200, Ct);
        }
    }

    /// <summary>A client that keeps no cookies of its own and never follows redirects: each test says which cookie goes where.</summary>
    private static HttpClient Cookieless(ClusterNode node)
    {
        node.RequireAvailable();
        return node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    /// <summary>"name=value" of the cookie the response sets, with its chunks ("nameC1=…") when it was split.</summary>
    private static string Cookie(HttpResponseMessage response, string name)
    {
        var pairs = (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .Select(v => v.Split(';')[0]).Where(v => v.StartsWith(name + "=", StringComparison.Ordinal) || v.StartsWith(name + "C", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pairs);
        return string.Join("; ", pairs);
    }

    private static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value);

    private static string InputName(string html, string id) =>
        InputTag().Matches(html).Select(m => m.Value).Where(tag => tag.Contains($"id=\"{id}\"", StringComparison.Ordinal))
            .Select(tag => NameAttribute().Match(tag).Groups[1].Value).Single();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();
}
