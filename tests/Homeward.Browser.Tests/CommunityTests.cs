using Homeward.Domain.Cases;
using Homeward.Web.Tests.Communities;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

public sealed class CommunityTests(BrowserHost host)
{
    [Fact]
    public async Task OfficerFindsAHighReturnCommunity_ProfilesIt_StartsAProject_AndTheCaseManagerAddsTheirReturnee()
    {
        var place = await CommunitySetup.NewPlaceAsync(host);
        var placeName = await host.WithDb(db => db.Locations.Where(l => l.Id == place).Select(l => l.Name).SingleAsync());
        await CommunitySetup.ReturnsAsync(host, place, Enumerable.Range(1, 12).Select(d => CommunitySetup.Today.AddDays(-3 * d)));
        var returnee = await TestCases.CreateAsync(host, CaseStage.Implementation);
        var reference = await host.WithDb(db => db.Cases.Where(c => c.Id == returnee.CaseId).Select(c => c.Reference).SingleAsync());

        // The community officer finds the place among the high-return communities, proposed for profiling.
        var page = await host.NewPageAsync();
        await page.SignInAsync("community@demo.homeward");
        await page.GotoAsync("/communities?level=District");
        var row = page.Locator($"#ranking tr[data-community='{placeName}']");
        await Assertions.Expect(row.Locator("[data-returns]")).ToHaveTextAsync("12");
        await Assertions.Expect(row.Locator("[data-proposed]")).ToHaveTextAsync("Proposed for profiling");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("communities-ranking");

        // They profile it.
        await row.GetByRole(AriaRole.Link, new() { Name = "Profile this community" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Profile a community");
        Assert.Equal(placeName, await page.Locator("#name").InputValueAsync());
        await page.Locator("#population").FillAsync("-4");
        await page.Locator("#save-profile").ClickAsync();
        await Assertions.Expect(page.Locator("#population-error")).ToContainTextAsync("The population cannot be negative.");
        await page.AssertAccessibleAsync();
        await page.Locator("#population").FillAsync("6000");
        await page.Locator("#needs").FillAsync("Jobs for young people; a cold store for the market.");
        await page.Locator("#tensions").FillAsync("Some resentment over assistance given to returnees only.");
        await page.Locator("#profiledOn").FillAsync(CommunitySetup.Today.AddDays(-2).ToString("yyyy-MM-dd"));
        await page.Locator("#profileMethod").FillAsync("Focus groups and a community meeting");
        await page.Locator("#localInterest").SelectOptionAsync("Met");
        await page.Locator("#save-profile").ClickAsync();
        await Assertions.Expect(page.Locator("#profile-done")).ToHaveTextAsync("The profile was saved.");
        await Assertions.Expect(page.Locator("#conditions [data-condition='EnoughRecentReturnees']")).ToHaveAttributeAsync("data-judgement", "Met");
        await Assertions.Expect(page.Locator("#conditions [data-condition='LocalInterest']")).ToHaveAttributeAsync("data-judgement", "Met");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("community-profile");

        // They start a project there.
        await page.Locator("#new-project").ClickAsync();
        await page.Locator("#title").FillAsync("Market garden");
        await page.Locator("#type").SelectOptionAsync("ReturneesAndNonMigrants");
        await page.Locator("#dimension").SelectOptionAsync("Economic");
        await page.Locator("#sector").FillAsync("Agriculture");
        await page.Locator("#objectives").FillAsync("Returnees and neighbours grow and sell vegetables together.");
        await page.Locator("#budget").FillAsync("9000");
        await page.Locator("#startOn").FillAsync(CommunitySetup.Today.AddDays(-7).ToString("yyyy-MM-dd"));
        await page.Locator("#endOn").FillAsync(CommunitySetup.Today.AddDays(-8).ToString("yyyy-MM-dd"));
        await page.Locator("#save-project").ClickAsync();
        await Assertions.Expect(page.Locator("#endOn-error")).ToContainTextAsync("The end date cannot be before the start date.");
        await page.Locator("#endOn").FillAsync(CommunitySetup.Today.AddDays(200).ToString("yyyy-MM-dd"));
        await page.Locator("#save-project").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Market garden");
        var projectUrl = page.Url.Split('?')[0];

        // Non-migrants are counted; the officer cannot reach a returnee's case.
        await page.Locator("#nmSex").SelectOptionAsync("Female");
        await page.Locator("#nmAgeGroup").SelectOptionAsync("From25To59");
        await page.Locator("#nmCount").FillAsync("8");
        await page.Locator("#save-non-migrants").ClickAsync();
        await Assertions.Expect(page.Locator("#participant-counts")).ToContainTextAsync("8");
        await page.Locator("#caseReference").FillAsync(reference);
        await page.Locator("#add-returnee").ClickAsync();
        await Assertions.Expect(page.Locator("#caseReference-error")).ToHaveTextAsync("No case with this reference is visible to you.");
        await page.AssertAccessibleAsync();

        // The returnee's case manager adds them; it shows on the returnee's plan.
        var caseManager = await host.NewPageAsync();
        await caseManager.SignInAsync("casemanager@demo.homeward");
        await caseManager.GotoAsync(projectUrl);
        await caseManager.Locator("#caseReference").FillAsync(reference);
        await caseManager.Locator("#role").FillAsync("Treasurer");
        await caseManager.Locator("#add-returnee").ClickAsync();
        await Assertions.Expect(caseManager.Locator("#returnee-participants")).ToContainTextAsync(reference);
        await caseManager.AssertAccessibleAsync();
        await caseManager.ScreenshotAsync("community-project");
        await caseManager.GotoAsync($"/cases/{returnee.CaseId}/plan");
        await Assertions.Expect(caseManager.Locator("#case-community-projects")).ToContainTextAsync("Market garden");

        // The officer sees the participant without learning who they are.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#returnee-participants")).ToContainTextAsync("A returnee whose case is outside your scope");
        await Assertions.Expect(page.Locator("#returnee-participants")).Not.ToContainTextAsync(reference);
    }

    [Fact]
    public async Task OfficerMapsAStakeholder_RecordsAnAgreement_AndKeepsTheStructuralRegisters()
    {
        var name = $"Ministry of Labour {Guid.NewGuid():N}"[..27];
        var page = await host.NewPageAsync();
        await page.SignInAsync("community@demo.homeward");
        await page.GotoAsync("/stakeholders/new");
        await page.Locator("#name").FillAsync(name);
        await page.Locator("#save-stakeholder").ClickAsync();
        await Assertions.Expect(page.Locator("#stakeholder-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#sector-error")).ToHaveTextAsync("Say which sector they work in.");
        await page.AssertAccessibleAsync();
        await page.Locator("#sector").FillAsync("Employment");
        await page.Locator("#type").SelectOptionAsync("GovernmentBody");
        await page.Locator("#level").SelectOptionAsync("National");
        await page.Locator("#willingness").SelectOptionAsync("High");
        await page.Locator("#influence").SelectOptionAsync("High");
        await page.Locator("#interest").SelectOptionAsync("Medium");
        await page.Locator("#save-stakeholder").ClickAsync();
        await Assertions.Expect(page.Locator("#priority")).ToHaveTextAsync("Manage closely");

        await page.Locator("#title").FillAsync("Memorandum on referrals");
        await page.Locator("#kind").SelectOptionAsync("MemorandumOfUnderstanding");
        await page.Locator("#dataAccess").FillAsync("Sees referral summaries of consenting returnees only");
        await page.Locator("#add-agreement").ClickAsync();
        await Assertions.Expect(page.Locator("#agreements")).ToContainTextAsync("Memorandum on referrals");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/stakeholders");
        await Assertions.Expect(page.Locator($"#stakeholders tr[data-stakeholder='{name}'] [data-priority]")).ToHaveTextAsync("Manage closely");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("stakeholders");
        foreach (var register in new[] { "/capacity-strengthening", "/coordination", "/policy-work" })
        {
            await page.GotoAsync(register);
            await page.AssertAccessibleAsync();
        }
        await page.Locator("#framework").FillAsync("National reintegration strategy");
        await page.Locator("#kind").SelectOptionAsync("Development");
        await page.Locator("#level").SelectOptionAsync("National");
        await page.Locator("#add-policy").ClickAsync();
        await Assertions.Expect(page.Locator("#policy-work")).ToContainTextAsync("National reintegration strategy");
        await page.AssertAccessibleAsync();
    }
}
