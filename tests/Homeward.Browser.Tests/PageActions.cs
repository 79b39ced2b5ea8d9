using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Homeward.Web.Features.Demo;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>What a person does in the browser, shared by the browser tests.</summary>
public static class PageActions
{
    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").Or(page.Locator("#email")).First.FillAsync(email);
        await page.Locator("#password").FillAsync(DemoAccounts.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserHost.ArtifactsFolder, $"{name}.png"), FullPage = true });

    /// <summary>Fails on any serious or critical WCAG 2.2 AA violation found by axe-core on the page as it is now.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")));
    }
}
