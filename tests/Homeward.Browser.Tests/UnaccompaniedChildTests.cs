using Homeward.Domain.Children;
using Homeward.Web.Tests.Caseload;
using Homeward.Web.Tests.Children;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

/// <summary>
/// An unaccompanied child, all through the pages: registered with her guardian, her mother traced and found among Homeward's records,
/// the relationship verified, a best-interests assessment, a determination by a panel approved by the child-protection supervisor, and reunification.
/// </summary>
public sealed class UnaccompaniedChildTests(BrowserHost host)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnUnaccompaniedChild_IsRegistered_Traced_Matched_Verified_Assessed_Determined_Approved_AndReunified()
    {
        var family = await FamilyCases.CreateAsync(host);
        // Her mother returned earlier and has her own case in the office.
        var mother = await TestCases.CreateAsync(host);
        var surname = CaseSetup.UniqueName("Sow");
        await host.WithDb(async db =>
        {
            var p = await db.Persons.SingleAsync(x => x.Id == mother.PersonId, Ct);
            (p.GivenName, p.FamilyName) = ("Khady", surname);
            p.RefreshSearchKeys();
            return await db.SaveChangesAsync(Ct);
        });
        var child = $"/cases/{family.CaseId}/children/{family.Amina}";
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");

        // Registered as unaccompanied, with her appointed guardian.
        await page.GotoAsync(child);
        await page.Locator("summary", new() { HasText = "Register as unaccompanied or separated" }).ClickAsync();
        await page.Locator("#separation-status").SelectOptionAsync("Unaccompanied");
        await page.Locator("#separation-guardianName").FillAsync("Awa Ba");
        await page.Locator("#separation-guardianRelationship").FillAsync("Appointed guardian");
        await page.Locator("#separation-guardianAppointedOn").FillAsync(FamilyCases.Today.ToString("yyyy-MM-dd"));
        await page.Locator("#record-separation").ClickAsync();
        await Assertions.Expect(page.Locator("[data-flag=separation]")).ToContainTextAsync("Unaccompanied");

        // A tracing request: refused without a name, then opened with what is known of her mother.
        await page.Locator("#child-tracing").ClickAsync();
        await Assertions.Expect(page.Locator("#tracing-title")).ToContainTextAsync("Family tracing");
        await page.Locator("#tracing-open-soughtFamilyName").FillAsync(surname);
        await page.Locator("#tracing-open-soughtRelationship").FillAsync("Mother");
        await page.Locator("#open-tracing").ClickAsync();
        await Assertions.Expect(page.Locator("#tracing-open-summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#tracing-open-soughtGivenName-error")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Locator("#tracing-open-soughtGivenName").FillAsync("Khady");
        await page.Locator("#tracing-open-soughtBirthYear").FillAsync("1990");
        await page.Locator("#tracing-open-knownPlaces").FillAsync("Pikine, Dakar");
        await page.Locator("#tracing-open-lastContact").FillAsync("A phone call from Morocco a year ago");
        await page.Locator("#open-tracing").ClickAsync();

        var request = page.Locator("section[data-tracing]");
        await Assertions.Expect(request.Locator("[data-status=Open]")).ToBeVisibleAsync();
        await request.Locator("summary", new() { HasText = "Record an action taken" }).ClickAsync();
        await request.Locator("input[name=actionTaken]").FillAsync("Home visit in Pikine");
        await request.Locator("textarea[name=outcome]").FillAsync("Neighbours know her; she came back last year");
        await request.Locator("[data-record-action]").ClickAsync();
        await Assertions.Expect(request.Locator("[id$=-actions]")).ToContainTextAsync("Home visit in Pikine");

        // Her mother is among the candidates found in Homeward's records, with a score.
        await Assertions.Expect(request.Locator("[id$=-matches]")).ToContainTextAsync(surname);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("tracing-candidates");
        await request.Locator($"[data-pick='{mother.PersonId}']").ClickAsync();
        await Assertions.Expect(request.Locator("[id$=-picked]")).ToContainTextAsync(surname);

        // Reunification is offered only once the relationship is verified and reunification assessed as appropriate.
        await Assertions.Expect(request.Locator("[data-reunify]")).ToHaveCountAsync(0);
        await request.Locator("summary", new() { HasText = "Verify the relationship" }).ClickAsync();
        await request.Locator("input[name=relationshipVerified][value=true]").CheckAsync();
        await request.Locator("textarea[name=verificationNote]").FillAsync("Birth certificate and family photographs");
        await request.Locator("input[name=reunificationAppropriate][value=true]").CheckAsync();
        await request.Locator("textarea[name=assessmentNote]").FillAsync("Safe home; Amina wishes to live with her mother");
        await request.Locator("[data-verify]").ClickAsync();
        await Assertions.Expect(request.Locator("[data-status=RelationshipVerified]")).ToBeVisibleAsync();

        // A short best-interests assessment, with the child heard.
        await page.GotoAsync(child);
        await page.Locator("#bia-short").ClickAsync();
        await page.Locator("#bia-participation-heard").SelectOptionAsync("true");
        await page.Locator("#bia-participation-method").SelectOptionAsync("IndividualConversation");
        await page.Locator("#bia-participation-language").FillAsync("Wolof");
        await page.Locator("#bia-participation-adultPresent").FillAsync("Her guardian");
        await page.Locator("#bia-participation-childViews").FillAsync("Wants to live with her mother and go back to school.");
        foreach (var (field, choice) in ChildrenTests.ShortAnswers) await page.Locator($"#q-{field}-{choice}").CheckAsync();
        await page.Locator("#q-urgent_actions").FillAsync("Prepare the reunification with her mother.");
        await page.Locator("#q-findings").FillAsync("Her mother is found and willing; reunification is in her best interests.");
        await page.Locator("#save-bia").ClickAsync();
        await Assertions.Expect(page.Locator("#bias")).ToContainTextAsync("Short form (urgent)");

        // A determination: a panel of three who sign the undertaking, and its decision.
        await page.Locator("#child-determinations").ClickAsync();
        await page.Locator("#bid-ground").SelectOptionAsync("DurableSolution");
        await page.Locator("#bid-convene").ClickAsync();
        foreach (var (name, function) in new[] { ("Aminata Sy", "Child protection officer"), ("Dr Ndiaye", "Psychologist"), ("Moustapha Fall", "Social worker") })
        {
            await page.Locator("#bid-name").FillAsync(name);
            await page.Locator("#bid-function").FillAsync(function);
            await page.Locator("#bid-add-member").ClickAsync();
            await Assertions.Expect(page.Locator("#bid-panel")).ToContainTextAsync(name);
            await page.Locator($"[data-sign='{name}']").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-sign='{name}']")).ToHaveCountAsync(0);
        }
        await page.Locator("#bid-decision-ReturnAndReintegration").CheckAsync();
        await page.Locator("#bid-reasons").FillAsync("Her mother is traced and verified; the child wishes to live with her.");
        await page.Locator("#bid-decide").ClickAsync();
        await Assertions.Expect(page.Locator("[data-status=Decided]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#bid-approve")).ToHaveCountAsync(0);

        // The child-protection supervisor approves the decision, then records the reunification.
        var supervisor = await host.NewPageAsync();
        await supervisor.SignInAsync("childprotection@demo.homeward");
        await supervisor.GotoAsync($"{child}/determinations");
        await supervisor.Locator("#bid-approve").ClickAsync();
        await Assertions.Expect(supervisor.Locator("[data-status=Approved]")).ToBeVisibleAsync();
        await supervisor.AssertAccessibleAsync();
        await supervisor.ScreenshotAsync("determination-approved");

        await supervisor.GotoAsync($"{child}/tracing");
        var toReunify = supervisor.Locator("section[data-tracing]");
        await toReunify.Locator("summary", new() { HasText = "Record the reunification" }).ClickAsync();
        await toReunify.Locator("input[name=presentAtReunification]").FillAsync("Her mother, her guardian, the case manager");
        await toReunify.Locator("[data-reunify]").ClickAsync();
        await Assertions.Expect(toReunify.Locator("[id$=-place-error]")).ToBeVisibleAsync();
        await supervisor.AssertAccessibleAsync();
        await toReunify.Locator("input[name=place]").FillAsync("Pikine");
        await toReunify.Locator("input[name=presentAtReunification]").FillAsync("Her mother, her guardian, the case manager");
        await toReunify.Locator("textarea[name=travelSupervision]").FillAsync("Escorted by the case manager from Dakar");
        await toReunify.Locator("textarea[name=receptionOnArrival]").FillAsync("Received at home by her mother and the community social worker");
        await toReunify.Locator("[data-reunify]").ClickAsync();

        await Assertions.Expect(toReunify.Locator("[data-status=Reunified]")).ToBeVisibleAsync();
        await Assertions.Expect(toReunify.Locator("[id$=-reunified]")).ToContainTextAsync("Pikine");
        await supervisor.AssertAccessibleAsync();
        await supervisor.AssertPlainWordsAsync();
        await supervisor.ScreenshotAsync("tracing-reunified");
        var saved = await host.WithDb(db => db.FamilyTracings.SingleAsync(t => t.CaseId == family.CaseId, Ct));
        Assert.Equal((mother.PersonId, TracingStatus.Reunified), (saved.MatchedPersonId!.Value, TracingRules.StatusOf(saved)));
        Assert.Equal(DeterminationStatus.Approved, await host.WithDb(db => db.Determinations.Where(d => d.CaseId == family.CaseId).Select(d => d.Status).SingleAsync(Ct)));

        // The children's report, from the supervisor's navigation.
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Children's report" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#children-report-title")).ToBeVisibleAsync();
        await supervisor.AssertAccessibleAsync();
        await supervisor.AssertPlainWordsAsync();
        await supervisor.ScreenshotAsync("children-report");
    }
}
