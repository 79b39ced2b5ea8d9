using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>A case manager works a case from its page: stages, an assessment, a bad input, closure and the supervisor's approval.</summary>
public sealed class CasePageTests(BrowserHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CaseManager_MovesACaseThroughAssessmentToPlanning_AndSupervisorApprovesItsClosure()
    {
        var created = await TestCases.CreateAsync(host);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Registered");
        await page.AssertAccessibleAsync();

        await page.Locator("#move-to-Assessment").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Assessment");

        // Recording an assessment without its kind is refused, with the message tied to the field.
        await page.Locator("summary", new() { HasText = "Record an assessment" }).ClickAsync();
        await page.Locator("#assessment-conductedOn").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await page.Locator("#record-assessment").ClickAsync();
        await Assertions.Expect(page.Locator("#assessment-kind-error")).ToContainTextAsync("Choose the kind of assessment.");
        await Assertions.Expect(page.Locator("#assessment-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        Assert.Equal(0, await host.WithDb(db => db.Assessments.CountAsync(a => a.CaseId == created.CaseId, Ct)));

        await page.Locator("#assessment-kind").SelectOptionAsync("RapidVulnerabilityScreening");
        await page.Locator("#assessment-findings").FillAsync("Chronic illness; full screening to follow.");
        await page.Locator("#assessment-flag").CheckAsync();
        await page.Locator("#record-assessment").ClickAsync();
        await Assertions.Expect(page.Locator("[data-flag=vulnerable]")).ToBeVisibleAsync();

        await page.Locator("#move-to-Planning").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Planning");
        await page.ScreenshotAsync("case-page-en-1280");

        // The case manager asks to close; the programme requires a supervisor's approval.
        await page.Locator("summary", new() { HasText = "Close the case" }).ClickAsync();
        await page.Locator("#close-reason").SelectOptionAsync("LeftTheArea");
        await page.Locator("#close-case").ClickAsync();
        // Closing asks again, saying what will happen; nothing changes until it is confirmed.
        await Assertions.Expect(page.Locator("#close-confirm")).ToContainTextAsync("A supervisor will be asked to approve the closure.");
        await page.AssertAccessibleAsync();
        Assert.Null(await host.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => c.PendingClosureReason).SingleAsync(Ct)));
        await page.Locator("#close-confirm-yes").ClickAsync();
        await Assertions.Expect(page.Locator("[data-flag=pending-closure]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Planning");

        var supervisor = await host.NewPageAsync(360, 800);
        await supervisor.SignInAsync("manager@demo.homeward");
        await supervisor.GotoAsync($"/cases/{created.CaseId}");
        await supervisor.Locator("#approve-closure").ClickAsync();
        await Assertions.Expect(supervisor.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Closed");
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotAsync("case-page-closed-360");
        var events = await host.WithDb(db => db.CaseEvents.Where(e => e.CaseId == created.CaseId).Select(e => e.Kind).ToListAsync(Ct));
        Assert.Contains(CaseEventKind.ClosureRequested, events);
        Assert.Contains(CaseEventKind.ClosureApproved, events);
    }

    [Fact]
    public async Task CaseOfAnotherOffice_ShowsNotFound()
    {
        var created = await TestCases.CreateAsync(host, office: "Dakar office");
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager2@demo.homeward");
        var response = await page.GotoAsync($"/cases/{created.CaseId}");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
    }
}
