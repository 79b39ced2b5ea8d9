using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using Homeward.Data;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests.Foundation;

/// <summary>How Homeward fails: without a stack trace for the user, and fast when its database is missing.</summary>
public sealed class FailureTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A data scope that fails, standing in for any unexpected fault inside a request.</summary>
    private sealed class BrokenScope : IDataScope
    {
        public bool SeesAllCases => throw new InvalidOperationException("Simulated internal fault");
        public Guid? OfficeId => throw new InvalidOperationException("Simulated internal fault");
        public Guid[] GrantedCaseIds => throw new InvalidOperationException("Simulated internal fault");
    }

    [Fact]
    public async Task UnexpectedError_Returns500ProblemWithCorrelationId_AndNoStackTrace()
    {
        await using var broken = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddScoped<IDataScope, BrokenScope>()));
        var client = broken.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "manager@demo.homeward", password = "Homeward-demo-1" }, Ct);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var response = await client.GetAsync("/api/v1/dashboard", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("correlationId").GetString()));
        Assert.DoesNotContain("Simulated internal fault", body);
        Assert.DoesNotContain(" at Homeward", body);
    }

    [Fact]
    public async Task Start_AgainstUnreachablePostgres_FailsFastWithOneClearLine()
    {
        var web = Path.Combine(AppContext.BaseDirectory, "Homeward.Web.dll");
        var start = new ProcessStartInfo("dotnet", [web])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Postgres";
        start.Environment["ConnectionStrings__Homeward"] = "Host=127.0.0.1;Port=1;Database=homeward;Username=homeward;Password=x";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited) process.Kill(entireProcessTree: true);

        Assert.True(exited, "Homeward kept running against a database it cannot reach");
        Assert.Equal(1, process.ExitCode);
        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("cannot reach PostgreSQL at 127.0.0.1:1", lines[0]);
    }
}
