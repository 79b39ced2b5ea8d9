using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Web.Tests.Protection.ProtectionData;

namespace Homeward.Web.Tests.Protection;

/// <summary>The data protection officer exports everything held about one person, as JSON or a readable page, and the export is audited.</summary>
public abstract class SubjectAccessTests<TApp>(TApp app) where TApp : HomewardApp
{
    private static string Url(Guid person, string? format = null) => $"/api/v1/persons/{person}/subject-access{(format is null ? "" : $"?format={format}")}";

    [Fact]
    public async Task Json_HoldsThePersonTheirCasesAndWhoAccessedThem_Decrypted_AndIsAudited()
    {
        var created = await CreateAsync(app, consentToStatistics: true);
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        await caseManager.GetAsync($"/api/v1/cases/{created.CaseId}", Ct);
        var dpo = await app.SignedInAs("dpo@demo.homeward");

        var response = await dpo.GetAsync(Url(created.PersonId), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var export = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var person = export.GetProperty("person");
        Assert.Equal(created.PersonId, person.GetProperty("id").GetGuid());
        Assert.Equal((Disability, created.DocumentNumber), (person.GetProperty("disability").GetString(), person.GetProperty("documentNumber").GetString()));
        Assert.Contains(export.GetProperty("consents").EnumerateArray(), c => c.GetProperty("purpose").GetString() == "AnonymisedStatistics");
        var record = export.GetProperty("cases").EnumerateArray().Single();
        Assert.True(record.GetProperty("isPrincipal").GetBoolean());
        Assert.Equal(created.CaseId, record.GetProperty("case").GetProperty("id").GetGuid());
        Assert.Equal(Notes, record.GetProperty("counsellingSessions")[0].GetProperty("notes").GetString());
        Assert.Equal(Findings, record.GetProperty("assessments")[0].GetProperty("findings").GetString());
        Assert.Equal(VisitFindings, record.GetProperty("followUps")[0].GetProperty("psychosocialFindings").GetString());
        Assert.Equal("%PDF-1.4 receipt", System.Text.Encoding.ASCII.GetString(record.GetProperty("assistanceDelivered")[0].GetProperty("proof").GetBytesFromBase64()));
        Assert.Contains(export.GetProperty("accessLog").EnumerateArray(), l => l.GetProperty("action").GetString() == "Read" && l.GetProperty("userName").GetString() == "Fatou Ndiaye");

        var audit = await app.WithDb(db => db.AuditEntries.Where(e => e.Action == AuditActions.Export && e.EntityId == created.PersonId.ToString()).SingleAsync(Ct));
        Assert.Equal(("Layla Hassan", "subject access (json)"), (audit.UserName, audit.Details));
    }

    [Fact]
    public async Task Html_IsAReadablePage_WithTheFreeTextEncoded()
    {
        var created = await CreateAsync(app);
        await app.WithDb(db => db.CounsellingSessions.Where(s => s.Id == created.SessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.GoalsAndMotivations, "<script>alert('x')</script>"), Ct));
        var dpo = await app.SignedInAs("dpo@demo.homeward");

        var response = await dpo.GetAsync(Url(created.PersonId, "html"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Subject access export", html);
        Assert.Contains(Notes, html);
        Assert.Contains(created.DocumentNumber, html);
        Assert.Contains("receipt.pdf", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Equal(1, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.EntityId == created.PersonId.ToString() && e.Details == "subject access (html)", Ct)));
    }

    [Fact]
    public async Task HouseholdMember_GetsTheirOwnRecord_NotTheReturneesCounselling()
    {
        var created = await CreateAsync(app);
        var memberId = await app.WithDb(async db =>
        {
            var principal = await db.Persons.SingleAsync(p => p.Id == created.PersonId, Ct);
            var child = new Domain.People.Person { GivenName = "Child", FamilyName = principal.FamilyName, HouseholdId = principal.HouseholdId, Relationship = Domain.People.HouseholdRelationship.Child };
            child.RefreshSearchKeys();
            db.Persons.Add(child);
            await db.SaveChangesAsync(Ct);
            return child.Id;
        });
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var export = await GetJsonAsync(dpo, Url(memberId));
        var record = export.GetProperty("cases").EnumerateArray().Single();
        Assert.False(record.GetProperty("isPrincipal").GetBoolean());
        Assert.Empty(record.GetProperty("counsellingSessions").EnumerateArray());
        Assert.Empty(record.GetProperty("assessments").EnumerateArray());
        Assert.DoesNotContain(Notes, export.ToString());
    }

    [Fact]
    public async Task TheExport_HoldsTheAnswersGiven_Referrals_CommunityProjects_AndRecordsAboutAChild()
    {
        var created = await CreateAsync(app);
        var (childId, projectTitle, need) = await app.WithDb(async db =>
        {
            var c = await db.Cases.IgnoreQueryFilters().SingleAsync(x => x.Id == created.CaseId, Ct);
            var instrument = await db.Instruments.OrderBy(i => i.FormId).FirstAsync(Ct);
            var record = new Domain.Assessments.AssessmentRecord { CaseId = c.Id, PersonId = c.PrincipalPersonId, Kind = instrument.Kind, ConductedOn = Today, ConductedBy = "Fatou Ndiaye" };
            db.Assessments.Add(record);
            db.InstrumentSubmissions.Add(new Domain.Instruments.Stored.InstrumentSubmission
            {
                CaseId = c.Id, PersonId = c.PrincipalPersonId, InstrumentId = instrument.Id, AssessmentRecordId = record.Id, AnsweredOn = Today,
                AssessorName = "Fatou Ndiaye", AnswersJson = """{"income_sources":"two","worries":"Rent for the workshop"}""",
            });
            var service = await db.Services.OrderBy(x => x.Name).FirstAsync(Ct);
            var referral = new Domain.Referrals.Referral
            {
                CaseId = c.Id, ServiceId = service.Id, OrganisationId = service.OrganisationId, Need = $"Trauma counselling {Guid.NewGuid():N}", Reason = "Nightmares since return",
                Requested = "Six sessions", SharedFieldNames = "Name", CreatedBy = "Fatou Ndiaye", Status = Domain.Referrals.ReferralStatus.Sent, SentAt = DateTime.UtcNow,
            };
            referral.SharedValues.Add(new Domain.Referrals.ReferralSharedValue { ReferralId = referral.Id, Field = Domain.Referrals.SharedField.Name, Value = "Shared name" });
            referral.Updates.Add(new Domain.Referrals.ReferralUpdate { ReferralId = referral.Id, Step = Domain.Referrals.ReferralStep.Sent, Note = "Sent by phone too", ByName = "Fatou Ndiaye" });
            db.Referrals.Add(referral);
            var place = await db.Locations.Where(l => l.Level == Domain.Locations.LocationLevel.Community).Select(l => l.Id).FirstAsync(Ct);
            var project = new Domain.Communities.CommunityProject
            {
                Title = $"Market garden {Guid.NewGuid():N}", Sector = "Agriculture", Objectives = "Irrigation", LocationId = place, StartOn = Today.AddMonths(-2),
                Status = Domain.Communities.ProjectStatus.Ongoing,
            };
            db.CommunityProjects.Add(project);
            db.ProjectReturnees.Add(new Domain.Communities.ReturneeParticipant { ProjectId = project.Id, CaseId = c.Id, JoinedOn = Today.AddMonths(-1), Role = "Treasurer" });
            var child = new Domain.People.Person { GivenName = "Child", FamilyName = "Export", HouseholdId = c.HouseholdId, Relationship = Domain.People.HouseholdRelationship.Child,
                DateOfBirth = Today.AddYears(-9) };
            child.RefreshSearchKeys();
            db.Persons.Add(child);
            db.SeparatedChildren.Add(new Domain.Children.SeparatedChild
            {
                CaseId = c.Id, PersonId = child.Id, Status = Domain.Children.SeparationStatus.Separated, GuardianName = "Aunt Mariama", GuardianRelationship = "Aunt", RecordedBy = "Fatou Ndiaye",
            });
            await db.SaveChangesAsync(Ct);
            return (child.Id, project.Title, referral.Need);
        });
        var dpo = await app.SignedInAs("dpo@demo.homeward");

        var record = (await GetJsonAsync(dpo, Url(created.PersonId))).GetProperty("cases").EnumerateArray().Single();
        var answers = record.GetProperty("questionnaireAnswers").EnumerateArray().Single(a => a.GetProperty("values").TryGetProperty("worries", out _));
        Assert.Equal("Rent for the workshop", answers.GetProperty("values").GetProperty("worries").GetString());
        var referralRecord = record.GetProperty("referrals").EnumerateArray().Single();
        Assert.Equal(need, referralRecord.GetProperty("referral").GetProperty("need").GetString());
        Assert.Equal("Shared name", referralRecord.GetProperty("referral").GetProperty("sharedValues")[0].GetProperty("value").GetString());
        Assert.Equal("Sent by phone too", referralRecord.GetProperty("referral").GetProperty("updates")[0].GetProperty("note").GetString());
        Assert.Equal(projectTitle, record.GetProperty("communityProjects")[0].GetProperty("title").GetString());
        // The returnee's export does not hold the child's own records; the child's does.
        Assert.Empty(record.GetProperty("asAChild").GetProperty("separation").EnumerateArray());
        var childRecord = (await GetJsonAsync(dpo, Url(childId))).GetProperty("cases").EnumerateArray().Single();
        Assert.Equal("Aunt Mariama", childRecord.GetProperty("asAChild").GetProperty("separation")[0].GetProperty("guardianName").GetString());
        Assert.Empty(childRecord.GetProperty("referrals").EnumerateArray());

        var html = System.Net.WebUtility.HtmlDecode(await (await dpo.GetAsync(Url(created.PersonId, "html"), Ct)).Content.ReadAsStringAsync(Ct));
        Assert.Contains("Rent for the workshop", html);
        Assert.Contains(need, html);
        Assert.Contains(projectTitle, html);
        Assert.Contains("Aunt Mariama", System.Net.WebUtility.HtmlDecode(await (await dpo.GetAsync(Url(childId, "html"), Ct)).Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task BadFormat_Is400NamingIt_UnknownPerson404_AndNeitherIsAudited()
    {
        var created = await CreateAsync(app);
        var dpo = await app.SignedInAs("dpo@demo.homeward");
        var bad = await dpo.GetAsync(Url(created.PersonId, "xml"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors").TryGetProperty("format", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await dpo.GetAsync(Url(Guid.NewGuid()), Ct)).StatusCode);
        Assert.Equal(0, await app.WithDb(db => db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.EntityId == created.PersonId.ToString(), Ct)));
        var caseManager = await app.SignedInAs("casemanager@demo.homeward");
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync(Url(created.PersonId), Ct)).StatusCode);
    }
}

public sealed class SubjectAccessTests_Sqlite(SqliteApp app) : SubjectAccessTests<SqliteApp>(app);
public sealed class SubjectAccessTests_Postgres(PostgresApp app) : SubjectAccessTests<PostgresApp>(app);
