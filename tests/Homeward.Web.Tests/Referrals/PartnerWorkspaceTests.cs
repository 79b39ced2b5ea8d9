using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Referrals.ReferralSetup;

namespace Homeward.Web.Tests.Referrals;

/// <summary>The partner's workspace: only their organisation's referrals, only the shared fields, and the steps they report.</summary>
public abstract class PartnerWorkspaceTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Setup Setup, Guid ReferralId, HttpClient CaseManager)> SentAsync(string[]? shared = null)
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(ReferralSetup.CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup, shared), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (setup, (await response.Json()).GetProperty("id").GetGuid(), client);
    }

    private static Task<HttpResponseMessage> Respond(HttpClient partner, Guid id, string step, string? note = null, string? on = null) =>
        partner.PostAsJsonAsync($"/api/v1/referrals/{id}/responses", new { step, note, on }, Ct);

    [Fact]
    public async Task Inbox_ShowsTheReferral_WithOnlyTheSharedFields()
    {
        var (_, id, _) = await SentAsync(["Languages"]);
        var partner = await app.SignedInAs(Partner);
        var inbox = await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals", Ct);
        var mine = inbox.EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == id);
        var shared = mine.GetProperty("shared").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["Name", "Contact", "Need", "Languages"], shared);
        var text = mine.ToString();
        Assert.DoesNotContain("hearing aid", text);
        Assert.DoesNotContain("caseId", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("HW-T-", text);
    }

    [Fact]
    public async Task Partner_ProbingTheCase_AnUnsharedField_OrAnotherOrganisationsReferral_Gets404_AndNothingChanges()
    {
        var (setup, id, caseManager) = await SentAsync();
        var partner = await app.SignedInAs(Partner);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/api/v1/referrals/{id}/shared/Name", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/referrals/{id}/shared/Disability", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/referrals/{id}/shared/DateOfBirth", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/cases/{setup.CaseId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/cases/{setup.CaseId}/referrals", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/persons/{setup.PersonId}/consents", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/cases/{setup.CaseId}", Ct)).StatusCode);

        // A referral of the same case to another organisation.
        var counselling = await app.WithDb(db => db.Services.Where(s => s.Name == "Women's support group").Select(s => s.Id).SingleAsync(Ct));
        var other = await caseManager.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup with { ServiceId = counselling }), Ct);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        var otherId = (await other.Json()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/referrals/{otherId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/referrals/{otherId}/shared/Name", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Respond(partner, otherId, "Accepted")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/partner/referrals/{otherId}", Ct)).StatusCode);
        var inbox = await partner.GetFromJsonAsync<JsonElement>("/api/v1/referrals", Ct);
        Assert.DoesNotContain(inbox.EnumerateArray(), r => r.GetProperty("id").GetGuid() == otherId);
        Assert.Equal(ReferralStatus.Sent, await app.WithDb(db => db.Referrals.Where(r => r.Id == otherId).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Partner_ReportsEachStep_AndTheCaseManagerSeesItOnTheTimeline()
    {
        var (setup, id, caseManager) = await SentAsync();
        var partner = await app.SignedInAs(Partner);
        Assert.Equal(HttpStatusCode.OK, (await Respond(partner, id, "Accepted")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Respond(partner, id, "InformationRequested", "Can she attend mornings?")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await caseManager.PostAsJsonAsync($"/api/v1/referrals/{id}/information", new { note = "Yes, mornings suit her." }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Respond(partner, id, "FirstContact", on: DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Respond(partner, id, "ServiceDelivered")).StatusCode);
        var done = await Respond(partner, id, "Completed", "Finished the course; certificate issued.");
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("Completed", (await done.Json()).GetProperty("status").GetString());

        var view = await caseManager.GetFromJsonAsync<JsonElement>($"/api/v1/referrals/{id}", Ct);
        Assert.Equal("Completed", view.GetProperty("status").GetString());
        Assert.Equal("Finished the course; certificate issued.", view.GetProperty("outcome").GetString());
        var timeline = await app.WithDb(db => db.CaseEvents.Where(e => e.CaseId == setup.CaseId && e.Kind == CaseEventKind.Referral).Select(e => e.Summary).ToListAsync(Ct));
        Assert.Contains(timeline, s => s.Contains("completed the referral") && s.Contains("certificate issued"));
        Assert.Contains(timeline, s => s.Contains("made first contact"));

        var feedback = await caseManager.PostAsJsonAsync($"/api/v1/referrals/{id}/feedback", new { rating = 4, comment = "Good teachers" }, Ct);
        Assert.Equal(HttpStatusCode.OK, feedback.StatusCode);
        var figures = await caseManager.GetFromJsonAsync<JsonElement>("/api/v1/services/figures", Ct);
        var mine = figures.EnumerateArray().Single(f => f.GetProperty("serviceId").GetGuid() == setup.ServiceId);
        Assert.Equal(1, mine.GetProperty("sent").GetInt32());
        Assert.Equal(1, mine.GetProperty("accepted").GetInt32());
        Assert.Equal(1, mine.GetProperty("completed").GetInt32());
        Assert.Equal(0, mine.GetProperty("medianDaysToFirstContact").GetDouble());
    }

    [Fact]
    public async Task Partner_DeclineWithoutReason_Is400NamingTheNote_AndAStepOutOfOrderIs409_NothingChanged()
    {
        var (_, id, _) = await SentAsync();
        var partner = await app.SignedInAs(Partner);
        var noReason = await Respond(partner, id, "Declined", " ");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Json()).GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal(HttpStatusCode.Conflict, (await Respond(partner, id, "Completed", "Done")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Respond(partner, id, "Withdrawn")).StatusCode);
        Assert.Equal(ReferralStatus.Sent, await app.WithDb(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct)));

        var declined = await Respond(partner, id, "Declined", "No course this quarter");
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("No course this quarter", (await declined.Json()).GetProperty("declineReason").GetString());
    }

    [Fact]
    public async Task CaseManager_CannotRespondForThePartner()
    {
        var (_, id, caseManager) = await SentAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await Respond(caseManager, id, "Accepted")).StatusCode);
    }
}

public sealed class PartnerWorkspaceTests_Sqlite(SqliteApp app) : PartnerWorkspaceTests<SqliteApp>(app);
public sealed class PartnerWorkspaceTests_Postgres(PostgresApp app) : PartnerWorkspaceTests<PostgresApp>(app);
