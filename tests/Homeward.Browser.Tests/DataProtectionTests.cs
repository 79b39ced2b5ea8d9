using System.Net.Http.Json;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>What data protection looks like in the browser: withheld sections, and the subject access page handed to a returnee.</summary>
public sealed class DataProtectionTests(BrowserHost host)
{
    [Fact]
    public async Task CaseManagerWithoutThePermission_SeesTheSensitiveSectionsWithheld()
    {
        var created = await ProtectionData.CreateAsync(host, "Erbil office");
        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync("casemanager2@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");

        await Assertions.Expect(page.Locator("#counselling")).ToContainTextAsync("Notes withheld: reading them needs the sensitive data permission.");
        await Assertions.Expect(page.Locator("#assessments")).ToContainTextAsync("Findings withheld");
        await Assertions.Expect(page.Locator("#counselling")).Not.ToContainTextAsync(ProtectionData.Notes);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("case-sensitive-withheld-360");
    }

    [Fact]
    public async Task DataProtectionOfficer_OpensTheSubjectAccessPage()
    {
        var created = await ProtectionData.CreateAsync(host);
        var page = await host.NewPageAsync();
        await page.SignInAsync("dpo@demo.homeward");
        await page.GotoAsync($"/api/v1/persons/{created.PersonId}/subject-access?format=html");

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Subject access export");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(ProtectionData.Notes);
        await Assertions.Expect(page.Locator("#subject-person")).ToContainTextAsync(created.DocumentNumber);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("subject-access-1280");
    }

    [Fact]
    public async Task DataProtectionOfficer_ReviewsTheirLists_ThenErasesAClosedCaseAfterConfirming()
    {
        var created = await ProtectionData.CreateAsync(host);
        await host.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId);
            (c.Stage, c.ClosureReason, c.ClosedAt) = (Homeward.Domain.Cases.CaseStage.Closed, Homeward.Domain.Cases.ClosureReason.ReturneeChoseToStop, DateTime.UtcNow.AddDays(-3));
            return await db.SaveChangesAsync();
        });
        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync("dpo@demo.homeward");
        await page.GetByRole(AriaRole.Link, new() { Name = "Data protection", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Data protection");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("data-protection-360");

        await page.GotoAsync($"/persons/{created.PersonId}/correction-requests");
        await page.FillAsync("#record-requestedBy", "The returnee");
        await page.ClickAsync("button:has-text('Record the request')");
        await Assertions.Expect(page.Locator("#record-whatIsWrong-error")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("correction-requests-errors-360");

        await page.GotoAsync($"/persons/{created.PersonId}/erasure");
        await page.ClickAsync("#erase-start");
        await Assertions.Expect(page.Locator("#erase-confirm")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("erasure-confirm-360");
        await page.ClickAsync("#erase-confirm-yes");
        await Assertions.Expect(page.Locator("#erasure-done")).ToContainTextAsync("The data were erased");
    }
}

/// <summary>A user turns on two-factor sign-in with an authenticator app, then signs in with a code.</summary>
public sealed class TwoFactorPageTests(BrowserHost host)
{
    [Fact]
    public async Task User_SetsUpAnAuthenticator_ThenSignsInWithACode()
    {
        var email = $"tf-{Guid.NewGuid():N}@demo.homeward";
        var admin = await host.SignedInAs("admin@demo.homeward");
        var organisationId = await host.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken));
        (await admin.PostAsJsonAsync("/api/v1/users",
            new { email, displayName = "Nadia Karim", role = "MEOfficer", organisationId, password = DemoAccounts.Password }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync(email);
        await page.Locator("#two-factor-link").ClickAsync();
        await Assertions.Expect(page.Locator("#two-factor-status")).ToHaveTextAsync("Two-factor sign-in is off.");
        await page.Locator("#two-factor-setup").ClickAsync();
        var key = await page.Locator("#shared-key").InnerTextAsync();

        await page.Locator("#code").FillAsync("000000");
        await page.Locator("#two-factor-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#code-error")).ToContainTextAsync("This code is not right.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("two-factor-setup-360");

        await page.Locator("#code").FillAsync(Totp.Code(key));
        await page.Locator("#two-factor-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#two-factor-prompt")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#two-factor-code").FillAsync(Totp.Code(key));
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#dashboard-title")).ToBeVisibleAsync();
    }
}
