using Microsoft.Extensions.Logging;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data;
using Homeward.Web.Features.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Infrastructure;

/// <summary>
/// The real Homeward host on a real database with the demo programme seeded. One instance per provider is
/// shared by the whole test assembly; tests create their own records rather than changing shared ones.
/// </summary>
public abstract class HomewardApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public abstract string ProviderName { get; }
    /// <summary>Set when this provider's database is not available here; tests then report themselves skipped.</summary>
    public string? SkipReason { get; protected set; }
    protected abstract string ConnectionString { get; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public virtual ValueTask InitializeAsync()
    {
        StartOnce();
        return ValueTask.CompletedTask;
    }

    /// <summary>Starts the host (migrations and demo seed) once, before tests use it in parallel.</summary>
    protected void StartOnce()
    {
        if (SkipReason is null) _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Serve wwwroot from the build output as `dotnet run` does, outside Development too.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", ProviderName);
        builder.UseSetting("ConnectionStrings:Homeward", ConnectionString);
        builder.UseSetting("Demo:Seed", "true");
        // Tests recompute statistics right after writing the rows they count: no figures kept from a minute ago.
        builder.UseSetting("Statistics:FreshForSeconds", "0");
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrorLog(ProviderName)));
    }

    /// <summary>Skips the calling test, with the reason, when this provider's database is not available.</summary>
    public void RequireAvailable()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
    }

    public HttpClient Anonymous()
    {
        RequireAvailable();
        return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = ClientOptions.BaseAddress });
    }

    /// <summary>An API client signed in with a bearer token as one of the demo accounts.</summary>
    public async Task<HttpClient> SignedInAs(string email)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs work against the database directly, as the system (no user scope).</summary>
    public async Task<T> WithDb<T>(Func<HomewardDbContext, Task<T>> work)
    {
        RequireAvailable();
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<HomewardDbContext>());
    }
}
