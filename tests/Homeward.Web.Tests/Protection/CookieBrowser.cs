using System.Net;
using Homeward.Web.Tests.Infrastructure;
using static Homeward.Web.Tests.Infrastructure.PageForms;

namespace Homeward.Web.Tests.Protection;

/// <summary>A client signed in through the sign-in page, holding its cookie like a browser, to read and post the pages.</summary>
public static class CookieBrowser
{
    public static async Task<HttpClient> SignInAsync(HomewardApp app, string email)
    {
        var ct = TestContext.Current.CancellationToken;
        var browser = app.Anonymous();
        var login = await (await browser.GetAsync("/account/login", ct)).Content.ReadAsStringAsync(ct);
        var response = await browser.PostAsync("/account/login", Form("login", ("Input.Email", email), ("Input.Password", Features.Demo.DemoAccounts.Password),
            ("__RequestVerificationToken", Token(login))), ct);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, response.StatusCode.ToString());
        return browser;
    }

    /// <summary>Posts one of the page's forms with the token the page carries; answers the page that comes back.</summary>
    public static async Task<string> PostFormAsync(HttpClient browser, string url, string handler, params (string Name, string Value)[] fields)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await (await browser.GetAsync(url, ct)).Content.ReadAsStringAsync(ct);
        var response = await browser.PostAsync(url, Form(handler, [.. fields, ("__RequestVerificationToken", Token(page))]), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(ct);
    }
}
