using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>
/// A best interests determination: a panel of at least three named members who each sign the confidentiality undertaking,
/// a decision with reasons, approval by a supervisor who neither recorded it nor sat on the panel, and appeals with history.
/// </summary>
public abstract class DeterminationTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string CaseManager = "casemanager@demo.homeward";

    private static string Bid(Family f, string rest = "") => Child(f.CaseId, f.Amina, "/determinations" + rest);

    /// <summary>A programme manager with the sensitive data permission: the panel's supervisor.</summary>
    private async Task<HttpClient> ChildProtectionSupervisorAsync()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(Ct));
        var email = $"bid-{Guid.NewGuid():N}@demo.homeward";
        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email, displayName = $"Supervisor {Guid.NewGuid():N}"[..20], role = "ProgrammeManager", organisationId, password = Homeward.Web.Features.Demo.DemoAccounts.Password,
        }, Ct);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
        (await admin.PutAsync($"/api/v1/users/{id}/sensitive-data", null, Ct)).EnsureSuccessStatusCode();
        return await app.SignedInAs(email);
    }

    private static async Task<JsonElement> Ok(HttpClient client, string path, object body)
    {
        var (response, json) = await PostAsync(client, path, body);
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json;
    }

    private async Task<(Family Family, Guid BidId, JsonElement Bid)> ConvenedWithPanelAsync(HttpClient client, int members = 3, bool signed = true,
        ReturnType returnType = ReturnType.VoluntaryAssisted)
    {
        var family = await CreateAsync(app, returnType: returnType);
        var bid = await Ok(client, Bid(family), new { ground = "DurableSolution" });
        var bidId = bid.GetProperty("id").GetGuid();
        foreach (var (name, function) in new[] { ("Aminata Sy", "Child protection officer"), ("Dr Ndiaye", "Psychologist"), ("Moustapha Fall", "Social worker") }.Take(members))
            bid = await Ok(client, Bid(family, $"/{bidId}/panel"), new { name, function });
        if (signed)
            foreach (var member in bid.GetProperty("panel").EnumerateArray())
                bid = await Ok(client, Bid(family, $"/{bidId}/panel/{member.GetProperty("id").GetGuid()}/undertaking"), new { signedOn = Today });
        return (family, bidId, bid);
    }

    private static object Decision(int version, string decision = "ReturnAndReintegration") =>
        new { decision, reasons = "Her mother is traced and able to care for her; Amina wants to go home.", decidedOn = Today, version };

    [Fact]
    public async Task Panel_Decides_TheSupervisorApproves_AndAnAppealSendsItBackWithTheHistoryKept()
    {
        var client = await app.SignedInAs(CaseManager);
        var (family, bidId, bid) = await ConvenedWithPanelAsync(client);

        var decided = await Ok(client, Bid(family, $"/{bidId}/decision"), Decision(bid.GetProperty("version").GetInt32()));
        Assert.Equal(("Decided", "ReturnAndReintegration"), (decided.GetProperty("status").GetString(), decided.GetProperty("decision").GetString()));

        // The one who recorded the decision cannot approve it, even as a supervisor; the panel's supervisor does.
        var supervisor = await ChildProtectionSupervisorAsync();
        var approved = await Ok(supervisor, Bid(family, $"/{bidId}/approve"), new { version = decided.GetProperty("version").GetInt32() });
        Assert.Equal("Approved", approved.GetProperty("status").GetString());

        var appealed = await Ok(client, Bid(family, $"/{bidId}/revisions"), new { kind = "Appealed", reason = "The father contests the decision." });
        Assert.Equal("Convened", appealed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, appealed.GetProperty("decision").ValueKind);
        var history = appealed.GetProperty("history").EnumerateArray().Select(s => s.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["Convened", "MemberAdded", "MemberAdded", "MemberAdded", "UndertakingSigned", "UndertakingSigned", "UndertakingSigned", "Decided", "Approved", "Appealed"], history);
        var steps = appealed.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal("ReturnAndReintegration", steps.Single(x => x.GetProperty("kind").GetString() == "Decided").GetProperty("decision").GetString());
        Assert.Equal("The father contests the decision.", steps.Last().GetProperty("note").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>(Bid(family), Ct);
        Assert.Single(list.EnumerateArray());
        Assert.True(await app.WithDb(db => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Read && e.EntityType == "BestInterestsDetermination" && e.EntityId == bidId.ToString(), Ct)));
        var stored = await Protection.ProtectionData.RawTextAsync(app, "determination_events", "Note", await app.WithDb(db =>
            db.Set<Domain.Children.DeterminationEvent>().Where(e => e.DeterminationId == bidId && e.Kind == Domain.Children.DeterminationEventKind.Decided).Select(e => e.Id).SingleAsync(Ct)));
        Assert.DoesNotContain("Amina wants", stored);
    }

    [Fact]
    public async Task Decision_WithoutQuorum_OrAnUnsignedUndertaking_Is409NamingThem_AndNothingChanges()
    {
        var client = await app.SignedInAs(CaseManager);
        var (small, smallId, smallBid) = await ConvenedWithPanelAsync(client, members: 2);
        var (unsigned, unsignedId, unsignedBid) = await ConvenedWithPanelAsync(client, signed: false);

        var (quorum, quorumBody) = await PostAsync(client, Bid(small, $"/{smallId}/decision"), Decision(smallBid.GetProperty("version").GetInt32()));
        var (undertaking, undertakingBody) = await PostAsync(client, Bid(unsigned, $"/{unsignedId}/decision"), Decision(unsignedBid.GetProperty("version").GetInt32()));

        Assert.Equal(HttpStatusCode.Conflict, quorum.StatusCode);
        Assert.Equal("panel-quorum", quorumBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, undertaking.StatusCode);
        Assert.Equal("undertaking-missing", undertakingBody.GetProperty("code").GetString());
        Assert.Contains("Dr Ndiaye", undertakingBody.GetProperty("detail").GetString());
        Assert.Equal(0, await app.WithDb(db => db.Determinations.CountAsync(d => (d.Id == smallId || d.Id == unsignedId) && d.Status != Domain.Children.DeterminationStatus.Convened, Ct)));
    }

    public static TheoryData<string, string> BadDecisions => new()
    {
        { """{"reasons":"r","decidedOn":"2025-01-01"}""", "decision" },
        { """{"decision":"Adoption","reasons":"r","decidedOn":"2025-01-01"}""", "decision" },
        { """{"decision":"LocalIntegration","decidedOn":"2025-01-01"}""", "reasons" },
        { """{"decision":"LocalIntegration","reasons":"r"}""", "decidedOn" },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task Decision_WithAFieldMissingOrWrong_Is400NamingIt_AndNothingChanges(string body, string field)
    {
        var client = await app.SignedInAs(CaseManager);
        var (family, bidId, _) = await ConvenedWithPanelAsync(client);

        var response = await client.PostAsync(Bid(family, $"/{bidId}/decision"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(Domain.Children.DeterminationStatus.Convened, await app.WithDb(db => db.Determinations.Where(d => d.Id == bidId).Select(d => d.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ForcedReturn_CannotBeDecidedAsInTheChildsBestInterests_AStaleVersionIs409_AndTheRecorderCannotApprove()
    {
        var client = await app.SignedInAs(CaseManager);
        var (forced, forcedId, forcedBid) = await ConvenedWithPanelAsync(client, returnType: ReturnType.Forced);
        var (refused, refusedBody) = await PostAsync(client, Bid(forced, $"/{forcedId}/decision"), Decision(forcedBid.GetProperty("version").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(refusedBody.GetProperty("errors").TryGetProperty("decision", out _));
        var (stale, staleBody) = await PostAsync(client, Bid(forced, $"/{forcedId}/decision"), Decision(999, "LocalIntegration"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("stale-edit", staleBody.GetProperty("code").GetString());
        Assert.Equal(Domain.Children.DeterminationStatus.Convened, await app.WithDb(db => db.Determinations.Where(d => d.Id == forcedId).Select(d => d.Status).SingleAsync(Ct)));

        // A supervisor who recorded the decision cannot approve it.
        var supervisor = await ChildProtectionSupervisorAsync();
        var (family, bidId, bid) = await ConvenedWithPanelAsync(supervisor);
        var decided = await Ok(supervisor, Bid(family, $"/{bidId}/decision"), Decision(bid.GetProperty("version").GetInt32(), "LocalIntegration"));
        var (conflict, conflictBody) = await PostAsync(supervisor, Bid(family, $"/{bidId}/approve"), new { version = decided.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("approver-conflict", conflictBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(client, Bid(family, $"/{bidId}/approve"), new { version = 1 })).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAs("manager@demo.homeward")).GetAsync(Bid(family), Ct)).StatusCode);
        Assert.Equal(Domain.Children.DeterminationStatus.Decided, await app.WithDb(db => db.Determinations.Where(d => d.Id == bidId).Select(d => d.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Panel_RefusesADuplicateMember_AndASecondDeterminationWhileOneIsInProgress()
    {
        var client = await app.SignedInAs(CaseManager);
        var (family, bidId, _) = await ConvenedWithPanelAsync(client, members: 1, signed: false);

        var (duplicate, duplicateBody) = await PostAsync(client, Bid(family, $"/{bidId}/panel"), new { name = "aminata sy", function = "Lawyer" });
        var (noFunction, noFunctionBody) = await PostAsync(client, Bid(family, $"/{bidId}/panel"), new { name = "Awa Ba" });
        var (second, secondBody) = await PostAsync(client, Bid(family), new { ground = "TemporaryCare" });
        var (noGround, noGroundBody) = await PostAsync(client, Child(family.CaseId, family.Ousmane, "/determinations"), new { });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.True(duplicateBody.GetProperty("errors").TryGetProperty("name", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noFunction.StatusCode);
        Assert.True(noFunctionBody.GetProperty("errors").TryGetProperty("function", out _));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("determination-open", secondBody.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noGround.StatusCode);
        Assert.True(noGroundBody.GetProperty("errors").TryGetProperty("ground", out _));
        Assert.Equal(1, await app.WithDb(db => db.Determinations.Where(d => d.CaseId == family.CaseId).SelectMany(d => d.Panel).CountAsync(Ct)));
        Assert.Equal(1, await app.WithDb(db => db.Determinations.CountAsync(d => d.CaseId == family.CaseId, Ct)));
    }
}

public sealed class DeterminationTests_Sqlite(SqliteApp app) : DeterminationTests<SqliteApp>(app);

public sealed class DeterminationTests_Postgres(PostgresApp app) : DeterminationTests<PostgresApp>(app);
