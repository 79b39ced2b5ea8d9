using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Plans.PlanRequests;

namespace Homeward.Web.Tests.Assistance;

/// <summary>Recording assistance delivered against the agreed plan, and every refusal leaving the data as it was.</summary>
public abstract class AssistanceApiTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static readonly byte[] Pdf = "%PDF-1.4\n% receipt\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    private static object Delivery(Guid lineId, object amount, int daysAgo = 0, string method = "CashInHand") =>
        new { budgetLineId = lineId, deliveredOn = Today.AddDays(-daysAgo), amount, currency = "EUR", method, supplier = "Thiès market", deliveredBy = "Fatou Ndiaye" };

    private async Task<(HttpClient Client, Guid CaseId, Guid Machine, Guid Motorbike)> AgreedAsync()
    {
        var client = await app.SignedInAs(CaseManager);
        var (caseId, plan) = await AgreedCaseAsync(app, client);
        return (client, caseId, LineNamed(plan, "Sewing machine").GetProperty("id").GetGuid(), LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid());
    }

    private Task<int> DeliveryCount(Guid caseId) => app.WithDb(db => db.AssistanceDeliveries.CountAsync(d => d.CaseId == caseId, Ct));

    private static MultipartFormDataContent Form(Guid lineId, string amount, byte[]? proof = null, string proofName = "receipt.pdf", string proofType = "application/pdf")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(lineId.ToString()), "budgetLineId" },
            { new StringContent(Today.ToString("yyyy-MM-dd")), "deliveredOn" },
            { new StringContent(amount), "amount" },
            { new StringContent("InKind"), "method" },
            { new StringContent("Sewing machine, Singer 20U"), "goods" },
            { new StringContent("Thiès market"), "supplier" },
            { new StringContent("Fatou Ndiaye"), "deliveredBy" },
        };
        if (proof is not null)
        {
            var file = new ByteArrayContent(proof);
            file.Headers.ContentType = new MediaTypeHeaderValue(proofType);
            form.Add(file, "proof", proofName);
        }
        return form;
    }

    [Fact]
    public async Task Record_Json_SavesTheDelivery_AndTheTotalsPerLineAndDimensionFollow()
    {
        var (client, caseId, machine, motorbike) = await AgreedAsync();
        var supervisor = await app.SignedInAs(Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/v1/cases/{caseId}/budget-lines/{motorbike}/approve", null, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, 100m, daysAgo: 2), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, 150.5m), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(motorbike, 800m, method: "BankTransfer"), Ct)).StatusCode);

        var overview = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId}/assistance", Ct);
        var totals = overview.GetProperty("totals");
        Assert.Equal(1100m, totals.GetProperty("planned").GetDecimal());
        Assert.Equal(1050.5m, totals.GetProperty("spent").GetDecimal());
        Assert.Equal(49.5m, totals.GetProperty("remaining").GetDecimal());
        var line = overview.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("budgetLineId").GetGuid() == machine);
        Assert.Equal(300m, line.GetProperty("planned").GetDecimal());
        Assert.Equal(250.5m, line.GetProperty("spent").GetDecimal());
        Assert.Equal(49.5m, line.GetProperty("remaining").GetDecimal());
        var dimensions = overview.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("dimension").GetString()!);
        Assert.Equal(250.5m, dimensions["Economic"].GetProperty("spent").GetDecimal());
        Assert.Equal(800m, dimensions["Social"].GetProperty("spent").GetDecimal());
        Assert.Equal(0m, dimensions["Social"].GetProperty("remaining").GetDecimal());
        Assert.Equal(0m, dimensions["Psychosocial"].GetProperty("planned").GetDecimal());
        var deliveries = overview.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(3, deliveries.Count);
        Assert.Equal(Today.AddDays(-2), deliveries[^1].GetProperty("deliveredOn").Deserialize<DateOnly>());
        Assert.Equal("Sewing machine", deliveries[^1].GetProperty("budgetLineDescription").GetString());
        Assert.Equal(3, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.AssistanceDelivered, Ct)));
    }

    [Fact]
    public async Task Record_Multipart_WithPdfProof_StoresTheFile_AndServesItBack()
    {
        var (client, caseId, machine, _) = await AgreedAsync();

        var response = await client.PostAsync($"/api/v1/cases/{caseId}/assistance", Form(machine, "300", Pdf), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivery = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("receipt.pdf", delivery.GetProperty("proofFileName").GetString());
        Assert.Equal("InKind", delivery.GetProperty("method").GetString());
        var proof = await client.GetAsync($"/api/v1/cases/{caseId}/assistance/{delivery.GetProperty("id").GetGuid()}/proof", Ct);
        Assert.Equal(HttpStatusCode.OK, proof.StatusCode);
        Assert.Equal("application/pdf", proof.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await proof.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task Record_ProofNamedPdfWithOtherContent_Returns400NamingTheProof_AndNothingIsSaved()
    {
        var (client, caseId, machine, _) = await AgreedAsync();

        var response = await client.PostAsync($"/api/v1/cases/{caseId}/assistance", Form(machine, "100", "MZ\x90 not a pdf at all"u8.ToArray()), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("proof", FieldsNamed(await ProblemAsync(response)));
        Assert.Equal(0, await DeliveryCount(caseId));
    }

    [Fact]
    public async Task Record_NonNumericAmount_Returns400NamingTheAmount_InJsonAndInAForm()
    {
        var (client, caseId, machine, _) = await AgreedAsync();

        var json = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, "abc"), Ct);
        var form = await client.PostAsync($"/api/v1/cases/{caseId}/assistance", Form(machine, "abc"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("amount", FieldsNamed(await ProblemAsync(json)));
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("amount", FieldsNamed(await ProblemAsync(form)));
        Assert.Equal(0, await DeliveryCount(caseId));
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(0)]
    public async Task Record_NegativeOrZeroAmount_Returns400NamingTheAmount_AndNothingIsSaved(int amount)
    {
        var (client, caseId, machine, _) = await AgreedAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, (decimal)amount), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("amount", FieldsNamed(await ProblemAsync(response)));
        Assert.Equal(0, await DeliveryCount(caseId));
    }

    [Fact]
    public async Task Record_DateInTheFuture_Returns400NamingTheDate_AndNothingIsSaved()
    {
        var (client, caseId, machine, _) = await AgreedAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, 50m, daysAgo: -1), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("deliveredOn", FieldsNamed(await ProblemAsync(response)));
        Assert.Equal(0, await DeliveryCount(caseId));
    }

    [Fact]
    public async Task Record_AboveWhatIsLeftOnTheLine_Returns409NamingTheAmount_AndOnlyTheEarlierDeliveryStays()
    {
        var (client, caseId, machine, _) = await AgreedAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, 250m), Ct)).StatusCode);

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, 50.01m), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("line-overspent", problem.GetProperty("code").GetString());
        Assert.Contains("amount", FieldsNamed(problem));
        Assert.Contains("50.00", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await DeliveryCount(caseId));
    }

    [Fact]
    public async Task Record_OnAPendingLine_Returns409_AndNothingIsSaved()
    {
        var (client, caseId, _, motorbike) = await AgreedAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(motorbike, 100m), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal("line-needs-approval", problem.GetProperty("code").GetString());
        Assert.Contains("budgetLineId", FieldsNamed(problem));
        Assert.Equal(0, await DeliveryCount(caseId));
    }

    [Fact]
    public async Task Record_OnACaseWithoutAnAgreedPlan_Returns409()
    {
        var client = await app.SignedInAs(CaseManager);
        var created = await TestCases.CreateAsync(app, CaseStage.Planning, assessments: 1);
        var draft = (await PutAsync(client, created.CaseId, TypicalBody())).GetProperty("current");

        var response = await client.PostAsJsonAsync($"/api/v1/cases/{created.CaseId}/assistance", Delivery(LineNamed(draft, "Sewing machine").GetProperty("id").GetGuid(), 10m), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await DeliveryCount(created.CaseId));
    }

    [Fact]
    public async Task UnknownCase_AndAnotherOfficesCase_Return404_AndNothingIsSaved()
    {
        var (dakar, caseId, machine, _) = await AgreedAsync();
        var erbil = await app.SignedInAs("casemanager2@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await dakar.PostAsync($"/api/v1/cases/{caseId}/assistance", Form(machine, "10", Pdf), Ct)).StatusCode);
        var deliveryId = await app.WithDb(db => db.AssistanceDeliveries.Where(d => d.CaseId == caseId).Select(d => d.Id).SingleAsync(Ct));

        Assert.Equal(HttpStatusCode.NotFound, (await dakar.PostAsJsonAsync($"/api/v1/cases/{Guid.NewGuid()}/assistance", Delivery(machine, 10m), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dakar.GetAsync($"/api/v1/cases/{Guid.NewGuid()}/assistance", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.PostAsJsonAsync($"/api/v1/cases/{caseId}/assistance", Delivery(machine, 10m), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{caseId}/assistance", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erbil.GetAsync($"/api/v1/cases/{caseId}/assistance/{deliveryId}/proof", Ct)).StatusCode);
        Assert.Equal(1, await DeliveryCount(caseId));
    }
}

public sealed class AssistanceApiTests_Sqlite(SqliteApp app) : AssistanceApiTests<SqliteApp>(app);
public sealed class AssistanceApiTests_Postgres(PostgresApp app) : AssistanceApiTests<PostgresApp>(app);
