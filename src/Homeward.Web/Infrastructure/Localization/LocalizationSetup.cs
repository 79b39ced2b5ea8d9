using Microsoft.AspNetCore.Localization;

namespace Homeward.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddHomewardLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            string[] cultures = [.. Cultures.Supported];
            o.SetDefaultCulture(Cultures.Default).AddSupportedCultures(cultures).AddSupportedUICultures(cultures);
            // The user's choice (a cookie) wins; then the browser's languages.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>`GET /culture?name=fr&amp;returnUrl=/` remembers the language for a year and goes back.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string name, string? returnUrl, HttpContext ctx) =>
        {
            if (!Cultures.Supported.Contains(name)) return Results.BadRequest();
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') ? "/" : returnUrl);
        }).ExcludeFromDescription();
}
