using Homeward.Web.Components;
using Homeward.Web.Features;
using Homeward.Web.Features.Account;
using Homeward.Web.Features.Demo;
using Homeward.Web.Infrastructure.Api;
using Homeward.Web.Infrastructure.Auth;
using Homeward.Web.Infrastructure.Database;
using Homeward.Web.Infrastructure.Errors;
using Homeward.Web.Infrastructure.Forms;
using Homeward.Web.Infrastructure.Localization;

namespace Homeward.Web.Infrastructure;

/// <summary>Homeward's wiring, so that Program.cs reads as a table of contents.</summary>
public static class HomewardHost
{
    public static void AddHomewardServices(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddHomewardDatabase(builder.Configuration, builder.Environment);
        services.AddHomewardAuth();
        services.AddHomewardLocalization();
        services.AddHomewardProblems();
        services.AddHomewardApi();
        services.AddHomewardFeatures();
        services.AddHomewardDataProtection(builder.Configuration);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Arabic and accented text is written as characters, not numeric entities: pages stay light.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddPageCompression();
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(o => o.Cookie.Name = "homeward.antiforgery");
    }

    public static void UseHomewardPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseHomewardErrors();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        // Explicit, so that status-code pages re-executed by the error handling are routed again.
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseActiveAccountCheck();
        app.UseBreakGlassGrants();
        app.UseOutOfScopeAudit();
        app.UseTwoFactorMandate();
        app.UseAuthorization();
        app.UseIdempotencyKeys();
        app.UseFormIdempotency();
        app.UseAntiforgery();
    }

    public static void MapHomewardEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health");
        app.MapCultureSwitch();
        app.MapHomewardApi();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>();
    }
}
