using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data;
using Homeward.Domain.Assistance;
using Homeward.Domain.Cases;
using Homeward.Domain.Organisations;
using Homeward.Domain.Plans;
using Homeward.Web.Features.Caseload;
using Homeward.Web.Features.Monitoring;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Caseload;

/// <summary>
/// GET /api/v1/supervision, on both databases. The tests open their own office and move their cases into it, so the
/// office's figures are exactly theirs.
/// </summary>
public abstract class SupervisionTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => CaseSetup.Today;

    private Task<Guid> NewOfficeAsync(string name) => app.WithDb(async db =>
    {
        var mission = await db.Offices.Where(o => o.Name == "Dakar office").Select(o => o.OrganisationId).SingleAsync(Ct);
        var office = new Office { OrganisationId = mission, Name = name, CountryCode = "SN" };
        db.Offices.Add(office);
        await db.SaveChangesAsync(Ct);
        return office.Id;
    });

    private static BudgetLine Line(string description, decimal cost, BudgetApproval approval) =>
        new() { Description = description, EstimatedCost = cost, Approval = approval, Dimension = Dimension.Economic, Currency = "EUR" };

    [Fact]
    public async Task Summary_CountsCaseloads_PendingApprovals_OverdueWork_AndSpending_PerOffice()
    {
        var officeName = $"Test office {CaseSetup.UniqueName()}";
        var officeId = await NewOfficeAsync(officeName);
        var name = CaseSetup.UniqueName();
        void InOffice(Case c) => c.OfficeId = officeId;

        var overdue = await CaseSetup.CreateAsync(app, name, c => { InOffice(c); c.NextFollowUpDueOn = Today.AddDays(-2); c.PlanAgreedOn = c.ReturnDate; }, CaseStage.Monitoring);
        var unplanned = await CaseSetup.CreateAsync(app, name, c => { InOffice(c); c.CaseManagerId = null; }, CaseStage.Planning, returnDate: Today.AddDays(-200));
        var closing = await CaseSetup.CreateAsync(app, name, c =>
        {
            InOffice(c);
            c.PlanAgreedOn = c.ReturnDate;
            c.PendingClosureReason = ClosureReason.LeftTheArea;
        }, CaseStage.Implementation);
        await CaseSetup.CreateAsync(app, name, c => { InOffice(c); c.NextFollowUpDueOn = Today.AddDays(-9); }, CaseStage.Closed);

        var lines = await app.WithDb(async db =>
        {
            // The overdue case's plan was revised: only the pending line of its current version waits for approval.
            var v1 = new ReintegrationPlan { CaseId = overdue, VersionNumber = 1, Status = PlanStatus.Superseded, BudgetLines = [Line("Old freezer", 900, BudgetApproval.Pending)] };
            var v2 = new ReintegrationPlan { CaseId = overdue, VersionNumber = 2, Status = PlanStatus.Agreed, BudgetLines = [Line("Freezer", 800, BudgetApproval.Pending), Line("Stock", 300, BudgetApproval.NotRequired), Line("Car", 5000, BudgetApproval.Rejected)] };
            var other = new ReintegrationPlan { CaseId = closing, VersionNumber = 1, Status = PlanStatus.Agreed, BudgetLines = [Line("Tools", 400, BudgetApproval.Approved)] };
            db.Plans.AddRange(v1, v2, other);
            db.AssistanceDeliveries.Add(new AssistanceDelivery { CaseId = closing, BudgetLineKey = other.BudgetLines[0].LineKey, Amount = 250, DeliveredOn = Today, DeliveredBy = "Test", Method = DeliveryMethod.CashInHand });
            await db.SaveChangesAsync(Ct);
            return new { Pending = v2.BudgetLines[0].Id, Superseded = v1.BudgetLines[0].Id };
        });

        var summary = await (await app.SignedInAs("manager@demo.homeward")).GetFromJsonAsync<JsonElement>("/api/v1/supervision", Ct);

        var loads = summary.GetProperty("caseloads").EnumerateArray().Where(l => l.GetProperty("officeId").GetGuid() == officeId).ToList();
        var fatou = Assert.Single(loads, l => l.GetProperty("caseManagerName").GetString() == "Fatou Ndiaye");
        Assert.Equal(2, fatou.GetProperty("openCases").GetInt32());
        Assert.Equal(1, fatou.GetProperty("overdueFollowUps").GetInt32());
        Assert.Equal(0, fatou.GetProperty("latePlans").GetInt32());
        var nobody = Assert.Single(loads, l => l.GetProperty("caseManagerId").ValueKind == JsonValueKind.Null);
        Assert.Equal(1, nobody.GetProperty("openCases").GetInt32());
        Assert.Equal(1, nobody.GetProperty("latePlans").GetInt32());

        var pending = summary.GetProperty("pendingBudgetLines").EnumerateArray().Select(l => l.GetProperty("budgetLineId").GetGuid()).ToList();
        Assert.Contains(lines.Pending, pending);
        Assert.DoesNotContain(lines.Superseded, pending);
        var closure = Assert.Single(summary.GetProperty("pendingClosures").EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == closing);
        Assert.Equal("LeftTheArea", closure.GetProperty("reason").GetString());

        var spending = Assert.Single(summary.GetProperty("spending").EnumerateArray(), s => s.GetProperty("officeId").GetGuid() == officeId);
        Assert.Equal(1500m, spending.GetProperty("budgeted").GetDecimal());
        Assert.Equal(250m, spending.GetProperty("delivered").GetDecimal());
        Assert.Equal(officeName, spending.GetProperty("office").GetString());
        Assert.True(summary.GetProperty("spendingAsOf").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        Assert.DoesNotContain(unplanned, summary.GetProperty("pendingClosures").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));
    }

    /// <summary>A reader limited to one office, as the data scope of a case manager.</summary>
    private sealed class OfficeScope(Guid officeId) : IDataScope
    {
        public bool SeesAllCases => false;
        public Guid? OfficeId => officeId;
        public Guid[] GrantedCaseIds => [];
    }

    /// <summary>The budget lines awaiting approval in the office's scope, as the supervision view counts and lists them.</summary>
    private async Task<(int Count, List<string> Lines)> PendingLinesSeenFromAsync(Guid officeId)
    {
        await using var services = app.Services.CreateAsyncScope();
        var scope = new OfficeScope(officeId);
        await using var db = new HomewardDbContext(services.ServiceProvider.GetRequiredService<DbContextOptions<HomewardDbContext>>(), scope);
        var summary = await new SupervisionQuery(db, scope, services.ServiceProvider.GetRequiredService<StatisticsCache>()).RunAsync(Ct);
        return (summary.PendingBudgetLineCount, summary.PendingBudgetLines.Select(l => l.Description).ToList());
    }

    [Fact]
    public async Task PendingBudgetLines_AreThoseOfTheLatestPlanVersion_OfOpenCases_InScope()
    {
        var name = CaseSetup.UniqueName();
        var here = await NewOfficeAsync($"Test office {CaseSetup.UniqueName()}");
        var there = await NewOfficeAsync($"Test office {CaseSetup.UniqueName()}");
        var revised = await CaseSetup.CreateAsync(app, name, c => c.OfficeId = here, CaseStage.Implementation);
        var closed = await CaseSetup.CreateAsync(app, name, c => c.OfficeId = here, CaseStage.Closed);
        var elsewhere = await CaseSetup.CreateAsync(app, name, c => c.OfficeId = there, CaseStage.Implementation);
        await app.WithDb(async db =>
        {
            // Three versions: the lines waiting in the first two are no longer current, whatever their status says;
            // the latest is a draft, and its waiting line is the one a supervisor decides on.
            db.Plans.AddRange(
                new ReintegrationPlan { CaseId = revised, VersionNumber = 1, Status = PlanStatus.Superseded, BudgetLines = [Line("First boat", 900, BudgetApproval.Pending)] },
                new ReintegrationPlan { CaseId = revised, VersionNumber = 2, Status = PlanStatus.Agreed, BudgetLines = [Line("Second boat", 800, BudgetApproval.Pending)] },
                new ReintegrationPlan
                {
                    CaseId = revised, VersionNumber = 3, Status = PlanStatus.Draft,
                    BudgetLines = [Line("Third boat", 700, BudgetApproval.Pending), Line("Nets", 300, BudgetApproval.NotRequired), Line("Engine", 600, BudgetApproval.Approved)],
                },
                new ReintegrationPlan { CaseId = closed, VersionNumber = 1, Status = PlanStatus.Agreed, BudgetLines = [Line("Closed case's boat", 900, BudgetApproval.Pending)] },
                new ReintegrationPlan { CaseId = elsewhere, VersionNumber = 1, Status = PlanStatus.Agreed, BudgetLines = [Line("Other office's boat", 900, BudgetApproval.Pending)] });
            return await db.SaveChangesAsync(Ct);
        });

        var seenHere = await PendingLinesSeenFromAsync(here);
        Assert.Equal(1, seenHere.Count);
        Assert.Equal(["Third boat"], seenHere.Lines);
        var seenThere = await PendingLinesSeenFromAsync(there);
        Assert.Equal(1, seenThere.Count);
        Assert.Equal(["Other office's boat"], seenThere.Lines);
    }

    [Fact]
    public async Task Summary_IsForSupervisorsOnly()
    {
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/supervision", Ct)).StatusCode);
    }
}

[Collection(CaseDataCollection.Name)]
public sealed class SupervisionTests_Sqlite(SqliteApp app) : SupervisionTests<SqliteApp>(app);
[Collection(CaseDataCollection.Name)]
public sealed class SupervisionTests_Postgres(PostgresApp app) : SupervisionTests<PostgresApp>(app);
