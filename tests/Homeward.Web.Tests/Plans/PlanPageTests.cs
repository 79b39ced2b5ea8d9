using System.Net;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Plans.PlanRequests;

namespace Homeward.Web.Tests.Plans;

/// <summary>The plan, version, print and assistance pages render for the case's office only, in the reader's language.</summary>
public abstract class PlanPageTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static async Task<(HttpStatusCode Status, string Html)> PageAsync(HttpClient client, string path, string? culture = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (culture is not null) request.Headers.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task PlanPages_ShowTheAgreedPlan_TheOldVersion_ThePrintableCopy_AndTheDeliveries()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, _) = await AgreedCaseAsync(app, client);

        var (planStatus, plan) = await PageAsync(client, $"/cases/{caseId}/plan");
        Assert.Equal(HttpStatusCode.OK, planStatus);
        Assert.Contains("Version 1: Agreed", plan);
        Assert.Contains("Waiting for approval", plan);
        Assert.Contains($"href=\"/cases/{caseId}\"", plan);
        Assert.DoesNotContain("button type=\"submit\" name=\"Decision.Command\" value=\"approve:", plan);

        var (versionStatus, version) = await PageAsync(client, $"/cases/{caseId}/plan/versions/1");
        Assert.Equal(HttpStatusCode.OK, versionStatus);
        Assert.Contains("Tailoring course at the training centre", version);

        var (printStatus, print) = await PageAsync(client, $"/cases/{caseId}/plan/print");
        Assert.Equal(HttpStatusCode.OK, printStatus);
        Assert.Contains("class=\"plan-print\"", print);
        Assert.Contains("Signature or thumbprint, and date", print);
        Assert.Contains("1,100.00 EUR", print);

        var (assistanceStatus, assistance) = await PageAsync(client, $"/cases/{caseId}/assistance");
        Assert.Equal(HttpStatusCode.OK, assistanceStatus);
        Assert.Contains("enctype=\"multipart/form-data\"", assistance);
    }

    [Fact]
    public async Task PlanPage_ForTheSupervisor_OffersApprovalOfThePendingLine()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, plan) = await AgreedCaseAsync(app, client);
        var supervisor = await app.SignedInAs(Supervisor);

        var (_, html) = await PageAsync(supervisor, $"/cases/{caseId}/plan");

        Assert.Contains($"value=\"approve:{LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid()}\"", html);
        Assert.DoesNotContain($"value=\"approve:{LineNamed(plan, "Sewing machine").GetProperty("id").GetGuid()}\"", html);
    }

    [Fact]
    public async Task PlanPage_PastTheDeadline_SaysLate_InFrenchToo()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1, returnDate: Today.AddDays(-60));

        var (_, english) = await PageAsync(client, $"/cases/{created.CaseId}/plan");
        var (_, french) = await PageAsync(client, $"/cases/{created.CaseId}/plan", "fr");

        Assert.Contains("id=\"plan-late\"", english);
        Assert.Contains("Late: not agreed within the programme", english);
        Assert.Contains("En retard", french);
        Assert.Contains("Rédiger le plan avec la personne de retour", french);
    }

    [Fact]
    public async Task PlanPages_ForAnotherOfficesCaseOrAnUnknownCase_Are404()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, _) = await AgreedCaseAsync(app, client);
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");

        foreach (var path in new[] { "plan", "plan/versions/1", "plan/print", "assistance" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await PageAsync(erbil, $"/cases/{caseId}/{path}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await PageAsync(client, $"/cases/{Guid.NewGuid()}/{path}")).Status);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await PageAsync(client, $"/cases/{caseId}/plan/versions/9")).Status);
    }
}

public sealed class PlanPageTests_Sqlite(SqliteApp app) : PlanPageTests<SqliteApp>(app);
public sealed class PlanPageTests_Postgres(PostgresApp app) : PlanPageTests<PostgresApp>(app);
