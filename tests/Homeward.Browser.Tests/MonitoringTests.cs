using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>The M&amp;E officer's monthly review: the results framework page and the statistics dashboard, accessible and printable.</summary>
public sealed class MonitoringTests(BrowserHost host)
{
    [Fact]
    public async Task MEOfficer_ReviewsTheResultsFramework_ActualAgainstTargetWithStatusInWords()
    {
        var page = await host.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.SignInAsync("me@demo.homeward");
        await page.GetByRole(AriaRole.Link, new() { Name = "Results", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Results framework");
        await Assertions.Expect(page.Locator("#indicator-2-1-a")).ToContainTextAsync("Returnees registered");
        var registered = page.Locator("article", new() { Has = page.Locator("#indicator-2-1-a") });
        Assert.True(await registered.Locator("tbody tr").CountAsync() >= 8);
        Assert.True(await registered.Locator("[data-status]").CountAsync() >= 8);
        // Status is a word, not only a colour.
        var statuses = await registered.Locator("[data-status]").AllInnerTextsAsync();
        Assert.All(statuses, s => Assert.Matches("(Achieved|On track|Off track|No data|No target)", s));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("results-framework-1280");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task MEOfficer_RecordsAManualValue_AndOpensTheIndicatorForm_WithoutLeavingHomeward()
    {
        var page = await host.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.SignInAsync("me@demo.homeward");
        await page.GotoAsync("/results");
        var trained = page.Locator("article", new() { Has = page.Locator("#indicator-2-3-a") });
        await trained.Locator("a.record-value").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Record a value");
        await page.AssertAccessibleAsync();

        await page.Locator("#save-value").ClickAsync();
        await Assertions.Expect(page.Locator("#value-errors")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#period").FillAsync("2030-Q4");
        await page.Locator("#value").FillAsync("12");
        await page.Locator("#evidence").FillAsync("Attendance lists of the December trainings");
        await page.Locator("#save-value").ClickAsync();
        await Assertions.Expect(page.Locator("#value-saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#values tr[data-period='2030-Q4']")).ToContainTextAsync("Attendance lists");
        await page.ScreenshotAsync("results-record-value-1280");

        await page.GotoAsync("/results");
        await page.Locator("#add-indicator").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Add an indicator");
        await page.Locator("#save-indicator").ClickAsync();
        await Assertions.Expect(page.Locator("#indicator-errors")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("results-add-indicator-1280");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task MEOfficer_FiltersTheStatisticsDashboard_AndEveryChartHasItsTable()
    {
        var page = await host.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.SignInAsync("me@demo.homeward");
        await page.GotoAsync("/statistics");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Programme dashboard");
        var charts = page.Locator("figure[data-chart]");
        Assert.True(await charts.CountAsync() >= 8);
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var chart = charts.Nth(i);
            if (await chart.Locator("table").CountAsync() == 0) await Assertions.Expect(chart).ToContainTextAsync("No data");
        }
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("statistics-dashboard-1280");

        await page.Locator("#filter-sex").SelectOptionAsync("Female");
        await page.Locator("#filter-every").SelectOptionAsync("Year");
        await page.Locator("#apply-filters").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sex=Female"));
        await Assertions.Expect(page.Locator("#filter-sex")).ToHaveValueAsync("Female");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Dakar office" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Office dashboard: Dakar office");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("office-dashboard-1280");
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task MEOfficer_DownloadsTheDeIdentifiedFollowUpVisits_FromTheDashboard()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("me@demo.homeward");
        await page.GotoAsync("/statistics");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#follow-ups-csv").ClickAsync());
        Assert.Matches("^follow-ups-de-identified-\\d{8}\\.csv$", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("case,returnee,sex,age_group,", lines[0].TrimStart('\uFEFF'));
        // The demo programme's visits: every row under a pseudonym, with a status in words.
        Assert.True(lines.Length > 100, $"{lines.Length} lines");
        Assert.All(lines.Skip(2), l => Assert.Matches("^C-[0-9A-F]{16},P-[0-9A-F]{16},.*,(done|overdue|upcoming),", l));
    }
}
