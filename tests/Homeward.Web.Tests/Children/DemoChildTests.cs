using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Web.Features.Demo;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Children.FamilyCases;

namespace Homeward.Web.Tests.Children;

/// <summary>The demo programme lets someone walk an unaccompanied child through: the case is there, and a supervisor holds the child-protection permission.</summary>
public abstract class DemoChildTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task TheChildProtectionSupervisor_SeesTheDemoChildsTracing_AndItsCandidateMother()
    {
        var (caseId, childId) = await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Reference == DemoUnaccompaniedChild.Reference, Ct);
            return (c.Id, c.PrincipalPersonId);
        });
        var supervisor = await app.SignedInAs("childprotection@demo.homeward");

        var me = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/auth/me", Ct);
        Assert.Contains("ProgrammeManager", me.ToString());
        var overview = await supervisor.GetFromJsonAsync<JsonElement>(Child(caseId, childId, "/tracing"), Ct);
        Assert.False(overview.GetProperty("contentWithheld").GetBoolean());
        Assert.Equal("Unaccompanied", overview.GetProperty("separation").GetProperty("status").GetString());
        var request = Assert.Single(overview.GetProperty("requests").EnumerateArray());
        var matches = await supervisor.GetFromJsonAsync<JsonElement>(Child(caseId, childId, $"/tracing/{request.GetProperty("id").GetGuid()}/matches"), Ct);
        Assert.Contains(matches.EnumerateArray(), m => m.GetProperty("givenName").GetString() == "Khady" && m.GetProperty("caseReference").GetString() == "HW-SN-DEMO-MOT001");
    }
}

public sealed class DemoChildTests_Sqlite(SqliteApp app) : DemoChildTests<SqliteApp>(app);

public sealed class DemoChildTests_Postgres(PostgresApp app) : DemoChildTests<PostgresApp>(app);
