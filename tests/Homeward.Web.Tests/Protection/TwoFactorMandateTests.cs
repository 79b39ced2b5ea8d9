using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Two-factor sign-in required by role. It ends the sessions of a whole role, so these tests run alone, after the
/// parallel ones (<see cref="RoleWideChanges"/>), and put everything back as it was.
/// </summary>
public abstract class TwoFactorMandateTests<TApp>(TApp app) where TApp : HomewardApp
{
    private const string Roles = "/api/v1/users/two-factor-roles";

    [Fact]
    public async Task AMandatedRole_ReachesOnlyTheSetUp_UntilItIsDone()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var communityId = await app.WithDb(db => db.Users.Where(u => u.Email == "community@demo.homeward").Select(u => u.Id).SingleAsync(Ct));
        try
        {
            Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync(Roles, new { roles = new[] { "CommunityOfficer" } }, Ct)).StatusCode);
            Assert.Equal(["CommunityOfficer"], (await GetJsonAsync(admin, Roles)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

            var community = await app.SignedInAs("community@demo.homeward");
            var refused = await community.GetAsync("/api/v1/dashboard", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("two-factor-setup-required", (await refused.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());
            Assert.Equal(HttpStatusCode.OK, (await community.GetAsync("/api/v1/auth/me", Ct)).StatusCode);
            Assert.True((await GetJsonAsync(community, "/api/v1/auth/two-factor")).GetProperty("requiredByRole").GetBoolean());
            var home = await community.GetAsync("/", Ct);
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal("/account/two-factor", home.Headers.Location?.OriginalString);
            var page = await (await community.GetAsync("/account/two-factor", Ct)).Content.ReadAsStringAsync(Ct);
            Assert.Contains("Your role requires two-factor sign-in: set it up to continue.", page);

            var key = (await (await community.PostAsync("/api/v1/auth/two-factor/setup", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("sharedKey").GetString()!;
            (await community.PostAsJsonAsync("/api/v1/auth/two-factor/enable", new { code = Totp.Code(key) }, Ct)).EnsureSuccessStatusCode();
            var login = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email = "community@demo.homeward", password = Features.Demo.DemoAccounts.Password, twoFactorCode = Totp.Code(key) }, Ct);
            login.EnsureSuccessStatusCode();
            var withCode = app.Anonymous();
            withCode.DefaultRequestHeaders.Authorization = new("Bearer", (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString());
            Assert.Equal(HttpStatusCode.OK, (await withCode.GetAsync("/api/v1/dashboard", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await withCode.PostAsync("/api/v1/auth/two-factor/disable", null, Ct)).StatusCode);
        }
        finally
        {
            (await admin.PostAsync($"/api/v1/users/{communityId}/two-factor/reset", null, Ct)).EnsureSuccessStatusCode();
            (await admin.PutAsJsonAsync(Roles, new { roles = Array.Empty<string>() }, Ct)).EnsureSuccessStatusCode();
        }
        var again = await app.SignedInAs("community@demo.homeward");
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/v1/dashboard", Ct)).StatusCode);
    }

    [Fact]
    public async Task AnUnknownRole_Is400NamingRoles_AndChangesNothing()
    {
        var admin = await app.SignedInAs("admin@demo.homeward");
        var response = await admin.PutAsJsonAsync(Roles, new { roles = new[] { "CaseManager", "Supervisor" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("roles", out _));
        Assert.Empty((await GetJsonAsync(admin, Roles)).GetProperty("roles").EnumerateArray());
        var missing = await admin.PutAsJsonAsync(Roles, new { }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAs("casemanager@demo.homeward")).GetAsync("/api/v1/dashboard", Ct)).StatusCode);
    }
}

/// <summary>Tests that end the sessions of every member of a role: they run one at a time, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RoleWideChanges
{
    public const string Name = "Changes a whole role's sign-in";
}

[Collection(RoleWideChanges.Name)]
public sealed class TwoFactorMandateTests_Sqlite(SqliteApp app) : TwoFactorMandateTests<SqliteApp>(app);
[Collection(RoleWideChanges.Name)]
public sealed class TwoFactorMandateTests_Postgres(PostgresApp app) : TwoFactorMandateTests<PostgresApp>(app);
