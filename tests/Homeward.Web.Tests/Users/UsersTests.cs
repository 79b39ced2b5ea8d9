using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Users;

/// <summary>Accounts: an administrator creates and deactivates them; deactivation ends tokens and sessions at once.</summary>
public abstract class UsersTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Password = "A-long-password-2026";

    private async Task<object> NewCaseManager(string email) => new
    {
        email, displayName = "Ndèye Sarr", role = "CaseManager", password = Password,
        organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(Ct)),
        officeId = await app.WithDb(db => db.Offices.Where(o => o.Name == "Dakar office").Select(o => o.Id).SingleAsync(Ct)),
    };

    private async Task<HttpClient> SignIn(string email)
    {
        var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, Ct);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Deactivating_AnAccount_EndsItsTokenAtOnce_AndRefusesSignIn()
    {
        var email = $"cm-{Guid.NewGuid():N}@demo.homeward";
        var admin = await app.SignedInAs("admin@demo.homeward");
        var created = await admin.PostAsJsonAsync("/api/v1/users", await NewCaseManager(email), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        var user = await SignIn(email);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/v1/dashboard", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/deactivate", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await user.GetAsync("/api/v1/dashboard", Ct)).StatusCode);
        var again = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task CreatingAnAccount_WithBadInput_Is400NamingTheField_AndCreatesNothing()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var before = await app.WithDb(db => db.Users.CountAsync(Ct));
        var organisationId = await app.WithDb(db => db.Organisations.Where(o => o.Name == "Homeward Demo Mission").Select(o => o.Id).SingleAsync(Ct));

        async Task AssertRefused(object body, string field)
        {
            var response = await admin.PostAsJsonAsync("/api/v1/users", body, Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        await AssertRefused(new { email = "not-an-email", displayName = "X", role = "MEOfficer", organisationId, password = Password }, "email");
        await AssertRefused(new { email = "x@demo.homeward", displayName = "X", role = "Superuser", organisationId, password = Password }, "role");
        await AssertRefused(new { email = "x@demo.homeward", displayName = "X", role = "CaseManager", organisationId, password = Password }, "officeId");
        await AssertRefused(new { email = "x@demo.homeward", displayName = "X", role = "MEOfficer", organisationId, password = "short" }, "password");
        Assert.Equal(before, await app.WithDb(db => db.Users.CountAsync(Ct)));

        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", new { email = "me@demo.homeward", displayName = "X", role = "MEOfficer", organisationId, password = Password }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task Accounts_AreForAdministratorsOnly()
    {
        var manager = await app.SignedInAs("manager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/v1/users", Ct)).StatusCode);
        var admin = await app.SignedInAs("admin@demo.homeward");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users", Ct);
        Assert.Contains(list.EnumerateArray(), u => u.GetProperty("email").GetString() == "casemanager@demo.homeward" && u.GetProperty("role").GetString() == "CaseManager");
    }
}

public sealed class UsersTests_Sqlite(SqliteApp app) : UsersTests<SqliteApp>(app);
public sealed class UsersTests_Postgres(PostgresApp app) : UsersTests<PostgresApp>(app);
