using System.Net.Http.Json;
using Homeward.Domain.Cases;
using Homeward.Web.Features.Referrals;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Web.Tests.Referrals.ReferralSetup;

namespace Homeward.Web.Tests.Referrals;

/// <summary>A referral the partner has not answered within the agreed time is flagged to the case manager, once.</summary>
public abstract class OverdueReferralTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnansweredPastTheResponseTime_IsFlaggedOnceToTheCaseManager_AndListedAsOverdue()
    {
        var setup = await CaseAsync(app);
        var client = await app.SignedInAs(ReferralSetup.CaseManager);
        var id = (await (await client.PostAsJsonAsync($"/api/v1/cases/{setup.CaseId}/referrals", Referral(setup), Ct)).Json()).GetProperty("id").GetGuid();
        await app.WithDb(db => db.Referrals.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.RespondBy, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)), Ct));

        async Task<int> RunAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OverdueReferralPass>().RunAsync(DateTime.UtcNow, Ct);
        }
        Assert.True(await RunAsync() >= 1);
        await RunAsync();

        var notes = await app.WithDb(db => db.Notifications.CountAsync(n => n.Link == $"/referrals/{id}"
            && db.Users.Any(u => u.Id == n.UserId && u.Email == ReferralSetup.CaseManager), Ct));
        Assert.Equal(1, notes);
        Assert.Equal(1, await app.WithDb(db => db.CaseEvents.CountAsync(e => e.CaseId == setup.CaseId && e.Kind == CaseEventKind.Referral && e.Summary.Contains("no answer"), Ct)));
        var overdue = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/referrals?overdue=true", Ct);
        Assert.Contains(overdue.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id && r.GetProperty("isOverdue").GetBoolean());
    }
}

public sealed class OverdueReferralTests_Sqlite(SqliteApp app) : OverdueReferralTests<SqliteApp>(app);
public sealed class OverdueReferralTests_Postgres(PostgresApp app) : OverdueReferralTests<PostgresApp>(app);
