using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

public sealed class PlanTests(BrowserHost host)
{
    private static readonly byte[] Receipt = "%PDF-1.4\n% delivery note\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task CaseManagerDraftsAndAgreesThePlan_SupervisorApprovesTheLargeLine_CaseManagerRecordsADelivery()
    {
        var created = await TestCases.CreateAsync(host, CaseStage.Planning, assessments: 1);
        var plan = $"/cases/{created.CaseId}/plan";

        // The case manager drafts the plan with one activity and two budget lines.
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync(plan);
        Assert.Equal("Reintegration plan", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.Locator("#economicSummary").FillAsync("Tailoring skills from Libya; no income yet.");
        await page.Locator("#socialSummary").FillAsync("Lives with her mother in Thiès.");
        await page.Locator("#psychosocialSummary").FillAsync("Would like to talk to a counsellor.");
        await page.Locator("#goals").FillAsync("Open a tailoring workshop.");
        await page.Locator("#activities-0-assistanceType").SelectOptionAsync("IndividualMicroBusiness");
        await page.Locator("#activities-0-description").FillAsync("Set up a tailoring workshop at home");
        await page.Locator("#activities-0-responsibleParty").FillAsync("Fatou Ndiaye");
        await page.Locator("#activities-0-referralRequired").CheckAsync();
        await page.Locator("#budgetLines-0-description").FillAsync("Sewing machine");
        await page.Locator("#budgetLines-0-dimension").SelectOptionAsync("Economic");
        await page.Locator("#budgetLines-0-estimatedCost").FillAsync("300");
        await page.Locator("#add-line").ClickAsync();
        await page.Locator("#budgetLines-1-description").WaitForAsync();
        Assert.Equal("Sewing machine", await page.Locator("#budgetLines-0-description").InputValueAsync());
        Assert.True(await page.Locator("#activities-0-referralRequired").IsCheckedAsync());
        await page.Locator("#add-activity").ClickAsync();
        await page.Locator("#activities-1-description").WaitForAsync();
        await page.Locator("button[value='remove-activity-1']").ClickAsync();
        await Assertions.Expect(page.Locator("#activities-1-description")).ToHaveCountAsync(0);
        Assert.Equal("Set up a tailoring workshop at home", await page.Locator("#activities-0-description").InputValueAsync());

        // Saving with the new line half filled shows the errors next to the fields and at the top.
        await page.Locator("#budgetLines-1-estimatedCost").FillAsync("800");
        await page.Locator("#save-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#budgetLines-1-description-error")).ToContainTextAsync("Say what the grant will buy.");
        await page.AssertAccessibleAsync();

        await page.Locator("#budgetLines-1-description").FillAsync("Motorbike for deliveries");
        await page.Locator("#budgetLines-1-dimension").SelectOptionAsync("Social");
        await page.Locator("#save-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-done")).ToContainTextAsync("The plan was saved.");
        await Assertions.Expect(page.Locator("#budget-total")).ToContainTextAsync("1,100.00 EUR");
        await Assertions.Expect(Approval(page, "Motorbike for deliveries")).ToHaveTextAsync("Waiting for approval");
        await Assertions.Expect(Approval(page, "Sewing machine")).ToHaveTextAsync("No approval needed");

        // The returnee agrees it.
        await page.Locator("#agreementMethod").SelectOptionAsync("Signed");
        await page.Locator("#agree-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-done")).ToContainTextAsync("The returnee's agreement was recorded.");
        await Assertions.Expect(page.Locator("#plan-status")).ToContainTextAsync("Version 1: Agreed");
        Assert.Equal(6, await host.WithDb(db => db.FollowUps.CountAsync(v => v.CaseId == created.CaseId)));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("plan-agreed-1280");
        await page.SetViewportSizeAsync(360, 740);
        await page.ScreenshotAsync("plan-agreed-360");
        await page.AssertAccessibleAsync();

        // The printable plan, as the printer sees it.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"{plan}/print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator("#print-total")).ToContainTextAsync("1,100.00 EUR");
        Assert.False(await page.Locator(".no-print").First.IsVisibleAsync());
        await Assertions.Expect(page.Locator(".signature")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("plan-print");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });

        // The supervisor approves the large line.
        var supervisor = await host.NewPageAsync();
        await supervisor.SignInAsync("manager@demo.homeward");
        await supervisor.GotoAsync(plan);
        await supervisor.AssertAccessibleAsync();
        await supervisor.Locator("tr[data-line='Motorbike for deliveries'] button[value^='approve:']").ClickAsync();
        await Assertions.Expect(supervisor.Locator("#plan-done")).ToContainTextAsync("The budget line was approved.");
        await Assertions.Expect(Approval(supervisor, "Motorbike for deliveries")).ToHaveTextAsync("Approved");

        // The case manager records a delivery against it, with the delivery note.
        await page.GotoAsync($"/cases/{created.CaseId}/assistance");
        await page.AssertAccessibleAsync();
        await page.Locator("#budgetLineId").SelectOptionAsync(new SelectOptionValue { Label = "Motorbike for deliveries (800.00 EUR left)" });
        await page.Locator("#amount").FillAsync("500");
        await page.Locator("#deliveryMethod").SelectOptionAsync("BankTransfer");
        await page.Locator("#supplier").FillAsync("Thiès Motors");
        await page.Locator("#proof").SetInputFilesAsync(new FilePayload { Name = "delivery-note.pdf", MimeType = "application/pdf", Buffer = Receipt });
        await page.Locator("#record-delivery").ClickAsync();
        await Assertions.Expect(page.Locator("#delivery-done")).ToContainTextAsync("The delivery was recorded.");
        await Assertions.Expect(page.Locator("tr[data-line='Motorbike for deliveries'] [data-remaining]")).ToHaveTextAsync("300.00 EUR");
        await Assertions.Expect(page.Locator("#deliveries")).ToContainTextAsync("delivery-note.pdf");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("assistance-1280");

        // In Arabic the plan reads right to left, on a phone too.
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync($"/culture?name=ar&returnUrl={Uri.EscapeDataString(plan)}");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        Assert.Equal("خطة إعادة الإدماج", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("plan-ar-360");
    }

    private static ILocator Approval(IPage page, string line) => page.Locator($"#budget-heading ~ * tr[data-line='{line}'] [data-approval]");
}
