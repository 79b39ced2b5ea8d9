using Homeward.Domain.Cases;
using Homeward.Web.Tests.Caseload;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// The promise, in the browser alone: a case manager takes a new returnee from registration to closure;
/// the supervisor approves the large budget line and the closure. In English, French and Arabic, on a phone and on a
/// desktop, with an accessibility check of each page on the way; the steps find controls by id, never by their words.
/// </summary>
public sealed class FullCycleTests(BrowserHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd");
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static TheoryData<string, int> LanguagesAndWidths() => new()
    {
        { "en", 1280 }, { "en", 360 }, { "fr", 1280 }, { "fr", 360 }, { "ar", 1280 }, { "ar", 360 },
    };

    private static async Task CheckAsync(IPage page, string step, string language, int width)
    {
        await page.AssertAccessibleAsync();
        await page.AssertFitsTheScreenAsync();
        await page.ScreenshotAsync($"cycle-{step}-{language}-{width}");
    }

    [Theory]
    [MemberData(nameof(LanguagesAndWidths))]
    public async Task CaseManager_TakesAReturneeFromRegistrationToClosure_InTheBrowser(string language, int width)
    {
        var family = CaseSetup.UniqueName("Kouma");
        var page = await host.NewPageAsync(width, 900, language);
        var supervisor = await host.NewPageAsync(width, 900, language);
        await page.SignInAsync("casemanager@demo.homeward");
        await supervisor.SignInAsync("manager@demo.homeward");

        // Registration.
        await page.Locator("#register-returnee").ClickAsync();
        await page.Locator("#principal-givenName").FillAsync("Rokhaya");
        await page.Locator("#principal-familyName").FillAsync(family);
        await page.Locator("#principal-sex").SelectOptionAsync("Female");
        await page.Locator("#principal-dateOfBirth").FillAsync("1993-07-02");
        await page.Locator("#hostCountry").FillAsync("Morocco");
        await page.Locator("#returnDate").FillAsync(Day(Today.AddDays(-20)));
        await page.Locator("#returnType").SelectOptionAsync("VoluntaryAssisted");
        await page.Locator("#returnLocationId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#consent-CaseManagement").CheckAsync();
        await page.Locator("#consent-ReferralToPartners").CheckAsync();
        await CheckAsync(page, "register", language, width);
        await page.Locator("button.btn-primary[value=register]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/cases/") && !url.Contains("/register"));
        var caseId = Guid.Parse(new Uri(page.Url).Segments.Last());
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Registered");

        // Assessment, then planning.
        await page.Locator("#move-to-Assessment").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Assessment");
        await page.Locator("details:has(#record-assessment) > summary").ClickAsync();
        await page.Locator("#assessment-kind").SelectOptionAsync("SkillsAndCapacities");
        await page.Locator("#assessment-conductedOn").FillAsync(Day(Today));
        await page.Locator("#assessment-findings").FillAsync("Hairdresser for six years in Casablanca.");
        await page.Locator("#record-assessment").ClickAsync();
        await Assertions.Expect(page.Locator("#assessments li")).ToHaveCountAsync(1);
        await page.Locator("#move-to-Planning").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Planning");
        await CheckAsync(page, "case", language, width);

        // The plan: one activity, a line within the limit and one above it; agreed with the returnee.
        await page.GotoAsync($"/cases/{caseId}/plan");
        await page.Locator("#goals").FillAsync("Open a hair salon.");
        await page.Locator("#activities-0-assistanceType").SelectOptionAsync("IndividualMicroBusiness");
        await page.Locator("#activities-0-description").FillAsync("Equip and open the salon");
        await page.Locator("#budgetLines-0-description").FillAsync("Salon chairs and dryers");
        await page.Locator("#budgetLines-0-dimension").SelectOptionAsync("Economic");
        await page.Locator("#budgetLines-0-estimatedCost").FillAsync("900");
        await page.Locator("#add-line").ClickAsync();
        await page.Locator("#budgetLines-1-description").FillAsync("Hair products");
        await page.Locator("#budgetLines-1-dimension").SelectOptionAsync("Economic");
        await page.Locator("#budgetLines-1-estimatedCost").FillAsync("200");
        await page.Locator("#save-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-done")).ToBeVisibleAsync();
        await page.Locator("#agreementMethod").SelectOptionAsync("Signed");
        await page.Locator("#agree-plan").ClickAsync();
        await Assertions.Expect(page.Locator("#agree-form")).ToHaveCountAsync(0);
        await CheckAsync(page, "plan", language, width);

        // The supervisor approves the line above the limit.
        await supervisor.GotoAsync($"/cases/{caseId}/plan");
        await CheckAsync(supervisor, "plan-approval", language, width);
        await supervisor.Locator("tr[data-line='Salon chairs and dryers'] button[value^='approve:']").ClickAsync();
        await Assertions.Expect(supervisor.Locator("tr[data-line='Salon chairs and dryers'] [data-approval]")).ToHaveAttributeAsync("data-approval", "Approved");

        // Implementation: the equipment is delivered in kind.
        await page.GotoAsync($"/cases/{caseId}");
        await page.Locator("#move-to-Implementation").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Implementation");
        await page.GotoAsync($"/cases/{caseId}/assistance");
        var line = await page.Locator("#budgetLineId option", new() { HasText = "Salon chairs and dryers" }).GetAttributeAsync("value");
        await page.Locator("#budgetLineId").SelectOptionAsync(line!);
        await page.Locator("#amount").FillAsync("900");
        await page.Locator("#deliveryMethod").SelectOptionAsync("InKind");
        await page.Locator("#goods").FillAsync("Two chairs, one dryer");
        await page.Locator("#supplier").FillAsync("Dakar Coiffure Supplies");
        await page.Locator("#record-delivery").ClickAsync();
        await Assertions.Expect(page.Locator("#delivery-done")).ToBeVisibleAsync();
        await CheckAsync(page, "assistance", language, width);

        // Monitoring: the first follow-up visit.
        await page.GotoAsync($"/cases/{caseId}");
        await page.Locator("#move-to-Monitoring").ClickAsync();
        await Assertions.Expect(page.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Monitoring");
        await page.GotoAsync($"/cases/{caseId}/follow-ups");
        await page.Locator("#doneOn").FillAsync(Day(Today));
        await page.Locator("#mode-InPerson").CheckAsync();
        await page.Locator("#economicFindings").FillAsync("The salon opened last week; first regular clients.");
        await page.Locator("#record-visit").ClickAsync();
        await Assertions.Expect(page.Locator("#recorded")).ToBeVisibleAsync();
        await CheckAsync(page, "follow-ups", language, width);

        // Closure, asked by the case manager and approved by the supervisor.
        await page.GotoAsync($"/cases/{caseId}");
        await page.Locator("details:has(#close-case) > summary").ClickAsync();
        await page.Locator("#close-reason").SelectOptionAsync("SupportPeriodEnded");
        await page.Locator("#close-note").FillAsync("Plan completed; the salon is running.");
        await Assertions.Expect(page.Locator("#close-reason")).ToBeVisibleAsync();
        await page.Locator("#close-case").ClickAsync();
        await CheckAsync(page, "close-confirm", language, width);
        await page.Locator("#close-confirm-yes").ClickAsync();
        await Assertions.Expect(page.Locator("[data-flag=pending-closure]")).ToBeVisibleAsync();
        await supervisor.GotoAsync($"/cases/{caseId}");
        await supervisor.Locator("#approve-closure").ClickAsync();
        await Assertions.Expect(supervisor.Locator("#case-stage")).ToHaveAttributeAsync("data-stage", "Closed");
        await CheckAsync(supervisor, "closed", language, width);
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await supervisor.Locator("html").GetAttributeAsync("dir"));

        var kinds = await host.WithDb(db => db.CaseEvents.Where(e => e.CaseId == caseId).Select(e => e.Kind).ToListAsync(Ct));
        foreach (var kind in new[] { CaseEventKind.Registered, CaseEventKind.AssessmentRecorded, CaseEventKind.PlanAgreed, CaseEventKind.AssistanceDelivered, CaseEventKind.FollowUpRecorded, CaseEventKind.ClosureApproved })
            Assert.Contains(kind, kinds);
    }
}
