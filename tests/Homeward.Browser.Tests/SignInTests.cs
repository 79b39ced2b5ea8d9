using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

public sealed class SignInTests(BrowserHost host)
{
    [Fact]
    public async Task CaseManager_SignsIn_AndSeesTheDashboard_InEnglish()
    {
        var page = await host.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.GotoAsync("/account/login");
        await page.AssertAccessibleAsync();
        await page.SignInAsync("casemanager@demo.homeward");

        Assert.Equal("Dashboard", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("Fatou Ndiaye", (await page.Locator("#current-user").InnerTextAsync()).Trim());
        Assert.Equal("ltr", await page.Locator("html").GetAttributeAsync("dir"));
        var counts = await page.Locator("[data-stage]").AllInnerTextsAsync();
        Assert.Equal(6, counts.Count);
        Assert.True(counts.Sum(c => int.Parse(c, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)) > 0, "the case manager sees no cases of their office");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("dashboard-en-1280");
        // The content security policy blocks nothing the pages themselves need.
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task CaseManager_SwitchesToArabic_AndTheDashboardIsRightToLeft()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager2@demo.homeward");
        await page.Locator("a[lang=ar]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        Assert.Equal("ar", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("لوحة المتابعة", (await page.Locator("h1").InnerTextAsync()).Trim());
        var direction = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).direction");
        Assert.Equal("rtl", direction);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("dashboard-ar-1280");

        // The choice is remembered: a new visit to the dashboard stays in Arabic.
        await page.GotoAsync("/");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsAClearMessage()
    {
        var page = await host.NewPageAsync(360, 740);
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync("casemanager@demo.homeward");
        await page.Locator("#password").FillAsync("wrong-password-123");
        await page.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#login-error")).ToContainTextAsync("The email or password is not right.");
        await page.ScreenshotAsync("login-error-360");
    }
}
