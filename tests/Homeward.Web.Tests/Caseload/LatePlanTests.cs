using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Domain.Cases;
using Homeward.Domain.Plans;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Web.Tests.Caseload;

/// <summary>
/// The caseload's late-plan filter reads a date stored on the case: it must follow the case's changes and the
/// programme's plan deadline. The class changes the deadline, so it runs with the serial test classes, never beside a
/// test that reads it, and puts it back.
/// </summary>
public abstract class LatePlanTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => CaseSetup.Today;

    private async Task<List<Guid>> LateAsync(string name)
    {
        var client = await app.SignedInAs("casemanager@demo.homeward");
        var response = await client.GetAsync($"/api/v1/cases?q={name}&latePlan=true", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order().ToList();
    }

    private Task<int> DeadlineAsync() => app.WithDb(db => db.ProgrammeSettings.Select(s => s.PlanDeadlineDays).SingleAsync(Ct));

    private Task SetDeadlineAsync(int days) => app.WithDb(async db =>
    {
        (await db.ProgrammeSettings.SingleAsync(Ct)).PlanDeadlineDays = days;
        return await db.SaveChangesAsync(Ct);
    });

    /// <summary>Every stored date of these cases is the one the rule gives for the current deadline.</summary>
    private async Task AssertStoredDatesFollowTheRuleAsync(IEnumerable<Guid> ids)
    {
        var deadline = await DeadlineAsync();
        var list = ids.ToList();
        var cases = await app.WithDb(db => db.Cases.IgnoreQueryFilters().Where(c => list.Contains(c.Id)).AsNoTracking().ToListAsync(Ct));
        Assert.Equal(list.Count, cases.Count);
        Assert.All(cases, c => Assert.Equal(PlanDeadline.LateFrom(c.ReturnDate, c.PlanAgreedOn, c.Stage, deadline), c.PlanLateFrom));
    }

    [Fact]
    public async Task ChangingTheDeadline_RecomputesWhichCasesAreLate_InEveryOffice()
    {
        var deadline = await DeadlineAsync();
        var name = CaseSetup.UniqueName();
        var noPlanLate = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline - 5), stage: CaseStage.Planning);
        var agreedLate = await CaseSetup.CreateAsync(app, name, c => c.PlanAgreedOn = c.ReturnDate.AddDays(deadline + 2), CaseStage.Implementation, returnDate: Today.AddDays(-deadline - 60));
        var agreedInTime = await CaseSetup.CreateAsync(app, name, c => c.PlanAgreedOn = c.ReturnDate.AddDays(deadline - 1), CaseStage.Implementation, returnDate: Today.AddDays(-deadline - 60));
        var notYetDue = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline + 3), stage: CaseStage.Planning);
        var closedWithoutPlan = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline - 5), stage: CaseStage.Closed);
        // Another office's case: outside the caller's data scope, it must be recomputed all the same.
        var erbil = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline + 3), stage: CaseStage.Planning, office: "Erbil office");
        Guid[] all = [noPlanLate, agreedLate, agreedInTime, notYetDue, closedWithoutPlan, erbil];

        Assert.Equal(new[] { noPlanLate, agreedLate }.Order(), await LateAsync(name));
        try
        {
            await SetDeadlineAsync(deadline + 10);
            Assert.Empty(await LateAsync(name));
            await AssertStoredDatesFollowTheRuleAsync(all);

            await SetDeadlineAsync(deadline - 10);
            Assert.Equal(new[] { noPlanLate, agreedLate, agreedInTime, notYetDue }.Order(), await LateAsync(name));
            await AssertStoredDatesFollowTheRuleAsync(all);
        }
        finally
        {
            await SetDeadlineAsync(deadline);
        }
        Assert.Equal(new[] { noPlanLate, agreedLate }.Order(), await LateAsync(name));
        await AssertStoredDatesFollowTheRuleAsync(all);
    }

    [Fact]
    public async Task AgreeingClosingOrMovingTheReturnDate_KeepsTheLateDateInStep()
    {
        var deadline = await DeadlineAsync();
        var name = CaseSetup.UniqueName();
        var agreed = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline - 5), stage: CaseStage.Planning);
        var closed = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline - 5), stage: CaseStage.Planning);
        var moved = await CaseSetup.CreateAsync(app, name, returnDate: Today.AddDays(-deadline + 3), stage: CaseStage.Planning);
        Assert.Equal(new[] { agreed, closed }.Order(), await LateAsync(name));

        await app.WithDb(async db =>
        {
            var cases = await db.Cases.Where(c => c.Id == agreed || c.Id == closed || c.Id == moved).ToDictionaryAsync(c => c.Id, Ct);
            // Agreed within the deadline: no longer late. Closed without a plan: waits for none. Returned earlier: now late.
            cases[agreed].PlanAgreedOn = cases[agreed].ReturnDate.AddDays(deadline);
            cases[closed].Stage = CaseStage.Closed;
            cases[moved].ReturnDate = Today.AddDays(-deadline - 1);
            return await db.SaveChangesAsync(Ct);
        });

        Assert.Equal([moved], await LateAsync(name));
        await AssertStoredDatesFollowTheRuleAsync([agreed, closed, moved]);
    }
}

[Collection(CaseDataCollection.Name)]
public sealed class LatePlanTests_Sqlite(SqliteApp app) : LatePlanTests<SqliteApp>(app);
[Collection(CaseDataCollection.Name)]
public sealed class LatePlanTests_Postgres(PostgresApp app) : LatePlanTests<PostgresApp>(app);
