using System.Net;
using System.Text.RegularExpressions;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Foundation;

/// <summary>
/// A page form that creates a record, posted twice with the token it was shown with (a double click, a resend after a
/// dropped connection), creates once; a post that did not succeed leaves the token free for the corrected form.
/// </summary>
public abstract partial class FormIdempotencyTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The counselling form of the case page as the browser would post it, with the tokens it was shown with.</summary>
    private static async Task<Func<string?, FormUrlEncodedContent>> CounsellingFormAsync(HttpClient client, Guid caseId)
    {
        var html = await client.GetStringAsync($"/cases/{caseId}", Ct);
        var form = html[html.IndexOf("name=\"_handler\" value=\"counselling\"", StringComparison.Ordinal)..];
        string Hidden(string name) => Regex.Match(form, $"name=\"{name}\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = Hidden("__RequestVerificationToken");
        var token = Hidden("__idempotency");
        Assert.NotEmpty(token);
        return heldOn => new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "counselling", ["__RequestVerificationToken"] = antiforgery, ["__idempotency"] = token,
            ["Input.HeldOn"] = heldOn ?? "", ["Input.Attendees"] = "Returnee and her brother",
        });
    }

    private Task<int> SessionsAsync(Guid caseId) => app.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == caseId, Ct));

    [Fact]
    public async Task SameFormPostedTwice_CreatesOnce_AndBothAreSentToTheCase()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var form = await CounsellingFormAsync(client, created.CaseId);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var answers = await Task.WhenAll(client.PostAsync($"/cases/{created.CaseId}", form(today), Ct), client.PostAsync($"/cases/{created.CaseId}", form(today), Ct));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.All(answers, a => Assert.EndsWith($"/cases/{created.CaseId}", a.Headers.Location!.ToString()));
        Assert.Single(answers, a => a.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await SessionsAsync(created.CaseId));
        var third = await client.PostAsync($"/cases/{created.CaseId}", form(today), Ct);
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal(1, await SessionsAsync(created.CaseId));
    }

    [Fact]
    public async Task FormWithAFieldToCorrect_CreatesNothing_AndTheCorrectedFormIsRecorded()
    {
        var created = await TestCases.CreateAsync(app, CaseStage.Assessment);
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var form = await CounsellingFormAsync(client, created.CaseId);

        var refused = await client.PostAsync($"/cases/{created.CaseId}", form(null), Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("id=\"counselling-summary\"", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await SessionsAsync(created.CaseId));

        var corrected = await client.PostAsync($"/cases/{created.CaseId}", form(DateTime.UtcNow.ToString("yyyy-MM-dd")), Ct);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await SessionsAsync(created.CaseId));
    }
}

public sealed class FormIdempotencyTests_Sqlite(SqliteApp app) : FormIdempotencyTests<SqliteApp>(app);

public sealed class FormIdempotencyTests_Postgres(PostgresApp app) : FormIdempotencyTests<PostgresApp>(app);
