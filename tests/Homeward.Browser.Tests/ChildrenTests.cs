using Homeward.Domain.Assessments;
using Homeward.Web.Tests.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>A case manager opens a child's own view in a family case, records the child's participation and a short best-interests assessment.</summary>
public sealed class ChildrenTests(BrowserHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Answers to the short best-interests assessment form: the child is safe, cared for by her parents, return in her best interests.</summary>
    internal static readonly (string Field, string Choice)[] ShortAnswers =
    [
        ("immediate_danger", "no"), ("care_arrangement", "parents"), ("care_adequate", "yes"), ("health_needs", "no"), ("in_school", "no"),
        ("return_in_best_interests", "in_best_interests"),
    ];

    [Fact]
    public async Task CaseManager_OpensAChildsView_RecordsTheirParticipation_AndAShortBestInterestsAssessment()
    {
        var family = await FamilyCases.CreateAsync(host);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{family.CaseId}");
        await page.Locator($"a[data-child='{family.Amina}']").ClickAsync();

        await Assertions.Expect(page.Locator("#child-name")).ToContainTextAsync("Amina");
        await Assertions.Expect(page.Locator("#child-age")).ToContainTextAsync("10 years old");
        await Assertions.Expect(page.Locator("#adult-on")).ToContainTextAsync("Turns 18 on");
        await Assertions.Expect(page.Locator("#bia-pending")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Heard, but without saying what the child wants: refused, with the message tied to the field.
        await page.Locator("summary", new() { HasText = "Record the child's participation" }).ClickAsync();
        await page.Locator("#participation-heardOn").FillAsync(FamilyCases.Today.ToString("yyyy-MM-dd"));
        await page.Locator("#participation-step").SelectOptionAsync("Assessment");
        await page.Locator("#participation-heard").SelectOptionAsync("true");
        await page.Locator("#participation-method").SelectOptionAsync("PlayOrDrawing");
        await page.Locator("#participation-language").FillAsync("Wolof");
        await page.Locator("#record-participation").ClickAsync();
        await Assertions.Expect(page.Locator("#participation-childViews-error")).ToContainTextAsync("Write what the child said they want.");
        await Assertions.Expect(page.Locator("#participation-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#participation-childViews").FillAsync("To go back to school with her cousins.");
        await page.Locator("#record-participation").ClickAsync();
        await Assertions.Expect(page.Locator("#participation")).ToContainTextAsync("To go back to school with her cousins.");

        // Registered as separated, with the aunt as the responsible adult.
        await page.Locator("summary", new() { HasText = "Register as unaccompanied or separated" }).ClickAsync();
        await page.Locator("#separation-status").SelectOptionAsync("Separated");
        await page.Locator("#separation-guardianName").FillAsync("Awa Diallo");
        await page.Locator("#separation-guardianRelationship").FillAsync("Aunt");
        await page.Locator("#record-separation").ClickAsync();
        await Assertions.Expect(page.Locator("[data-flag=separation]")).ToContainTextAsync("Separated");
        await Assertions.Expect(page.Locator("#separation")).ToContainTextAsync("Awa Diallo");

        await page.Locator("#bia-short").ClickAsync();
        await Assertions.Expect(page.Locator("#instrument-title")).ToContainTextAsync("Best interests assessment (short form)");
        await page.Locator("#bia-participation-heard").SelectOptionAsync("true");
        await page.Locator("#bia-participation-method").SelectOptionAsync("IndividualConversation");
        await page.Locator("#bia-participation-language").FillAsync("French");
        await page.Locator("#bia-participation-adultPresent").FillAsync("Her mother");
        await page.Locator("#bia-participation-childViews").FillAsync("Wants to stay with her mother and go to school.");
        foreach (var (field, choice) in ShortAnswers) await page.Locator($"#q-{field}-{choice}").CheckAsync();
        // The urgent actions and the summary are required and left empty: refused, with the messages in the summary.
        await page.Locator("#save-bia").ClickAsync();
        await Assertions.Expect(page.Locator("#instrument-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#q-findings-error")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("child-bia-refused");
        Assert.Equal(0, await host.WithDb(db => db.BestInterestsAssessments.CountAsync(b => b.CaseId == family.CaseId, Ct)));

        await page.Locator("#q-urgent_actions").FillAsync("School enrolment before the term starts.");
        await page.Locator("#q-findings").FillAsync("Safe with her mother; school enrolment is the priority.");
        await page.Locator("#save-bia").ClickAsync();

        await Assertions.Expect(page.Locator("#bias")).ToContainTextAsync("Short form (urgent)");
        await Assertions.Expect(page.Locator("#bias [data-finding=InBestInterests]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bia-pending")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#child-assessments")).ToContainTextAsync("Best interests assessment");
        await page.AssertAccessibleAsync();
        await page.AssertPlainWordsAsync();
        await page.ScreenshotAsync("child-view");
        Assert.Equal(1, await host.WithDb(db => db.Assessments.CountAsync(a => a.CaseId == family.CaseId && a.PersonId == family.Amina && a.Kind == AssessmentKind.BestInterests, Ct)));
    }

    [Fact]
    public async Task CaseManager_ConvenesADeterminationPanel_MembersSignTheUndertaking_AndThePanelDecides()
    {
        var family = await FamilyCases.CreateAsync(host);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/cases/{family.CaseId}/children/{family.Amina}");
        await page.Locator("#child-determinations").ClickAsync();
        await page.Locator("#bid-ground").SelectOptionAsync("DurableSolution");
        await page.Locator("#bid-convene").ClickAsync();
        foreach (var (name, function) in new[] { ("Aminata Sy", "Child protection officer"), ("Dr Ndiaye", "Psychologist"), ("Moustapha Fall", "Social worker") })
        {
            await page.Locator("#bid-name").FillAsync(name);
            await page.Locator("#bid-function").FillAsync(function);
            await page.Locator("#bid-add-member").ClickAsync();
            await Assertions.Expect(page.Locator("#bid-panel")).ToContainTextAsync(name);
        }
        await page.Locator("[data-sign='Aminata Sy']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-sign='Aminata Sy']")).ToHaveCountAsync(0);

        // Two members have not signed: the decision is refused, naming what is missing.
        await page.Locator("#bid-decision-LocalIntegration").CheckAsync();
        await page.Locator("#bid-reasons").FillAsync("Her family cannot be traced yet; she is settled with a foster family.");
        await page.Locator("#bid-decide").ClickAsync();
        await Assertions.Expect(page.Locator("#bid-summary")).ToContainTextAsync("confidentiality undertaking");
        await page.AssertAccessibleAsync();

        await page.Locator("[data-sign='Dr Ndiaye']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-sign='Dr Ndiaye']")).ToHaveCountAsync(0);
        await page.Locator("[data-sign='Moustapha Fall']").ClickAsync();
        await Assertions.Expect(page.Locator("[data-sign='Moustapha Fall']")).ToHaveCountAsync(0);
        await page.Locator("#bid-decision-LocalIntegration").CheckAsync();
        await page.Locator("#bid-reasons").FillAsync("Her family cannot be traced yet; she is settled with a foster family.");
        await page.Locator("#bid-decide").ClickAsync();
        await Assertions.Expect(page.Locator("[data-status=Decided]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bid-decided")).ToContainTextAsync("Local integration");
        await page.AssertAccessibleAsync();
        await page.AssertPlainWordsAsync();
        await page.ScreenshotAsync("child-determination");
    }
}
