using System.Net;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Infrastructure.PageForms;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>The children's pages as a browser uses them: signed in with the cookie, each form posted with its antiforgery token.</summary>
public static class ChildPages
{
    public static async Task<HttpClient> BrowserAsync(HomewardApp app, string email)
    {
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", Ct)).Content.ReadAsStringAsync(Ct);
        var signedIn = await browser.PostAsync("/account/login", Form("login", ("Input.Email", email), ("Input.Password", DemoAccounts.Password), ("__RequestVerificationToken", Token(login))), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    public static async Task<string> GetAsync(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    /// <summary>Posts one of the page's forms: a redirect when it was saved, the page again (200) with the errors when it was refused.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> PostFormAsync(HttpClient browser, string path, string handler, params (string Name, string Value)[] fields)
    {
        var page = await GetAsync(browser, path);
        var response = await browser.PostAsync(path, Form(handler, [.. fields, ("__RequestVerificationToken", Token(page))]), Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
