using Homeward.Domain;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Caseload;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>The caseload, a case's follow-ups and the supervision page, as people use them in the browser.</summary>
public sealed class CaseloadTests(BrowserHost host)
{
    private static DateOnly Today => CaseSetup.Today;

    [Fact]
    public async Task CaseManager_FindsAnOverdueFollowUp_RecordsTheVisit_AndTheCaseLeavesTheOverdueList()
    {
        var name = CaseSetup.UniqueName();
        var caseId = await CaseSetup.CreateAsync(host, name, c => c.PlanAgreedOn = Today.AddDays(-80), CaseStage.Monitoring, returnDate: Today.AddDays(-100), givenName: "Aminata");
        var visits = await CaseSetup.AddVisitsAsync(host, caseId, (1, Today.AddDays(-70), Today.AddDays(-69)), (3, Today.AddDays(-10), null), (6, Today.AddDays(80), null));

        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync("/cases");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("cases-1280");

        // Filter the caseload to overdue follow-ups with the plain GET form.
        await page.Locator("#overdueFollowUp").CheckAsync();
        await page.Locator("#q").FillAsync(name);
        await page.Locator("#apply-filters").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("overdueFollowUp=true"));
        var row = page.Locator($"#caseload-table tr[data-case-id='{caseId}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-flag=overdueFollowUp]")).ToContainTextAsync("Overdue follow-up");
        await Assertions.Expect(row.Locator($"a[href='/cases/{caseId}']")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/cases/{caseId}/follow-ups");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Follow-up visits");
        await Assertions.Expect(page.Locator($"#schedule li[data-visit-id='{visits[1]}'] [data-status=Overdue]")).ToContainTextAsync("Overdue");
        await Assertions.Expect(page.Locator("#back-to-case")).ToHaveAttributeAsync("href", $"/cases/{caseId}");
        await page.AssertAccessibleAsync();

        // A visit without findings is refused with an error summary tied to the field.
        await page.GetByLabel("In person").CheckAsync();
        await page.Locator("#record-visit").ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("at least one dimension");
        await Assertions.Expect(page.Locator("#economicFindings")).ToHaveAttributeAsync("aria-describedby", "economicFindings-error");
        await Assertions.Expect(page.Locator("#economicFindings-error")).ToContainTextAsync("at least one dimension");
        await page.AssertAccessibleAsync();

        await Assertions.Expect(page.Locator("#visitId")).ToHaveValueAsync(visits[1].ToString());
        await page.GetByLabel("In person").CheckAsync();
        await page.Locator("#economicFindings").FillAsync("The tailoring workshop is open and earns enough for rent.");
        await page.Locator("#nextSteps").FillAsync("Visit again in three months.");
        await page.Locator("#record-visit").ClickAsync();
        await Assertions.Expect(page.Locator("#recorded")).ToContainTextAsync("The follow-up visit was recorded.");
        await Assertions.Expect(page.Locator($"#schedule li[data-visit-id='{visits[1]}'] [data-status=Done]")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("follow-ups-1280");

        await page.GotoAsync($"/cases?overdueFollowUp=true&q={name}");
        await Assertions.Expect(page.Locator("#no-cases")).ToBeVisibleAsync();
        await page.GotoAsync($"/cases?q={name}");
        await Assertions.Expect(page.Locator($"#caseload-table tr[data-case-id='{caseId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav[aria-label=Main] a[href='/supervision']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CaseManager_OnAPhone_SeesTheCaseloadAsAList_AndPagesOn()
    {
        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync("/cases?limit=10");

        await Assertions.Expect(page.Locator("#caseload-table")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#caseload-list li")).ToHaveCountAsync(10);
        var first = await page.Locator("#caseload-list li").First.GetAttributeAsync("data-case-id");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("cases-360");

        await page.Locator("#next-page").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("after="));
        await Assertions.Expect(page.Locator("#caseload-list li").First).Not.ToHaveAttributeAsync("data-case-id", first!);
        await Assertions.Expect(page.Locator("#caseload-list li")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator($"#caseload-list li[data-case-id='{first}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Supervisor_SeesTheSupervisionPage_OnAWideScreenAndAPhone()
    {
        var name = CaseSetup.UniqueName();
        var closing = await CaseSetup.CreateAsync(host, name, c => { c.PlanAgreedOn = c.ReturnDate; c.PendingClosureReason = ClosureReason.LeftTheArea; }, CaseStage.Monitoring);
        var planned = await CaseSetup.CreateAsync(host, name, c => { c.PlanAgreedOn = c.ReturnDate; c.NextFollowUpDueOn = Today.AddDays(-4); }, CaseStage.Implementation);
        await host.WithDb(async db =>
        {
            db.Plans.Add(new ReintegrationPlan
            {
                CaseId = planned, Status = PlanStatus.Agreed, AgreedOn = Today.AddDays(-9),
                BudgetLines =
                [
                    new BudgetLine { Description = "Sewing machine", EstimatedCost = 650, Approval = BudgetApproval.Pending, Dimension = Dimension.Economic },
                    new BudgetLine { Description = "Fabric stock", EstimatedCost = 300, Dimension = Dimension.Economic },
                ],
            });
            return await db.SaveChangesAsync();
        });
        var closingReference = await host.WithDb(db => db.Cases.Where(c => c.Id == closing).Select(c => c.Reference).SingleAsync());

        foreach (var width in new[] { 1280, 360 })
        {
            var page = await host.NewPageAsync(width, 900);
            await page.SignInAsync("manager@demo.homeward");
            await page.Locator("nav[aria-label=Main] a[href='/supervision']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Supervision");
            await Assertions.Expect(page.Locator("#caseloads")).ToContainTextAsync("Fatou Ndiaye");
            await Assertions.Expect(page.Locator("#caseloads")).ToContainTextAsync("Karwan Aziz");
            await Assertions.Expect(page.Locator("#pending-budget-lines")).ToContainTextAsync("Sewing machine");
            await Assertions.Expect(page.Locator("#pending-budget-lines")).Not.ToContainTextAsync("Fabric stock");
            await Assertions.Expect(page.Locator("#pending-closures")).ToContainTextAsync(closingReference);
            await Assertions.Expect(page.Locator("#pending-closures")).ToContainTextAsync("Left the area");
            await Assertions.Expect(page.Locator("#spending")).ToContainTextAsync("Dakar office");
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync($"supervision-{width}");
        }
    }

    [Fact]
    public async Task Officer_SeesTheUnreadCount_AndMarksANotificationRead()
    {
        var text = $"Follow-up visit overdue for {CaseSetup.UniqueName()}";
        await host.WithDb(async db =>
        {
            var me = await db.Users.Where(u => u.Email == "me@demo.homeward").Select(u => u.Id).SingleAsync();
            db.Notifications.Add(new Notification { UserId = me, Text = text, Link = "/cases" });
            return await db.SaveChangesAsync();
        });

        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync("me@demo.homeward");
        await Assertions.Expect(page.Locator("#notifications-link")).ToContainTextAsync("1");
        await page.Locator("#notifications-link").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Notifications");
        await Assertions.Expect(page.Locator("#unread-count")).ToHaveTextAsync("Unread notifications: 1");
        var item = page.Locator("#notifications li", new() { HasText = text });
        await Assertions.Expect(item).ToContainTextAsync("Unread");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("notifications-360");

        await item.GetByRole(AriaRole.Button, new() { Name = "Mark as read" }).ClickAsync();
        await Assertions.Expect(page.Locator("#unread-count")).ToHaveTextAsync("Unread notifications: 0");
        await Assertions.Expect(item.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#notifications-link .badge")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CaseManager_IsRefusedTheSupervisionPage()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync("/supervision");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Access denied");
    }
}
