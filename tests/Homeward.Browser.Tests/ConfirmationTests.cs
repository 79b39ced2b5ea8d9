using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Homeward.Web.Tests.Plans.PlanRequests;

namespace Homeward.Browser.Tests;

/// <summary>
/// Destructive actions ask again, without script, saying what will happen and how to undo it; nothing changes
/// until the second answer, and cancelling keeps what was typed.
/// </summary>
public sealed class ConfirmationTests(BrowserHost host)
{
    [Fact]
    public async Task RejectingABudgetLine_AsksFirst_CancelKeepsTheReason_ConfirmRejects()
    {
        var (caseId, plan) = await AgreedCaseAsync(host, await host.ApiAsync(CaseManager));
        var lineId = LineNamed(plan, "Motorbike for deliveries").GetProperty("id").GetGuid();
        var page = await host.NewPageAsync(360, 800);
        await page.SignInAsync(Supervisor);
        await page.GotoAsync($"/cases/{caseId}/plan");

        await page.Locator($"#reason-{lineId}").FillAsync("A bicycle is enough for deliveries in town.");
        await page.Locator($"button[value='reject:{lineId}']").ClickAsync();
        var confirm = page.Locator($"#reject-confirm-{lineId}");
        await Assertions.Expect(confirm).ToContainTextAsync("The line will not be paid.");
        await page.AssertAccessibleAsync();
        await page.AssertFitsTheScreenAsync();
        await page.ScreenshotAsync("confirm-reject-360");
        Assert.Equal(BudgetApproval.Pending, await ApprovalAsync(lineId));

        await page.Locator($"#reject-confirm-{lineId}-no").ClickAsync();
        await Assertions.Expect(page.Locator($"#reason-{lineId}")).ToHaveValueAsync("A bicycle is enough for deliveries in town.");
        Assert.Equal(BudgetApproval.Pending, await ApprovalAsync(lineId));

        await page.Locator($"button[value='reject:{lineId}']").ClickAsync();
        await page.Locator($"#reject-confirm-{lineId}-yes").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-done")).ToBeVisibleAsync();
        Assert.Equal(BudgetApproval.Rejected, await ApprovalAsync(lineId));
    }

    [Fact]
    public async Task RemovingAHouseholdMember_AsksFirst_AndKeepingThemKeepsWhatWasTyped()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync(CaseManager);
        await page.GotoAsync("/register");
        await page.Locator("button[value=add-member]").ClickAsync();
        await page.Locator("#householdMembers-0-givenName").FillAsync("Awa");
        await page.Locator("#householdMembers-0-familyName").FillAsync("Diop");

        await page.Locator("button[value=remove-member-0]").ClickAsync();
        await Assertions.Expect(page.Locator("#householdMembers-0-remove-confirm")).ToContainTextAsync("Awa Diop");
        await page.AssertAccessibleAsync();
        await page.Locator("#householdMembers-0-remove-confirm-no").ClickAsync();
        await Assertions.Expect(page.Locator("#householdMembers-0-givenName")).ToHaveValueAsync("Awa");

        await page.Locator("button[value=remove-member-0]").ClickAsync();
        await page.Locator("#householdMembers-0-remove-confirm-yes").ClickAsync();
        await Assertions.Expect(page.Locator("#householdMembers-0-givenName")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OptingOut_AsksFirst_AndIsUndoneByReopening()
    {
        var created = await TestCases.CreateAsync(host, CaseStage.Assessment);
        var page = await host.NewPageAsync(1280, 900, "fr");
        await page.SignInAsync(CaseManager);
        await page.GotoAsync($"/cases/{created.CaseId}");

        await page.Locator("details:has(#opt-out) > summary").ClickAsync();
        await page.Locator("#optout-optOutReason").SelectOptionAsync("CostsOutweighBenefits");
        await page.Locator("#opt-out").ClickAsync();
        await Assertions.Expect(page.Locator("#optout-confirm")).ToContainTextAsync("Le dossier est clôturé aussitôt");
        await page.AssertAccessibleAsync();
        Assert.Equal(CaseStage.Assessment, await StageAsync(created.CaseId));

        await page.Locator("#optout-confirm-yes").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Closed");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("La personne a choisi d’arrêter");

        await page.Locator("#reopen-reason").FillAsync("Elle a changé d’avis et reste au pays.");
        await page.Locator("#reopen-case").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Assessment");
        await page.AssertPlainWordsAsync();
    }

    private Task<BudgetApproval> ApprovalAsync(Guid lineId) => host.WithDb(db => db.BudgetLines.Where(l => l.Id == lineId).Select(l => l.Approval).SingleAsync());

    private Task<CaseStage> StageAsync(Guid caseId) => host.WithDb(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync());
}
