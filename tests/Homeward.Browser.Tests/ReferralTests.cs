using Homeward.Web.Tests.Referrals;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

public sealed class ReferralTests(BrowserHost host)
{
    [Fact]
    public async Task CaseManagerRefersFromThePlan_PartnerSeesOnlyWhatIsShared_AndReportsTheOutcome_OnTheCaseTimeline()
    {
        var setup = await ReferralSetup.CaseAsync(host);

        // The case manager goes from the plan activity marked "referral required" to a sent referral.
        var page = await host.NewPageAsync();
        await page.SignInAsync(ReferralSetup.CaseManager);
        await page.GotoAsync($"/cases/{setup.CaseId}/plan");
        await Assertions.Expect(page.Locator("#feasible-heading")).ToHaveTextAsync("Feasible support");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("plan-feasible-support");
        await page.Locator($"#refer-{setup.ActivityId}").ClickAsync();
        await Assertions.Expect(page.Locator("#referral-activity")).ToContainTextAsync("Tailoring course");
        await page.AssertAccessibleAsync();
        await page.Locator("#send-referral").ClickAsync();
        await Assertions.Expect(page.Locator("#referral-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#serviceId-error")).ToContainTextAsync("Choose the service to refer to.");
        await page.AssertAccessibleAsync();

        await page.Locator("#serviceId").SelectOptionAsync(setup.ServiceId.ToString());
        await page.Locator("#reason").FillAsync("Wants to work as a tailor");
        await page.Locator("#requested").FillAsync("A place in the next course");
        await page.Locator("#share-Languages").CheckAsync();
        await page.Locator("#send-referral").ClickAsync();
        await Assertions.Expect(page.Locator("#referral-done")).ToContainTextAsync("The referral was sent.");
        await Assertions.Expect(page.Locator("#referral-status")).ToHaveTextAsync("Sent");
        await Assertions.Expect(page.Locator("#referral-shared")).ToHaveTextAsync("Name, Contact, Need, Languages");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("referral-sent");
        var referralUrl = page.Url;
        var referralId = referralUrl.Split('/').Last().Split('?')[0];

        // The partner signs in and sees only what was shared.
        var partner = await host.NewPageAsync();
        await partner.SignInAsync(ReferralSetup.Partner);
        await partner.GotoAsync("/partner/referrals");
        await partner.AssertAccessibleAsync();
        await partner.Locator($"a[href='/partner/referrals/{referralId}']").ClickAsync();
        await Assertions.Expect(partner.Locator("[data-field=Name]")).ToContainTextAsync("Test Returnee");
        await Assertions.Expect(partner.Locator("[data-field=Contact]")).ToHaveTextAsync("+221 77 123 45 67");
        await Assertions.Expect(partner.Locator("[data-field=Disability]")).ToHaveCountAsync(0);
        await Assertions.Expect(partner.Locator("#shared-fields dt")).ToHaveCountAsync(4);
        Assert.DoesNotContain("hearing aid", await partner.ContentAsync());
        await partner.AssertAccessibleAsync();
        await partner.ScreenshotAsync("partner-referral");

        // It accepts, records first contact, and reports the outcome.
        await partner.Locator("#step").SelectOptionAsync("Accepted");
        await partner.Locator("#report-step").ClickAsync();
        await Assertions.Expect(partner.Locator("#referral-status")).ToHaveTextAsync("Accepted");
        await partner.Locator("#step").SelectOptionAsync("FirstContact");
        await partner.Locator("#report-step").ClickAsync();
        await Assertions.Expect(partner.Locator("#referral-status")).ToHaveTextAsync("In progress");
        await partner.Locator("#step").SelectOptionAsync("Completed");
        await partner.Locator("#report-step").ClickAsync();
        await Assertions.Expect(partner.Locator("#note-error")).ToContainTextAsync("Describe the outcome.");
        await partner.AssertAccessibleAsync();
        await partner.Locator("#step").SelectOptionAsync("Completed");
        await partner.Locator("#note").FillAsync("Finished the course; certificate issued.");
        await partner.Locator("#report-step").ClickAsync();
        await Assertions.Expect(partner.Locator("#referral-status")).ToHaveTextAsync("Completed");

        // The partner cannot open the case.
        var probe = await partner.GotoAsync($"/cases/{setup.CaseId}");
        Assert.Equal(404, probe!.Status);

        // The case manager sees the outcome on the case timeline and on the referral.
        await page.GotoAsync($"/cases/{setup.CaseId}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("completed the referral. Outcome: Finished the course; certificate issued.");
        await page.GotoAsync(referralUrl.Split('?')[0]);
        await Assertions.Expect(page.Locator("#referral-outcome")).ToHaveTextAsync("Finished the course; certificate issued.");
        await page.AssertAccessibleAsync();
    }
}
