using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// A form sent while the connection is down is not lost: the browser keeps it and offers to send it again, and
/// sending it again (or twice) records it once.
/// </summary>
public sealed class DraftTests(BrowserHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd");

    private static async Task FillCounsellingAsync(IPage page, string attendees)
    {
        await page.Locator("details:has(#record-counselling) > summary").ClickAsync();
        await page.Locator("#counselling-heldOn").FillAsync(Today);
        await page.Locator("#counselling-attendees").FillAsync(attendees);
        await page.Locator("#counselling-notes").FillAsync("Talked about the return journey.");
    }

    private Task<int> SessionsAsync(Guid caseId, string attendees) =>
        host.WithDb(db => db.CounsellingSessions.CountAsync(s => s.CaseId == caseId && s.Attendees == attendees, Ct));

    [Theory]
    [InlineData("en", "Your form was not sent; it is kept on this device.")]
    [InlineData("ar", "لم يُرسَل النموذج؛ وهو محفوظ على هذا الجهاز.")]
    public async Task FormSentOffline_IsKept_AndSentAgainOnceOnline_RecordsOnce(string language, string notSent)
    {
        var created = await TestCases.CreateAsync(host);
        var page = await host.NewPageAsync(1280, 900, language);
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await FillCounsellingAsync(page, "The returnee and her sister");

        await page.Context.SetOfflineAsync(true);
        await page.Locator("#record-counselling").ClickAsync();
        var banner = page.Locator(".draft-notice");
        await Assertions.Expect(banner).ToContainTextAsync(notSent);
        await Assertions.Expect(page.Locator("#send-again")).ToBeFocusedAsync();
        Assert.Equal("The returnee and her sister", await page.Locator("#counselling-attendees").InputValueAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"draft-not-sent-{language}-1280");
        Assert.Equal(0, await SessionsAsync(created.CaseId, "The returnee and her sister"));

        await page.Context.SetOfflineAsync(false);
        await page.Locator("#send-again").ClickAsync();
        await Assertions.Expect(page.Locator("#counselling li")).ToHaveCountAsync(1);
        await Assertions.Expect(banner).ToHaveCountAsync(0);
        Assert.Equal(1, await SessionsAsync(created.CaseId, "The returnee and her sister"));

        // The draft was cleared by the successful send: the form comes back empty.
        await page.ReloadAsync();
        Assert.Equal("", await page.Locator("#counselling-attendees").InputValueAsync());
        await Assertions.Expect(banner).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnswerLostOnTheWayBack_SendingAgain_DoesNotRecordTwice()
    {
        var created = await TestCases.CreateAsync(host);
        var page = await host.NewPageAsync(360, 780);
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await FillCounsellingAsync(page, "The returnee alone");

        // The post reaches the server and is recorded, but the connection drops before the answer arrives.
        await page.RouteAsync($"**/cases/{created.CaseId}", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            await route.FetchAsync();
            await route.AbortAsync("connectionreset");
        });
        await page.Locator("#record-counselling").ClickAsync();
        await Assertions.Expect(page.Locator("#send-again")).ToBeVisibleAsync();
        Assert.Equal(1, await SessionsAsync(created.CaseId, "The returnee alone"));
        await page.ScreenshotAsync("draft-not-sent-360");

        await page.UnrouteAllAsync();
        await page.Locator("#send-again").ClickAsync();
        await Assertions.Expect(page.Locator("#counselling li")).ToHaveCountAsync(1);
        Assert.Equal(1, await SessionsAsync(created.CaseId, "The returnee alone"));
    }

    [Fact]
    public async Task FormLeftUnsent_IsRestoredWhenShownAgain_AndCanBeDiscarded()
    {
        var created = await TestCases.CreateAsync(host);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await FillCounsellingAsync(page, "The returnee and an uncle");

        await page.GotoAsync("/cases");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await Assertions.Expect(page.Locator("#discard-draft")).ToBeVisibleAsync();
        Assert.Equal("The returnee and an uncle", await page.Locator("#counselling-attendees").InputValueAsync());
        Assert.Equal("Talked about the return journey.", await page.Locator("#counselling-notes").InputValueAsync());
        await page.AssertAccessibleAsync();

        await page.Locator("#discard-draft").ClickAsync();
        Assert.Equal("", await page.Locator("#counselling-attendees").InputValueAsync());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#discard-draft")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SameFormPostedTwice_RecordsOnce_AndTheSecondGetsTheFirstAnswer()
    {
        var created = await TestCases.CreateAsync(host);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await FillCounsellingAsync(page, "The returnee, sent twice");

        // The very request the form makes, sent twice, as a double click or a resend does.
        var body = await page.Locator("form:has(#record-counselling)").EvaluateAsync<string>("f => new URLSearchParams(new FormData(f)).toString()");
        var options = new APIRequestContextOptions
        {
            Data = body, MaxRedirects = 0, Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
        };
        var first = page.APIRequest.PostAsync($"/cases/{created.CaseId}", options);
        var second = page.APIRequest.PostAsync($"/cases/{created.CaseId}", options);
        var answers = await Task.WhenAll(first, second);

        Assert.All(answers, a => Assert.Equal(302, a.Status));
        Assert.Equal(answers[0].Headers["location"], answers[1].Headers["location"]);
        Assert.Single(answers, a => a.Headers.ContainsKey("idempotent-replayed"));
        Assert.Equal(1, await SessionsAsync(created.CaseId, "The returnee, sent twice"));
    }
}
