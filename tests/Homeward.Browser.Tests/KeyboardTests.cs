using Homeward.Domain.Cases;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// A case manager who uses only the keyboard: signs in, skips to the content, opens a folded form, meets an error,
/// follows the error summary to the field and records the session. Every control reached shows a visible focus ring.
/// </summary>
public sealed class KeyboardTests(BrowserHost host)
{
    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task CaseManager_RecordsACounsellingSession_WithTheKeyboardOnly(string language)
    {
        var created = await TestCases.CreateAsync(host, CaseStage.Assessment);
        var page = await host.NewPageAsync(1280, 900, language);

        await page.GotoAsync("/account/login");
        await TabToAsync(page, "#email");
        await page.Keyboard.TypeAsync("casemanager@demo.homeward");
        await TabToAsync(page, "#password");
        await page.Keyboard.TypeAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));

        await page.GotoAsync($"/cases/{created.CaseId}");
        await TabToAsync(page, ".skip-link");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "details:has(#record-counselling) > summary");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#counselling-attendees");
        await page.Keyboard.TypeAsync("The returnee and her mother");
        await TabToAsync(page, "#record-counselling");
        await page.Keyboard.PressAsync("Enter");

        // The date was left out: the error summary's link leads to the field, on this page.
        await Assertions.Expect(page.Locator("#counselling-summary")).ToBeVisibleAsync();
        await TabToAsync(page, "#counselling-summary a");
        await page.Keyboard.PressAsync("Enter");
        // Following the link changes the address after the key press: wait for it rather than read it at once.
        await page.WaitForURLAsync(url => url.EndsWith($"/cases/{created.CaseId}#counselling-heldOn", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#counselling-attendees")).ToHaveValueAsync("The returnee and her mother");
        await TabToAsync(page, "#counselling-heldOn");
        await page.Keyboard.TypeAsync(DateTime.UtcNow.ToString("MMddyyyy"));
        await TabToAsync(page, "#record-counselling");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#counselling li")).ToHaveCountAsync(1);
        Assert.Equal(1, await host.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == created.CaseId && s.Attendees == "The returnee and her mother")));
    }

    /// <summary>Presses Tab until the element matching the selector has the focus; every control passed on the way shows its focus.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        var seen = new List<string>();
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(@"selector => {
                const e = document.activeElement;
                if (!e || e === document.body) return ['', ''];
                const style = getComputedStyle(e);
                const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                return [e.matches(selector) ? 'yes' : 'no', ring ? 'ring' : (e.id || e.tagName) + ' ' + e.className, e.tagName + '#' + e.id];
            }", selector);
            if (focus[0] == "") continue;
            seen.Add(focus[2]);
            Assert.True(focus[1] == "ring", $"no visible focus on {focus[1]}");
            if (focus[0] == "yes") return;
        }
        Assert.Fail($"{selector} was never reached with the Tab key: {string.Join(", ", seen)}");
    }
}
