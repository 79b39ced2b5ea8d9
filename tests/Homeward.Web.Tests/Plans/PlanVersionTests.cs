using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Plans.PlanRequests;

namespace Homeward.Web.Tests.Plans;

/// <summary>Revising an agreed plan: a new version, the old one kept read-only, deliveries following the line's key.</summary>
public abstract class PlanVersionTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task AgreeV1_Revise_AgreeV2_SupersedesV1_WhichStaysReadable_AndDeliveriesFollowTheLineKey()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, v1) = await AgreedCaseAsync(app, client);
        var machine = LineNamed(v1, "Sewing machine");
        var machineKey = machine.GetProperty("lineKey").GetGuid();
        var delivered = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance",
            new { budgetLineId = machine.GetProperty("id").GetGuid(), deliveredOn = Today, amount = 120m, method = "CashInHand", deliveredBy = "Fatou Ndiaye" }, Ct);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);

        // Revising the agreed plan starts version 2 from the body only: the machine keeps its key, the motorbike goes, a generator comes.
        var revised = (await PutAsync(client, caseId, Body(v1.GetProperty("revision").GetInt32(), [Activity()],
            [Line("Sewing machine (industrial)", 450m, lineKey: machineKey), Line("Generator", 200m)], goals: "Revised goals"))).GetProperty("current");
        Assert.Equal(2, revised.GetProperty("versionNumber").GetInt32());
        Assert.Equal("Draft", revised.GetProperty("status").GetString());
        Assert.NotEqual(machine.GetProperty("id").GetGuid(), LineNamed(revised, "Sewing machine (industrial)").GetProperty("id").GetGuid());
        Assert.Equal(machineKey, LineNamed(revised, "Sewing machine (industrial)").GetProperty("lineKey").GetGuid());

        // While version 2 is a draft, version 1 is still the one in force.
        var during = await GetAsync(client, caseId);
        Assert.Equal(1, during.GetProperty("agreedVersionNumber").GetInt32());

        var overview = await AgreeAsync(client, caseId);

        Assert.Equal(2, overview.GetProperty("agreedVersionNumber").GetInt32());
        Assert.Equal(["Superseded", "Agreed"], overview.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        var old = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/plan/versions/1", Ct);
        Assert.Equal("Superseded", old.GetProperty("status").GetString());
        Assert.Equal(1100m, old.GetProperty("total").GetDecimal());
        Assert.Equal("Needs income: tailoring skills from Libya", old.GetProperty("economicSummary").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{caseId}/plan/versions/3", Ct)).StatusCode);

        var assistance = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/assistance", Ct);
        var line = assistance.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("lineKey").GetGuid() == machineKey);
        Assert.Equal(450m, line.GetProperty("planned").GetDecimal());
        Assert.Equal(120m, line.GetProperty("spent").GetDecimal());
        Assert.Equal(330m, line.GetProperty("remaining").GetDecimal());

        // The old version's line cannot be paid any more: deliveries go against the agreed version.
        var againstOld = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance",
            new { budgetLineId = machine.GetProperty("id").GetGuid(), deliveredOn = Today, amount = 10m, method = "CashInHand", deliveredBy = "Fatou Ndiaye" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, againstOld.StatusCode);
        var byKey = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance",
            new { lineKey = machineKey, deliveredOn = Today, amount = 330m, method = "BankTransfer", deliveredBy = "Fatou Ndiaye" }, Ct);
        Assert.Equal(HttpStatusCode.OK, byKey.StatusCode);
    }

    [Fact]
    public async Task Revise_DroppingALineWithDeliveries_Returns400_AndNoNewVersionIsMade()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, v1) = await AgreedCaseAsync(app, client);
        var machine = LineNamed(v1, "Sewing machine");
        var delivered = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance",
            new { budgetLineId = machine.GetProperty("id").GetGuid(), deliveredOn = Today, amount = 100m, method = "CashInHand", deliveredBy = "Fatou Ndiaye" }, Ct);
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);

        var dropped = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/plan",
            Body(v1.GetProperty("revision").GetInt32(), [Activity()], [Line("Generator", 200m)]), Ct);
        var lowered = await client.PutAsJsonAsync($"/api/v1/cases/{caseId}/plan",
            Body(v1.GetProperty("revision").GetInt32(), [Activity()], [Line("Sewing machine", 50m, lineKey: machine.GetProperty("lineKey").GetGuid())]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, dropped.StatusCode);
        Assert.Contains("budgetLines", FieldsNamed(await ProblemAsync(dropped)));
        Assert.Equal(HttpStatusCode.BadRequest, lowered.StatusCode);
        Assert.Contains("budgetLines[0].estimatedCost", FieldsNamed(await ProblemAsync(lowered)));
        Assert.Equal(1, await app.WithDb(db => db.Plans.CountAsync(p => p.CaseId == caseId, Ct)));
    }

    [Fact]
    public async Task Revise_ApprovedLineKeptAtTheSameCost_StaysApproved_ButARaiseNeedsANewApproval()
    {
        var client = await app.SignedInAs(CaseManager);
        var supervisor = await app.SignedInAs(Supervisor);
        var (caseId, v1) = await AgreedCaseAsync(app, client);
        var motorbike = LineNamed(v1, "Motorbike for deliveries");
        var approve = await supervisor.PostAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike.GetProperty("id").GetGuid()}/approve", null, Ct);
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        var revision = (await GetAsync(client, caseId)).GetProperty("current").GetProperty("revision").GetInt32();
        var key = motorbike.GetProperty("lineKey").GetGuid();

        var same = (await PutAsync(client, caseId, Body(revision, [Activity()], [Line("Motorbike for deliveries", 800m, "Social", key)]))).GetProperty("current");
        Assert.Equal("Approved", same.GetProperty("budgetLines")[0].GetProperty("approval").GetString());

        var raised = (await PutAsync(client, caseId, Body(same.GetProperty("revision").GetInt32(), [Activity()], [Line("Motorbike for deliveries", 900m, "Social", key)]))).GetProperty("current");
        Assert.Equal("Pending", raised.GetProperty("budgetLines")[0].GetProperty("approval").GetString());
    }
}

public sealed class PlanVersionTests_Sqlite(SqliteApp app) : PlanVersionTests<SqliteApp>(app);
public sealed class PlanVersionTests_Postgres(PostgresApp app) : PlanVersionTests<PostgresApp>(app);
