using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// Every main page in English, French and Arabic, on a phone (360 px) and a desktop (1280 px): no serious or critical
/// accessibility violation, nothing scrolling sideways, no internal code on screen, Arabic right to left, and a
/// screenshot of each kept in artifacts/screenshots.
/// </summary>
public sealed class InterfaceTourTests(BrowserHost host)
{
    public static TheoryData<string, int> LanguagesAndWidths() => new()
    {
        { "en", 1280 }, { "en", 360 }, { "fr", 1280 }, { "fr", 360 }, { "ar", 1280 }, { "ar", 360 },
    };

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task MainPages_AreAccessible_FitTheScreen_AndSpeakTheLanguage(string language, int width)
    {
        var (monitored, awaitingApproval, personId, closed) = await host.WithDb(async db =>
        {
            var closed = await db.Cases.Where(c => c.Stage == CaseStage.Closed && c.ClosureReason == ClosureReason.SupportPeriodEnded).Select(c => c.Id).FirstAsync();
            var monitored = await db.Cases.Where(c => c.Stage == CaseStage.Monitoring && c.PlanAgreedOn != null)
                .OrderByDescending(c => db.AssistanceDeliveries.Count(d => d.CaseId == c.Id)).FirstAsync();
            var waiting = await db.BudgetLines.Where(l => l.Approval == BudgetApproval.Pending)
                .Select(l => db.Plans.Where(p => p.Id == l.PlanId).Select(p => p.CaseId).First()).FirstAsync();
            return (monitored.Id, waiting, monitored.PrincipalPersonId, closed);
        });
        var page = await host.NewPageAsync(width, 900, language);
        var problems = new List<string>();
        // The content security policy blocks inline style and script: a page relying on them shows errors here.
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"{page.Url}: console: {message.Text}"); };
        await page.GotoAsync("/account/login");
        await VisitAsync(page, "login", language, width, checkCodes: false, problems);
        await page.SignInAsync("manager@demo.homeward");

        (string Name, string Path)[] pages =
        [
            ("dashboard", "/"), ("caseload", "/cases"), ("case", $"/cases/{monitored}"), ("case-closed", $"/cases/{closed}"), ("register", "/register"),
            ("plan", $"/cases/{monitored}/plan"), ("plan-approval", $"/cases/{awaitingApproval}/plan"), ("plan-print", $"/cases/{monitored}/plan/print"),
            ("follow-ups", $"/cases/{monitored}/follow-ups"), ("assistance", $"/cases/{monitored}/assistance"),
            ("consents", $"/persons/{personId}/consents"), ("supervision", "/supervision"), ("notifications", "/notifications"),
        ];
        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            await VisitAsync(page, name, language, width, checkCodes: true, problems);
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Checks the page as it is now and keeps its screenshot; collects what is wrong rather than stopping at the first page.</summary>
    private static async Task VisitAsync(IPage page, string name, string language, int width, bool checkCodes, List<string> problems)
    {
        try
        {
            await CheckAsync(page, language, checkCodes);
        }
        catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
        {
            problems.Add($"{name}: {ex.Message}");
        }
        await page.ScreenshotAsync($"{name}-{language}-{width}");
    }

    private static async Task CheckAsync(IPage page, string language, bool checkCodes)
    {
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.Locator("html").GetAttributeAsync("dir"));
        if (language == "ar")
            Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).direction"));
        await page.AssertAccessibleAsync();
        await page.AssertFitsTheScreenAsync();
        if (checkCodes) await page.AssertPlainWordsAsync();
    }
}
