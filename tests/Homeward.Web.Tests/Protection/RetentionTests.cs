using System.Net;
using Homeward.Data.Audit;
using Homeward.Domain.Cases;
using Homeward.Domain.People;
using Homeward.Web.Features.FollowUps;
using Homeward.Web.Features.Retention;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>
/// Retention: closed cases past the programme's period (60 months by default) are listed for the officer and anonymised
/// by the nightly job: identifiers removed, quasi-identifiers generalised, what statistics need kept, all audited.
/// </summary>
public abstract class RetentionTests<TApp>(TApp app) where TApp : HomewardApp
{
    [Fact]
    public async Task DueCase_IsListed_ThenAnonymised_KeepingWhatStatisticsNeed()
    {
        var due = await ClosedAsync(monthsAgo: 61);
        var recent = await ClosedAsync(monthsAgo: 59);
        var family = await app.WithDb(db => db.Persons.Where(p => p.Id == due.PersonId).Select(p => p.FamilyName).SingleAsync(Ct));
        var community = await app.WithDb(db => db.Cases.Where(c => c.Id == due.CaseId).Select(c => c.ReturnLocationId).SingleAsync(Ct));
        var district = await app.WithDb(db => db.Locations.Where(l => l.Id == community).Select(l => l.ParentId).SingleAsync(Ct));
        var childId = await AddChildAsync(due.PersonId);
        var lastLine = await app.WithDb(db => db.AuditEntries.MaxAsync(e => e.Sequence, Ct));

        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var listed = (await GetJsonAsync(dpo, "/api/v1/retention/due")).EnumerateArray().ToList();
        Assert.Contains(listed, d => d.GetProperty("caseId").GetGuid() == due.CaseId);
        Assert.DoesNotContain(listed, d => d.GetProperty("caseId").GetGuid() == recent.CaseId);

        var result = await RunPassAsync();
        Assert.True(result.Anonymised >= 1);

        await app.WithDb(async db =>
        {
            var person = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == due.PersonId, Ct);
            Assert.Equal(("Anonymised", "Anonymised"), (person.GivenName, person.FamilyName));
            Assert.All(new[] { person.OtherNames, person.Phone, person.DocumentType, person.DocumentNumber, person.DocumentNumberHash, person.Disability }, Assert.Null);
            Assert.Equal((new DateOnly(1990, 1, 1), true, 1990), (person.DateOfBirth, person.DateOfBirthEstimated, person.BirthYear));
            Assert.Equal(Sex.Female, person.Sex);
            var child = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == childId, Ct);
            Assert.Equal(("Anonymised", new DateOnly(2015, 1, 1)), (child.FamilyName, child.DateOfBirth));

            var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == due.CaseId, Ct);
            Assert.NotNull(c.AnonymisedAt);
            Assert.Equal((CaseStage.Closed, ClosureReason.SupportPeriodEnded, district, null as string), (c.Stage, c.ClosureReason, c.ReturnLocationId, c.MigrationHistory));
            var session = await db.CounsellingSessions.AsNoTracking().SingleAsync(s => s.Id == due.SessionId, Ct);
            Assert.Equal(("Anonymised", null as string, null as string), (session.Attendees, session.Notes, session.GoalsAndMotivations));
            var assessment = await db.Assessments.AsNoTracking().SingleAsync(a => a.Id == due.AssessmentId, Ct);
            Assert.Equal((Domain.Assessments.AssessmentKind.RapidVulnerabilityScreening, null as string), (assessment.Kind, assessment.Findings));
            var visit = await db.FollowUps.AsNoTracking().SingleAsync(v => v.Id == due.VisitId, Ct);
            Assert.Equal((null as string, null as string, Today), (visit.PsychosocialFindings, visit.NextSteps, visit.DoneOn));
            var delivery = await db.AssistanceDeliveries.AsNoTracking().SingleAsync(d => d.Id == due.DeliveryId, Ct);
            Assert.Equal((25m, null as byte[], null as string), (delivery.Amount, delivery.Proof, delivery.ProofFileName));
            var events = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == due.CaseId).ToListAsync(Ct);
            Assert.Contains(events, e => e.Kind == CaseEventKind.Anonymised);
            Assert.DoesNotContain(events, e => e.Summary.Contains(family));

            // Audited, without keeping a copy of what was removed.
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Anonymise && e.EntityId == due.CaseId.ToString(), Ct));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Sequence > lastLine && e.EntityType == "Person" && e.EntityId == due.PersonId.ToString() && e.Action == AuditActions.Update, Ct));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Sequence > lastLine && e.Details != null && e.Details.Contains(family), Ct));

            // The recent case is untouched.
            var kept = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == recent.PersonId, Ct);
            Assert.NotEqual("Anonymised", kept.GivenName);
            Assert.Equal(recent.DocumentNumber, kept.DocumentNumber);
            return true;
        });

        listed = (await GetJsonAsync(dpo, "/api/v1/retention/due")).EnumerateArray().ToList();
        Assert.DoesNotContain(listed, d => d.GetProperty("caseId").GetGuid() == due.CaseId);
        var anonymisedAt = await app.WithDb(db => db.Cases.Where(c => c.Id == due.CaseId).Select(c => c.AnonymisedAt).SingleAsync(Ct));
        await RunPassAsync();
        Assert.Equal(anonymisedAt, await app.WithDb(db => db.Cases.Where(c => c.Id == due.CaseId).Select(c => c.AnonymisedAt).SingleAsync(Ct)));
        var verify = await GetJsonAsync(dpo, "/api/v1/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task OldCase_WhoseReturneeHasAnotherCaseOpen_IsNotDue()
    {
        var old = await ClosedAsync(monthsAgo: 70);
        await app.WithDb(async db =>
        {
            var first = await db.Cases.SingleAsync(c => c.Id == old.CaseId, Ct);
            db.Cases.Add(new Case
            {
                Reference = $"HW-T-{Guid.NewGuid():N}"[..20], PrincipalPersonId = first.PrincipalPersonId, HouseholdId = first.HouseholdId, OfficeId = first.OfficeId,
                HostCountry = "Libya", ReturnDate = Today.AddDays(-20), Stage = CaseStage.Assessment,
            });
            return await db.SaveChangesAsync(Ct);
        });
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        Assert.DoesNotContain((await GetJsonAsync(dpo, "/api/v1/retention/due")).EnumerateArray(), d => d.GetProperty("caseId").GetGuid() == old.CaseId);
        await RunPassAsync();
        Assert.Null(await app.WithDb(db => db.Cases.Where(c => c.Id == old.CaseId).Select(c => c.AnonymisedAt).SingleAsync(Ct)));
    }

    [Fact]
    public async Task DueList_IsForTheDataProtectionOfficerOnly()
    {
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/retention/due", Ct)).StatusCode);
        Assert.Equal(60, await app.WithDb(db => db.ProgrammeSettings.Select(s => s.RetentionMonthsAfterClosure).SingleAsync(Ct)));
    }

    /// <summary>A case with sensitive content, closed this many months ago, with a timeline entry naming the returnee.</summary>
    private async Task<SensitiveCase> ClosedAsync(int monthsAgo)
    {
        var created = await CreateAsync(app);
        await app.WithDb(async db =>
        {
            var c = await db.Cases.SingleAsync(x => x.Id == created.CaseId, Ct);
            var person = await db.Persons.SingleAsync(p => p.Id == created.PersonId, Ct);
            c.Stage = CaseStage.Closed;
            c.ClosureReason = ClosureReason.SupportPeriodEnded;
            c.ClosedAt = DateTime.UtcNow.AddMonths(-monthsAgo);
            c.MigrationHistory = "Left in 2015 through Agadez";
            db.CaseEvents.Add(new CaseEvent { CaseId = c.Id, Kind = CaseEventKind.Registered, Summary = $"Registered {person.FullName} on return from Libya." });
            return await db.SaveChangesAsync(Ct);
        });
        return created;
    }

    private Task<Guid> AddChildAsync(Guid principalId) => app.WithDb(async db =>
    {
        var principal = await db.Persons.SingleAsync(p => p.Id == principalId, Ct);
        var child = new Person
        {
            GivenName = "Mariama", FamilyName = principal.FamilyName, HouseholdId = principal.HouseholdId, Relationship = HouseholdRelationship.Child,
            DateOfBirth = new DateOnly(2015, 6, 12), Phone = "+221 70 000 00 00",
        };
        child.RefreshSearchKeys();
        db.Persons.Add(child);
        await db.SaveChangesAsync(Ct);
        return child.Id;
    });

    /// <summary>One run of the nightly job, as the job runs it; waits out a run the host itself may be doing.</summary>
    private async Task<RetentionPass.Result> RunPassAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var pass = scope.ServiceProvider.GetRequiredService<RetentionPass>();
            var result = await pass.RunAsync(DateTime.UtcNow, new JobClaim(RetentionPass.JobName, $"test-{Guid.NewGuid():N}", TimeSpan.FromMinutes(1)), Ct);
            if (result.Ran || attempt == 5) return result;
            await Task.Delay(TimeSpan.FromSeconds(2), Ct);
        }
    }
}

/// <summary>
/// Tests that run the retention pass, or that need a case past retention to stay as it is meanwhile: a pass anonymises
/// every due case in the shared database, so these run one class at a time.
/// </summary>
public sealed class RetentionRuns
{
    public const string Name = "Runs or depends on the retention pass";
}

[Collection(RetentionRuns.Name)]
public sealed class RetentionTests_Sqlite(SqliteApp app) : RetentionTests<SqliteApp>(app);
[Collection(RetentionRuns.Name)]
public sealed class RetentionTests_Postgres(PostgresApp app) : RetentionTests<PostgresApp>(app);
