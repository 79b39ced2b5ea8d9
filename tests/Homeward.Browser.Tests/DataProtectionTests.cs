using Homeward.Web.Tests.Protection;
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
}
