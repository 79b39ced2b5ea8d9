using System.Net;
using System.Net.Http.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Referrals;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Referrals.ReferralSetup;

namespace Homeward.Web.Tests.Referrals;

/// <summary>Consent-bound referrals: sending with consent, refusals without it, the handbook's exception, and the sender's steps.</summary>
public abstract class ReferralTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> ReferralCount(Guid caseId) => app.WithDb(db => db.Referrals.CountAsync(r => r.CaseId == caseId, Ct));
    private Task<int> ReferralEvents(Guid caseId) => app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.Referral, Ct));

    [Fact]
    public async Task Send_WithConsent_SharesTheMinimumAndTheFieldsChosen_AndNotesItOnTheTimeline()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup, ["Languages"]), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var referral = await response.Json();
        Assert.Equal("Sent", referral.GetProperty("status").GetString());
        Assert.Equal(["Name", "Contact", "Need", "Languages"], referral.GetProperty("sharedFields").EnumerateArray().Select(f => f.GetString()));
        var id = referral.GetProperty("id").GetGuid();

        var stored = await app.WithDb(db => db.ReferralSharedValues.Where(v => v.ReferralId == id).ToListAsync(Ct));
        Assert.Equal([SharedField.Name, SharedField.Contact, SharedField.Need, SharedField.Languages], stored.Select(v => v.Field).Order());
        Assert.Equal("+221 77 123 45 67", stored.Single(v => v.Field == SharedField.Contact).Value);
        Assert.Contains("Tailoring course", stored.Single(v => v.Field == SharedField.Need).Value);
        Assert.Equal(1, await ReferralEvents(setup.CaseId));
    }

    [Fact]
    public async Task Send_WithoutConsent_Is403WithTheReason_AndNothingIsSaved()
    {
        var setup = await CaseAsync(app, consent: false);
        var client = await app.SignedInAs(CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Json();
        Assert.Equal("no-referral-consent", problem.GetProperty("code").GetString());
        Assert.Contains("not consented to referral to partners", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await ReferralCount(setup.CaseId));
        Assert.Equal(0, await ReferralEvents(setup.CaseId));
    }

    [Fact]
    public async Task ConsentWithdrawn_StopsTheNextReferralAtOnce()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(CaseManager);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/persons/{setup.PersonId}/consents/ReferralToPartners/withdraw", null, Ct)).StatusCode);

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("withdrew consent", (await response.Json()).GetProperty("detail").GetString());
        Assert.Equal(1, await ReferralCount(setup.CaseId));

        // A draft made before the withdrawal cannot be sent either.
        var draft = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup, send: false), Ct);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var draftId = (await draft.Json()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/referrals/{draftId}/send", null, Ct)).StatusCode);
        Assert.Equal(ReferralStatus.Draft, await app.WithDb(db => db.Referrals.Where(r => r.Id == draftId).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ConsentWithdrawn_WithdrawsTheReferralsUnderWay_AndTheDrafts_AndNotesEach()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var sent = (await (await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup), Ct)).Json()).GetProperty("id").GetGuid();
        var draft = (await (await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup, send: false), Ct)).Json()).GetProperty("id").GetGuid();
        var eventsBefore = await ReferralEvents(setup.CaseId);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/persons/{setup.PersonId}/consents/ReferralToPartners/withdraw", null, Ct)).StatusCode);

        var stopped = await app.WithDb(db => db.Referrals.Where(r => r.Id == sent || r.Id == draft).Select(r => r.Status).ToListAsync(Ct));
        Assert.Equal([ReferralStatus.Withdrawn, ReferralStatus.Withdrawn], stopped);
        var notes = await app.WithDb(db => db.ReferralUpdates.Where(u => (u.ReferralId == sent || u.ReferralId == draft) && u.Step == ReferralStep.Withdrawn).Select(u => u.Note).ToListAsync(Ct));
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Contains("Consent to referral to partners withdrawn", n));
        Assert.Equal(eventsBefore + 2, await ReferralEvents(setup.CaseId));
    }

    [Fact]
    public async Task Exception_NeedsWhoDecidedAndWhy_NamingEachField_AndNothingIsSaved()
    {
        var setup = await CaseAsync(app, consent: false);
        var client = await app.SignedInAs(CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals",
            Referral(setup, exception: new { ground = "LifeAtRisk", decidedBy = "", why = "" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("consentException.decidedBy", out _));
        Assert.True(errors.TryGetProperty("consentException.why", out _));
        Assert.Equal(0, await ReferralCount(setup.CaseId));
    }

    [Fact]
    public async Task Exception_WaitsForASupervisor_ThenIsSentAndFlaggedToTheDataProtectionOfficer()
    {
        var setup = await CaseAsync(app, consent: false);
        var client = await app.SignedInAs(CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals",
            Referral(setup, exception: new { ground = "LackOfCapacity", decidedBy = "Dr Aminata Sow, psychiatrist", why = "Acute psychosis; cannot consent now" }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var draft = await response.Json();
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.True(draft.GetProperty("awaitingConfirmation").GetBoolean());
        var id = draft.GetProperty("id").GetGuid();

        // The case manager cannot confirm it; the partner sees nothing yet.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/api/v1/referrals/{id}/confirm-exception", null, Ct)).StatusCode);
        var partner = await app.SignedInAs(Partner);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/api/v1/referrals/{id}", Ct)).StatusCode);

        var supervisor = await app.SignedInAs(Supervisor);
        var confirmed = await supervisor.PostAsync($"/api/v1/referrals/{id}/confirm-exception", null, Ct);
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK, await confirmed.Content.ReadAsStringAsync(Ct));
        var sent = await confirmed.Json();
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal("Moussa Sarr", sent.GetProperty("exceptionConfirmedBy").GetString());

        var flagged = await app.WithDb(db => db.Notifications.CountAsync(n => n.Link == $"/referrals/{id}"
            && db.Users.Any(u => u.Id == n.UserId && u.Email == "dpo@demo.homeward"), Ct));
        Assert.Equal(1, flagged);
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(a => a.Action == "ReferralWithoutConsent" && a.EntityId == id.ToString(), Ct)));
    }

    [Fact]
    public async Task Send_ToAServiceNotServingThePlace_Is400NamingTheService_AndNothingIsSaved()
    {
        var setup = await CaseAsync(app);
        var erbil = await app.WithDb(db => db.Services.Where(s => s.Name == "Civil documentation and legal aid").Select(s => s.Id).SingleAsync(Ct));
        var client = await app.SignedInAs(CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup with { ServiceId = erbil }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("serviceId", out _));
        Assert.Equal(0, await ReferralCount(setup.CaseId));
    }

    [Fact]
    public async Task Send_WithoutReasonOrRequestOrWithAnUnknownField_Is400NamingEach()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals",
            new { serviceId = setup.ServiceId, planActivityId = setup.ActivityId, reason = " ", requested = "", sharedFields = new[] { "Bank account" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        foreach (var field in new[] { "reason", "requested", "sharedFields" }) Assert.True(errors.TryGetProperty(field, out _), field);
        Assert.Equal(0, await ReferralCount(setup.CaseId));
    }

    [Fact]
    public async Task MatchingServices_ListThoseServingThePlace_SayingWhichAreFullOrNotForTheReturnee()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var matching = await (await client.GetAsync($"/api/v1/cases/{setup.CaseId}/matching-services", Ct)).Json();
        var byName = matching.EnumerateArray().ToDictionary(m => m.GetProperty("service").GetProperty("name").GetString()!);
        Assert.True(byName[setup.ServiceName].GetProperty("matches").GetBoolean());
        Assert.False(byName["Psychosocial counselling"].GetProperty("hasFreeCapacity").GetBoolean());
        Assert.False(byName.ContainsKey("Civil documentation and legal aid"));
    }

    [Fact]
    public async Task Withdraw_ByTheSender_EndsTheReferral_AndAFinishedOneCannotBeWithdrawn()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(CaseManager);
        var id = (await (await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup), Ct)).Json()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"/api/v1/referrals/{id}/withdraw", new { note = "" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/referrals/{id}/withdraw", new { note = "Found a job himself" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/v1/referrals/{id}/withdraw", new { note = "again" }, Ct)).StatusCode);
        Assert.Equal(ReferralStatus.Withdrawn, await app.WithDb(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync(Ct)));
    }
}

public sealed class ReferralTests_Sqlite(SqliteApp app) : ReferralTests<SqliteApp>(app);
public sealed class ReferralTests_Postgres(PostgresApp app) : ReferralTests<PostgresApp>(app);
