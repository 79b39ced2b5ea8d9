using Homeward.Domain.Cases;
using Homeward.Web.Tests.Infrastructure;
using Homeward.Web.Tests.Instruments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// A case manager fills the Reintegration Sustainability Survey in French and reads the scores on the case's assessments page;
/// an M&amp;E officer imports a version of an instrument.
/// </summary>
public sealed class InstrumentTests(BrowserHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly (string Field, string Choice)[] Answers =
    [
        ("round", "baseline"),
        // economic = (1×0.75 + 1×0.5 + 0.5×1 + 0.5×0 + 1×0.5 + 0.5×1 + 0.5×0) / 5 = 2.75 / 5 = 0.55
        ("econ_satisfaction", "satisfied"), ("food_reduction", "sometimes"), ("can_borrow", "yes"), ("borrow_frequency", "often"),
        ("debt_vs_spending", "smaller"), ("work_status", "regular"), ("productive_assets", "no"),
        // social = (0.5×0.75 + 0.5×0.5 + 1×1 + 0.5×0.5 + 0.5×1 + 1×1 + 0.5×0.75 + 0.5×0.5) / 5 = 4 / 5 = 0.8
        ("housing_access", "good"), ("housing_quality", "fair"), ("school_age_children", "yes"), ("justice_access", "fair"),
        ("identity_documents", "yes"), ("drinking_water", "very_good"), ("health_access", "good"), ("health_quality", "fair"),
        // psychosocial = (0.5×0.5 + 0.5×1 + 0.5×0.75 + 0.5×1 + 0.5×0.75 + 0.5×0.5 + 0.5×0.5 + 0.5×1 + 1×1) / 5 = 4 / 5 = 0.8
        ("social_participation", "sometimes"), ("support_network", "yes"), ("belonging", "agree"), ("discrimination", "never"),
        ("safety", "agree"), ("family_tension", "sometimes"), ("distress_signs", "sometimes"), ("wants_psych_support", "no"),
        // composite weights equal the weights: (2.75 + 4 + 4) / 15 = 0.7166…
    ];

    [Fact]
    public async Task CaseManager_FillsTheRssInFrench_AndSeesTheScoresOnTheAssessmentsPage()
    {
        var created = await TestCases.CreateAsync(host, CaseStage.Assessment);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}");
        await page.Locator("#case-assessments").ClickAsync();
        await Assertions.Expect(page.Locator("#back-to-case")).ToBeVisibleAsync();
        await page.Locator("a[lang=fr]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

        await page.Locator("a[data-form-id=homeward_rss]").ClickAsync();
        await Assertions.Expect(page.Locator("#instrument-title")).ToContainTextAsync("Enquête sur la durabilité de la réintégration");
        await Assertions.Expect(page.Locator("#weights-note")).ToContainTextAsync("tableau officiel");
        // children_in_school is relevant only once school_age_children is 'yes', and the server decides it on a post.
        await Assertions.Expect(page.Locator("[data-question=children_in_school]")).ToHaveCountAsync(0);
        foreach (var (field, choice) in Answers) await page.Locator($"#q-{field}-{choice}").CheckAsync();
        await page.Locator("#check-answers").ClickAsync();
        await Assertions.Expect(page.Locator("[data-question=children_in_school]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-question=looking_for_job]")).ToHaveCountAsync(0);
        await page.Locator("#q-children_in_school-all").CheckAsync();

        // able_to_stay is required and left unanswered: refused, with the message beside it and in the summary.
        await page.Locator("#save-assessment").ClickAsync();
        await Assertions.Expect(page.Locator("#instrument-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#q-able_to_stay-error")).ToHaveTextAsync("Une réponse est requise.");
        await Assertions.Expect(page.Locator("#q-econ_satisfaction-satisfied")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("rss-form-errors-fr-1280");
        Assert.Equal(0, await host.WithDb(db => db.InstrumentSubmissions.CountAsync(s => s.CaseId == created.CaseId, Ct)));

        await page.Locator("#q-able_to_stay-yes").CheckAsync();
        await page.Locator("#save-assessment").ClickAsync();
        await page.WaitForURLAsync($"**/cases/{created.CaseId}/assessments");

        var table = page.Locator("#rss-table tbody tr").First;
        await Assertions.Expect(table.Locator("td[data-dimension=economic]")).ToHaveTextAsync("0,55");
        await Assertions.Expect(table.Locator("td[data-dimension=social]")).ToHaveTextAsync("0,80");
        await Assertions.Expect(table.Locator("td[data-dimension=psychosocial]")).ToHaveTextAsync("0,80");
        await Assertions.Expect(table.Locator("td[data-dimension=composite]")).ToHaveTextAsync("0,72");
        await Assertions.Expect(page.Locator("#score-chart")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#submissions tbody tr")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("case-assessments-fr-1280");
        await page.SetViewportSizeAsync(360, 800);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("case-assessments-fr-360");
        await page.Locator("a[lang=ar]").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("case-assessments-ar-360");

        await page.Locator("#back-to-case").ClickAsync();
        await Assertions.Expect(page.Locator("#case-title")).ToBeVisibleAsync();
        Assert.Equal(1, await host.WithDb(db => db.Cases.Where(c => c.Id == created.CaseId).Select(c => c.AssessmentCount).SingleAsync(Ct)));

        // The plan template records this first round as the baseline score.
        await page.GotoAsync($"/culture?name=fr&returnUrl={Uri.EscapeDataString($"/cases/{created.CaseId}/plan")}");
        await Assertions.Expect(page.Locator("#baseline-composite")).ToHaveTextAsync("0,72");
    }

    [Fact]
    public async Task MeOfficer_ImportsAWorkbook_SeesEveryFaultOfAFaultyOne_AndTheNewVersionListed()
    {
        var formId = TestForms.NewFormId();
        var faulty = Xlsx.Workbook(
            Xlsx.Table("survey", ["type", "name", "label"], ["rating_scale", "mood", "Mood?"], ["text", "", "No name"]),
            Xlsx.Table("settings", ["form_id", "version"], [formId, "1"]));
        var page = await host.NewPageAsync(360, 800);
        await page.SignInAsync("me@demo.homeward");
        await page.GotoAsync("/instruments");
        await Assertions.Expect(page.Locator("#instrument-versions tr[data-form-id=homeward_rss]")).ToBeVisibleAsync();

        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "faulty.xlsx", MimeType = "application/octet-stream", Buffer = faulty });
        await page.Locator("#import-instrument").ClickAsync();
        await Assertions.Expect(page.Locator("#definition-errors tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#import-file-error")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("instruments-import-errors-360");
        Assert.Equal(0, await host.WithDb(db => db.Instruments.CountAsync(i => i.FormId == formId, Ct)));

        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "survey.xlsx", MimeType = "application/octet-stream", Buffer = TestForms.Scored(formId) });
        await page.Locator("#import-instrument").ClickAsync();
        await Assertions.Expect(page.Locator("#import-done")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#instrument-versions tr[data-form-id={formId}]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CaseManager_AddsAndRemovesHouseholdMembers_InTheFamilySituation()
    {
        var created = await TestCases.CreateAsync(host, CaseStage.Assessment);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{created.CaseId}/assessments/new?instrument=homeward_family_situation");

        await page.Locator("#add-member").ClickAsync();
        await page.Locator("#add-member").ClickAsync();
        await Assertions.Expect(page.Locator("[data-repeat=member]")).ToHaveCountAsync(2);
        await page.Locator("#q-member-0-member_name").FillAsync("Awa");
        await page.Locator("#q-member-0-relationship-child").CheckAsync();
        await page.Locator("#q-member-0-member_age").FillAsync("9");
        await page.Locator("#q-member-1-member_name").FillAsync("Omar");
        await page.Locator("#q-member-1-member_age").FillAsync("130");
        await page.Locator("#check-answers").ClickAsync();
        // A child of 9 is asked about school, not about work; an age of 130 breaks the constraint.
        await Assertions.Expect(page.Locator("#q-member-0-member_in_school")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#q-member-0-member_works")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#q-member-1-member_age-error")).ToHaveTextAsync("Give an age from 0 to 120.");

        await page.Locator("[data-repeat=member][data-instance='1'] button[value='remove:member:1']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-repeat=member]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#q-member-0-member_name")).ToHaveValueAsync("Awa");
        await page.Locator("#q-member-0-member_in_school-yes").CheckAsync();
        await page.Locator("#q-member-0-member_needs_care-no").CheckAsync();
        foreach (var (field, choice) in new[] { ("returned_with_family", "yes"), ("children_apart", "no"), ("main_income", "returnee"), ("family_tension", "no") })
            await page.Locator($"#q-{field}-{choice}").CheckAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#save-assessment").ClickAsync();
        await page.WaitForURLAsync($"**/cases/{created.CaseId}/assessments");
        await Assertions.Expect(page.Locator("#submissions tbody tr")).ToHaveCountAsync(1);
        var answers = await host.WithDb(db => db.InstrumentSubmissions.Where(s => s.CaseId == created.CaseId).Select(s => s.AnswersJson).SingleAsync(Ct));
        var members = Homeward.Web.Features.Instruments.StoredAnswers.FromJson(answers).Repeats["member"];
        Assert.Equal("Awa", Assert.Single(members)["member_name"]);
    }
}
