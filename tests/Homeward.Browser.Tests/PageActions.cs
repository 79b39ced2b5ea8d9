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
        // Signed in once the browser has left the sign-in page; what the test does next waits for its own elements.
        await page.WaitForURLAsync(url => !url.Contains("/account/login"), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
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
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => $"{n.Target} [{string.Join(" ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}]"))}")));
    }

    /// <summary>Fails when the page scrolls sideways: on a phone everything fits the width of the screen.</summary>
    public static async Task AssertFitsTheScreenAsync(this IPage page)
    {
        var wide = await page.EvaluateAsync<string[]>(@"() => {
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) return [];
            return Array.from(document.querySelectorAll('body *'))
                .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 1 || r.left < -1) && !e.closest('.table-responsive'); })
                .slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className);
        }");
        Assert.True(wide.Length == 0, $"{page.Url} scrolls sideways at {page.ViewportSize?.Width}px: {string.Join(", ", wide)}");
    }

    /// <summary>Fails when the page shows an internal code (a name such as SupportPeriodEnded) instead of words.</summary>
    public static async Task AssertPlainWordsAsync(this IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        var codes = System.Text.RegularExpressions.Regex.Matches(text, @"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b").Select(m => m.Value).Distinct().ToList();
        Assert.True(codes.Count == 0, $"{page.Url} shows internal codes: {string.Join(", ", codes)}");
    }
}
