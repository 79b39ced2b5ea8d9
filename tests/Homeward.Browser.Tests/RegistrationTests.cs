using System.Text.RegularExpressions;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Homeward.Browser.Tests;

public sealed partial class RegistrationTests(BrowserHost host)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd");

    /// <summary>"Mamadou" written "Maamadou": another spelling with the same phonetic key.</summary>
    private static string Variant(string name)
    {
        var vowel = name.IndexOfAny("aeiou".ToCharArray(), 1);
        return name.Insert(vowel, name[vowel].ToString());
    }

    [Fact]
    public async Task CaseManager_RegistersAReturneeWithAChild_MeetsALikelyDuplicate_OverridesIt_AndLandsOnTheCase()
    {
        // A demo returnee registered again under another spelling of their given name, with the same birth year.
        var existing = await host.WithDb(db => db.Persons
            .Where(p => p.Relationship == HouseholdRelationship.Principal && p.DateOfBirth != null && p.Sex == Sex.Male)
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).FirstAsync());
        var given = Variant(existing.GivenName);
        Assert.Equal(NameKey.For(existing.GivenName), NameKey.For(given));

        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.Locator("#register-returnee").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Register a returnee");
        await page.AssertAccessibleAsync();

        await page.Locator("#principal-givenName").FillAsync(given);
        await page.Locator("#principal-familyName").FillAsync(existing.FamilyName);
        await page.Locator("#principal-sex").SelectOptionAsync("Male");
        await page.Locator("#principal-dateOfBirth").FillAsync(Day(existing.DateOfBirth!.Value));
        await page.Locator("#principal-phone").FillAsync("+221 77 123 45 67");
        await page.Locator("#hostCountry").FillAsync("Libya");
        await page.Locator("#returnType").SelectOptionAsync("VoluntaryAssisted");
        await page.Locator("#returnLocationId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#consent-CaseManagement").CheckAsync();
        await page.Locator("#consent-ReferralToPartners").CheckAsync();
        await page.Locator("#interpreterUsed").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add household member" }).ClickAsync();
        await page.Locator("#householdMembers-0-givenName").FillAsync("Awa");
        await page.Locator("#householdMembers-0-familyName").FillAsync(existing.FamilyName);
        await page.Locator("#householdMembers-0-relationship").SelectOptionAsync("Child");
        await page.Locator("#householdMembers-0-dateOfBirth").FillAsync("2018-04-04");
        Assert.Equal(given, await page.Locator("#principal-givenName").InputValueAsync());

        // Without a return date the form comes back with the error at the top and next to the field, nothing lost.
        await page.Locator("button.btn-primary[value=register]").ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Enter the return date.");
        await Assertions.Expect(page.Locator("#returnDate-error")).ToHaveTextAsync("Enter the return date.");
        Assert.Equal("true", await page.Locator("#returnDate").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Awa", await page.Locator("#householdMembers-0-givenName").InputValueAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-errors-1280");

        await page.Locator("#returnDate").FillAsync(Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5)));
        await page.Locator("button.btn-primary[value=register]").ClickAsync();

        var duplicates = page.Locator("#duplicates");
        await Assertions.Expect(duplicates).ToContainTextAsync($"{existing.GivenName} {existing.FamilyName}");
        await Assertions.Expect(duplicates.Locator(".duplicate-score").First).ToContainTextAsync("%");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-duplicates-1280");

        // Asking to register as someone else without a reason is refused next to the reason.
        await page.Locator("button[value=override]").ClickAsync();
        await Assertions.Expect(page.Locator("#duplicateOverrideReason-error")).ToContainTextAsync("Say why the returnee is a different person");

        const string reason = "Different father's name and village; the returnee showed a new passport.";
        await page.Locator("#duplicateOverrideReason").FillAsync(reason);
        await page.Locator("button[value=override]").ClickAsync();
        await page.WaitForURLAsync(CaseUrl());

        var caseId = Guid.Parse(CaseUrl().Match(page.Url).Groups[1].Value);
        await host.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == caseId);
            var persons = await db.Persons.Where(p => p.HouseholdId == c.HouseholdId).ToListAsync();
            var principal = Assert.Single(persons, p => p.Id == c.PrincipalPersonId);
            Assert.NotEqual(existing.Id, principal.Id);
            Assert.Equal((given, existing.FamilyName, "+221 77 123 45 67"), (principal.GivenName, principal.FamilyName, principal.Phone));
            var child = Assert.Single(persons, p => p.Relationship == HouseholdRelationship.Child);
            Assert.Equal(("Awa", new DateOnly(2018, 4, 4)), (child.GivenName, child.DateOfBirth!.Value));
            Assert.Equal(2, await db.Consents.CountAsync(x => x.PersonId == principal.Id && x.InterpreterUsed));
            var registered = await db.CaseEvents.SingleAsync(e => e.CaseId == caseId && e.Kind == CaseEventKind.Registered);
            Assert.Contains(reason, registered.Summary);
            return true;
        });
    }

    [Fact]
    public async Task RegistrationForm_OnAPhone_FitsTheScreen_AndIsAccessible()
    {
        var page = await host.NewPageAsync(360, 740);
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync("/register");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add household member" }).ClickAsync();
        await Assertions.Expect(page.Locator("#householdMembers-0-givenName")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        Assert.False(overflow, "the registration form scrolls sideways on a 360px screen");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-form-360");
    }

    [Fact]
    public async Task ConsentPage_GivesAndWithdrawsConsent()
    {
        var created = await Web.Tests.Infrastructure.TestCases.CreateAsync(host, consentToReferral: false);
        var page = await host.NewPageAsync();
        await page.SignInAsync("casemanager@demo.homeward");
        await page.GotoAsync($"/persons/{created.PersonId}/consents");
        await page.AssertAccessibleAsync();

        await page.Locator("#give-purpose").SelectOptionAsync("AnonymisedStatistics");
        await page.Locator("#give-method").SelectOptionAsync("Verbal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.Locator("#consent-done")).ToContainTextAsync("Consent recorded.");
        await Assertions.Expect(page.Locator("tr[data-purpose=AnonymisedStatistics] .consent-state")).ToContainTextAsync("Given");

        // Withdrawing asks again first; nothing is withdrawn until it is confirmed.
        await page.Locator("tr[data-purpose=AnonymisedStatistics] button").ClickAsync();
        await Assertions.Expect(page.Locator("#withdraw-confirm")).ToContainTextAsync("The withdrawal takes effect at once.");
        await Assertions.Expect(page.Locator("tr[data-purpose=AnonymisedStatistics] .consent-state")).ToContainTextAsync("Given");
        await page.Locator("#withdraw-confirm-yes").ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-purpose=AnonymisedStatistics] .consent-state")).ToContainTextAsync("Withdrawn");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("consents-1280");
        var withdrawn = await host.WithDb(db => db.Consents.SingleAsync(c => c.PersonId == created.PersonId && c.Purpose == Domain.Consent.ConsentPurpose.AnonymisedStatistics));
        Assert.NotNull(withdrawn.WithdrawnAt);
    }

    [GeneratedRegex(@"/cases/([0-9a-f-]{36})$")]
    private static partial Regex CaseUrl();
}
